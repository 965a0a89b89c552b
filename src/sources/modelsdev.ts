/**
 * models.dev, in the facts-only snapshot shape of `reference/modelsdev-snapshot.json`: a list of
 * providers, each with its model entries; costs in USD per 1M tokens. The response is checked with a
 * loose schema first: unknown keys pass, wrong types fail with the path.
 */
import { z } from 'astro/zod';
import { priceOf, type ModelFacts, type SourceEntry } from './types.ts';

const num = z.number().optional();
const str = z.string().optional();
const bool = z.boolean().optional();

const Facts = z.looseObject({
  name: str,
  family: str,
  release_date: str,
  knowledge: str,
  modalities: z.looseObject({ input: z.array(z.string()), output: z.array(z.string()) }).optional(),
  reasoning: bool,
  tool_call: bool,
  structured_output: bool,
  open_weights: bool,
  license: str,
  weights_urls: z.array(z.string()).optional(),
  status: str,
  limit: z.looseObject({ context: num, output: num }).optional(),
});

const Entry = Facts.extend({
  id: z.string(),
  canonical_model: str,
  cost: z
    .looseObject({
      input: num,
      output: num,
      cache_read: num,
      cache_write: num,
      context_tiers: z
        .array(
          z.looseObject({
            min_context_tokens: z.number(),
            input: num,
            output: num,
            cache_read: num,
          }),
        )
        .optional(),
    })
    .optional(),
});

export const ModelsDevSnapshot = z.looseObject({
  commit: z.string().min(7),
  commit_date: z.string(),
  providers: z.array(
    z.looseObject({ id: z.string(), name: z.string(), doc: str, api: str, models: z.array(Entry) }),
  ),
  models: z.array(Facts.extend({ id: z.string(), lab: z.string() })),
});
export type ModelsDevSnapshot = z.infer<typeof ModelsDevSnapshot>;

export interface ModelsDevData {
  ref: string;
  asOf: string;
  providers: { id: string; name: string; doc?: string | undefined; api?: string | undefined }[];
  entries: SourceEntry[];
  /** Canonical (provider-independent) models by id, `lab/model`. */
  canonical: Map<
    string,
    {
      lab: string;
      facts: ModelFacts;
      contextWindow?: number | undefined;
      maxOutput?: number | undefined;
    }
  >;
}

function factsOf(raw: z.infer<typeof Facts>): ModelFacts {
  return {
    name: raw.name,
    family: raw.family,
    released: raw.release_date,
    knowledgeCutoff: raw.knowledge,
    input: raw.modalities?.input,
    output: raw.modalities?.output,
    reasoning: raw.reasoning,
    toolCalling: raw.tool_call,
    structuredOutput: raw.structured_output,
    openWeights: raw.open_weights,
    license: raw.license,
    weights: raw.weights_urls?.[0],
  };
}

interface Cost {
  input?: number | undefined;
  output?: number | undefined;
  cache_read?: number | undefined;
  cache_write?: number | undefined;
}

/**
 * One model entry as a source entry, in either shape of models.dev (the snapshot's list or the live
 * file's keyed objects): the prices of `cost`, and the dearer ones above a prompt length if any.
 */
function entryOf(
  m: z.infer<typeof Facts> & { id: string },
  cost: Cost,
  tier: (Cost & { threshold: number }) | undefined,
  ref: string,
  asOf: string,
): Omit<SourceEntry, 'provider'> {
  const price = priceOf({
    input: cost.input,
    output: cost.output,
    cached_input: cost.cache_read,
    cache_write: cost.cache_write,
  });
  if (tier) {
    price.long_context = {
      threshold: tier.threshold,
      ...priceOf({ input: tier.input, output: tier.output, cached_input: tier.cache_read }),
    };
  }
  return {
    source: 'modelsdev',
    ref,
    asOf,
    id: m.id,
    price,
    contextWindow: m.limit?.context,
    maxOutput: m.limit?.output,
    status: m.status,
    facts: factsOf(m),
  };
}

export function readModelsDev(json: unknown): ModelsDevData {
  const snapshot = ModelsDevSnapshot.parse(json);
  const ref = `modelsdev@${snapshot.commit.slice(0, 7)}`;
  const asOf = snapshot.commit_date.slice(0, 10);
  const entries: SourceEntry[] = [];
  for (const provider of snapshot.providers) {
    for (const m of provider.models) {
      const cost = m.cost ?? {};
      const tier = cost.context_tiers?.[0];
      entries.push({
        ...entryOf(m, cost, tier && { threshold: tier.min_context_tokens, ...tier }, ref, asOf),
        provider: provider.id,
        canonical: m.canonical_model,
      });
    }
  }
  const canonical: ModelsDevData['canonical'] = new Map();
  for (const m of snapshot.models) {
    canonical.set(m.id, {
      lab: m.lab,
      facts: factsOf(m),
      contextWindow: m.limit?.context,
      maxOutput: m.limit?.output,
    });
  }
  const providers = snapshot.providers.map(({ id, name, doc, api }) => ({ id, name, doc, api }));
  return { ref, asOf, providers, entries, canonical };
}

// models.dev's live `api.json`: providers keyed by id, each with its models keyed by id.
const ApiCost = z.looseObject({
  input: num,
  output: num,
  cache_read: num,
  cache_write: num,
  // Dearer prices above 200K tokens of prompt, where a provider charges them.
  context_over_200k: z.looseObject({ input: num, output: num, cache_read: num }).optional(),
});
export const ModelsDevApi = z.record(
  z.string(),
  z.looseObject({
    id: z.string(),
    name: z.string(),
    models: z.record(z.string(), Facts.extend({ id: z.string(), cost: ApiCost.optional() })),
  }),
);

/** Reads models.dev's `api.json` (USD per 1M tokens) into source entries. */
export function readModelsDevApi(json: unknown, ref: string, asOf: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const provider of Object.values(ModelsDevApi.parse(json))) {
    for (const m of Object.values(provider.models)) {
      const cost = m.cost ?? {};
      const over = cost.context_over_200k;
      entries.push({
        ...entryOf(m, cost, over && { threshold: 200_000, ...over }, ref, asOf),
        provider: provider.id,
      });
    }
  }
  return entries;
}
