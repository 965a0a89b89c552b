/**
 * The published shapes of the JSON API (`/api/v1/…`). These are what the site writes, not what
 * people edit: every model carries its creator's name, its offers with each provider's name, and
 * the derived cheapest prices. Their JSON Schemas are published beside the data's own.
 */
import { z } from 'astro/zod';
import { Benchmark, Evaluator } from './benchmark.ts';
import { Id, Timestamp } from './fields.ts';
import { FactSource } from './fact-sources.ts';
import { ModelFields } from './model.ts';
import { HistoryEntry, Price, Speed, QUANTIZATIONS } from './offer.ts';
import { Provider, PROVIDER_KINDS } from './provider.ts';
import { Score } from './score.ts';

/** The version in every file's `version` field; a change that breaks readers bumps it. */
export const API_VERSION = 1;

const Envelope = {
  $schema: z.url().describe('The JSON Schema this file follows.'),
  version: z.literal(API_VERSION).describe('Version of the API; breaking changes bump it.'),
  generated: Timestamp.describe('When the site was built.'),
};

const Ref = z.strictObject({
  id: Id,
  name: z.string(),
});

const Cheapest = z
  .strictObject({
    price: z.number().describe('USD per 1M tokens.'),
    provider: Ref.describe('Who sells it at that price.'),
  })
  .nullable();

export const ApiOffer = z
  .strictObject({
    provider: Ref.extend({ kind: z.enum(PROVIDER_KINDS) }).describe('The provider selling it.'),
    provider_model_id: z.string().describe("The model's id in the provider's API."),
    variant: z.string().optional().describe('Which of several offers by one provider this is.'),
    price: Price,
    context_window: z
      .int()
      .describe("Context window at this provider (the model's unless the provider limits it)."),
    max_output: z.int().optional().describe('Output limit at this provider, where it differs.'),
    quantization: z.enum(QUANTIZATIONS).optional(),
    speed: Speed.optional(),
    updated: z.string().describe('As-of date of the current prices.'),
    checked: z.string().optional().describe('Last day a refresh confirmed the prices unchanged.'),
    source: z.string().describe('Where the current prices come from: a link or a source id.'),
    history: z.array(HistoryEntry).optional().describe('Past prices, oldest first.'),
    withdrawn: z.string().optional().describe('Day the provider stopped selling it.'),
  })
  .describe('A model as one provider sells it.');

// The model's own facts, as written in its file, minus the editorial prose the pages show.
export const ModelFacts = ModelFields.pick({
  name: true,
  family: true,
  tier: true,
  released: true,
  knowledge_cutoff: true,
  reliable_knowledge_cutoff: true,
  context_window: true,
  max_output: true,
  modalities: true,
  capabilities: true,
  api_types: true,
  open_weights: true,
  license: true,
  status: true,
  deprecated: true,
  retired: true,
  replaced_by: true,
  aliases: true,
  summary: true,
  links: true,
  competitors: true,
});

export const ApiModel = ModelFacts.safeExtend({
  id: Id.describe('The model id, as in /models/<id>/.'),
  creator: Ref.describe('Who made it.'),
  url: z.url().describe('Its page on the site.'),
  provider_count: z.int().describe('How many providers sell it.'),
  cheapest: z
    .strictObject({
      input: Cheapest.describe('Lowest paid input price; null when none is known.'),
      output: Cheapest.describe('Lowest paid output price; null when none is known.'),
      blended: Cheapest.describe('Lowest blended price (3 input : 1 output) of one offer.'),
    })
    .describe('Free tiers count only when no paid price exists.'),
  offers: z.array(ApiOffer).describe('Every offer on sale, cheapest input first, free tiers last.'),
  withdrawn_offers: z
    .array(ApiOffer)
    .optional()
    .describe('Offers the provider has stopped selling, with their last prices and the day.'),
}).describe('A model with every offer and its cheapest prices.');

export const ApiModels = z
  .strictObject({
    ...Envelope,
    models: z.array(ApiModel).describe('Every model, by name.'),
  })
  .describe('/api/v1/models.json: every model with its offers.');

export const ApiScore = Score.safeExtend({
  benchmark_name: z.string().describe('The benchmark’s name, as in /api/v1/benchmarks.json.'),
}).describe('A benchmark score as the model’s file has it, with the benchmark’s name.');

export const ApiModelFile = z
  .strictObject({
    ...Envelope,
    model: ApiModel.safeExtend({
      scores: z
        .array(ApiScore)
        .describe(
          'Every benchmark score, as the YAML lists them; empty when none is recorded. Scores under different settings are separate entries, never merged.',
        ),
      sources: z
        .array(FactSource)
        .describe(
          "Where the model's facts were read, as the YAML lists them: each page with the day read and the facts it states; empty when none is recorded.",
        ),
    }),
  })
  .describe('/api/v1/models/<id>.json: one model with its offers and benchmark scores.');

const ApiProvider = Provider.pick({
  name: true,
  url: true,
  pricing_url: true,
  docs_url: true,
  kind: true,
  summary: true,
})
  .safeExtend({
    id: Id.describe('The provider id, as in /providers/<id>/.'),
    page: z.url().describe('Its page on the site.'),
    models: z
      .array(
        z.strictObject({
          model: Id.describe('Model id; details in /api/v1/models/<id>.json.'),
          status: ModelFields.shape.status.describe(
            'The model’s status: active, preview, deprecated (a shutdown is announced) or retired.',
          ),
          variant: z.string().optional(),
          provider_model_id: z.string(),
          price: Price,
          updated: z.string(),
        }),
      )
      .describe('What it sells, with current prices.'),
  })
  .describe('An API provider and the models it sells.');

export const ApiProviders = z
  .strictObject({
    ...Envelope,
    providers: z.array(ApiProvider).describe('Every provider, by name.'),
  })
  .describe('/api/v1/providers.json: every provider with its models and prices.');

const ApiBenchmark = Benchmark.pick({
  name: true,
  measures: true,
  category: true,
  scale: true,
  url: true,
})
  .safeExtend({
    id: Id.describe('The benchmark id, as in /benchmarks/<id>/ and in each score’s `benchmark`.'),
    page: z.url().describe('Its page on the site: every scored model, best first.'),
    models_scored: z.int().describe('How many models have at least one score on it.'),
    evaluators: z
      .array(Id)
      .describe('The evaluators (ids in `evaluators`) that measured any of its scores.'),
  })
  .describe('A benchmark of the controlled list.');

export const ApiBenchmarks = z
  .strictObject({
    ...Envelope,
    benchmarks: z.array(ApiBenchmark).describe('Every benchmark, by name.'),
    evaluators: z
      .array(
        Evaluator.safeExtend({ id: Id.describe('As in a score’s `measured_by`.') }).describe(
          'An independent evaluator whose scores we take, with the licence and the credit it asks for.',
        ),
      )
      .describe('Every evaluator, by name.'),
  })
  .describe('/api/v1/benchmarks.json: every benchmark and the evaluators whose scores we take.');

export type ModelFacts = z.infer<typeof ModelFacts>;
export type ApiModel = z.infer<typeof ApiModel>;
export type ApiOffer = z.infer<typeof ApiOffer>;
export type ApiModels = z.infer<typeof ApiModels>;
export type ApiModelFile = z.infer<typeof ApiModelFile>;
export type ApiProviders = z.infer<typeof ApiProviders>;
export type ApiScore = z.infer<typeof ApiScore>;
export type ApiBenchmarks = z.infer<typeof ApiBenchmarks>;
