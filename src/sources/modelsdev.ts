/**
 * models.dev, in two shapes: the facts-only snapshot of `reference/modelsdev-snapshot.json` (a list of
 * providers, each with its model entries, tiers as `context_tiers`), and the live `api.json` (providers
 * and models keyed by id, tiers as `cost.tiers`). Costs are in USD per 1M tokens. Each file is checked
 * with a loose schema first: unknown keys pass, wrong types fail with the path.
 *
 * Our `long_context` holds one tier's input, output and cached input: of several tiers the one with
 * the smallest threshold is kept, and a tier's cache write and audio prices have no place to go.
 * The base cost's `input_audio`, `output_audio` and `reasoning` become `audio` and `reasoning`.
 */
import { z } from 'astro/zod';
import { groupOf, priceOf, withUnits, type ModelFacts, type SourceEntry } from './types.ts';

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
      input_audio: num,
      output_audio: num,
      reasoning: num,
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
  /** The full commit of anomalyco/models.dev the snapshot was taken at: its files' addresses. */
  commit: string;
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
  /** Audio tokens and reasoning tokens, USD per 1M (`Cost` in packages/core/src/schema.ts). */
  input_audio?: number | undefined;
  output_audio?: number | undefined;
  reasoning?: number | undefined;
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
  const price = withUnits(
    priceOf({
      input: cost.input,
      output: cost.output,
      cached_input: cost.cache_read,
      cache_write: cost.cache_write,
    }),
    {
      reasoning: cost.reasoning,
      audio: groupOf({ input: cost.input_audio, output: cost.output_audio }),
    },
  );
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

/** The tier that starts at the shortest prompt: the first one a price list reaches. */
function smallest<T>(tiers: readonly T[], size: (tier: T) => number): T | undefined {
  return tiers.reduce<T | undefined>(
    (a, t) => (a === undefined || size(t) < size(a) ? t : a),
    undefined,
  );
}

export function readModelsDev(json: unknown): ModelsDevData {
  const snapshot = ModelsDevSnapshot.parse(json);
  const ref = `modelsdev@${snapshot.commit.slice(0, 7)}`;
  const asOf = snapshot.commit_date.slice(0, 10);
  const entries: SourceEntry[] = [];
  for (const provider of snapshot.providers) {
    for (const m of provider.models) {
      const cost = m.cost ?? {};
      // Tiers are listed as authored, not necessarily in order of size.
      const tier = smallest(cost.context_tiers ?? [], (t) => t.min_context_tokens);
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
  return { ref, commit: snapshot.commit, asOf, providers, entries, canonical };
}

/*
 * models.dev's live `api.json` (anomalyco/models.dev, `packages/web/script/build.ts:77`): providers
 * keyed by id, each with its models keyed by id. `cost.tiers` lists the dearer prices above a prompt
 * of `tier.size` tokens (`packages/core/src/schema.ts`, `CostTier`). `context_over_200k` is a legacy
 * copy the generator adds when there is exactly one tier and its size is at least 200,000, whatever
 * that size is (`packages/core/src/generate.ts`, `normalizeCost`); only files from before tiers
 * (May 2026) carry it alone, and there it did mean 200K. `experimental.modes.*.cost` holds the prices
 * of opt-in modes (priority service), not list prices, and is not read.
 */
const ApiPrices = { input: num, output: num, cache_read: num, cache_write: num };
const ApiCost = z.looseObject({
  ...ApiPrices,
  input_audio: num,
  output_audio: num,
  reasoning: num,
  tiers: z
    .array(
      z.looseObject({
        ...ApiPrices,
        tier: z.looseObject({ type: str, size: z.number() }),
      }),
    )
    .optional(),
  context_over_200k: z.looseObject(ApiPrices).optional(),
});
export const ModelsDevApi = z.record(
  z.string(),
  z.looseObject({
    id: z.string(),
    name: z.string(),
    models: z.record(z.string(), Facts.extend({ id: z.string(), cost: ApiCost.optional() })),
  }),
);

/** The long-context prices of one api.json cost: its smallest context tier, or the legacy field. */
function apiTier(cost: z.infer<typeof ApiCost>): (Cost & { threshold: number }) | undefined {
  if (cost.tiers === undefined) {
    const over = cost.context_over_200k;
    return over && { threshold: 200_000, ...over };
  }
  const context = cost.tiers.filter((t) => t.tier.type === undefined || t.tier.type === 'context');
  const tier = smallest(context, (t) => t.tier.size);
  return tier && { threshold: tier.tier.size, ...tier };
}

/** Reads models.dev's `api.json` (USD per 1M tokens) into source entries. */
export function readModelsDevApi(json: unknown, ref: string, asOf: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const provider of Object.values(ModelsDevApi.parse(json))) {
    for (const m of Object.values(provider.models)) {
      const cost = m.cost ?? {};
      entries.push({
        ...entryOf(m, cost, m.cost && apiTier(m.cost), ref, asOf),
        provider: provider.id,
      });
    }
  }
  return entries;
}
