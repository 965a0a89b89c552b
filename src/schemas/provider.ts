/** `data/providers/<id>.yaml`: one API provider and every model it serves. The file name is the id. */
import { z } from 'astro/zod';
import { expected, HttpsUrl, oneLine, oneOf, SourceId, uniqueList } from './fields.ts';
import { Offer } from './offer.ts';

export const PROVIDER_KINDS = ['first-party', 'cloud', 'inference-platform', 'aggregator'] as const;

export const Provider = z
  .strictObject({
    name: oneLine(80).describe('Display name: "Azure OpenAI", "Amazon Bedrock".'),
    url: HttpsUrl.describe("The provider's home page for its API."),
    pricing_url: HttpsUrl.describe('The public page that lists its prices.'),
    docs_url: HttpsUrl.optional().describe('API documentation.'),
    kind: oneOf(PROVIDER_KINDS).describe(
      "first-party (the model maker's own API), cloud (a hyperscaler: Azure, Bedrock, Vertex), inference-platform (hosts open models: Together, Groq, …) or aggregator (routes to other providers: OpenRouter).",
    ),
    summary: oneLine(200).optional().describe('One sentence on the provider, written by us.'),
    sources: z
      .partialRecord(
        SourceId,
        z.union(
          [oneLine(100), uniqueList(oneLine(100), 'names').min(1)],
          expected('a name, or a list of names'),
        ),
      )
      .optional()
      .describe(
        "How the importer and the refresher find this provider: each source's name (or names) for it: LiteLLM's litellm_provider, models.dev's provider id, OpenRouter's provider_name (OpenRouter for OpenRouter's own price list).",
      ),
    offers: z
      .array(Offer, expected('a list of offers'))
      .describe('Every model this provider serves.'),
  })
  .describe('An API provider. The file name is its id.');

export type Provider = z.infer<typeof Provider>;
