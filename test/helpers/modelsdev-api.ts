/**
 * models.dev's live `api.json`, built from our snapshot (reference/modelsdev-snapshot.json) by the
 * rules of models.dev's own generator, anomalyco/models.dev at f3fc692299671838c7c65fd8126bf84d81a2e817
 * (2026-07-02), the commit the snapshot was taken at:
 *
 * - the file is `JSON.stringify` of the providers, keyed by id (`packages/web/script/build.ts:77`,
 *   `packages/core/src/generate.ts:72,127`); key order is the zod schemas' order and absent optional
 *   keys are left out;
 * - a provider is `id, env, npm, api?, name, doc, models` (`packages/core/src/schema.ts:341-356`),
 *   its models keyed by id; our `model_count` is not in it;
 * - a model's keys are in `ModelBase` order (`schema.ts:213-271`), then `cost` (`:321-326`); no
 *   canonical-model link is published, so our `canonical_model` is dropped;
 * - a cost is `input, output, reasoning?, cache_read?, cache_write?, input_audio?, output_audio?`
 *   (`Cost`, `schema.ts:72-92`), then `tiers?`, each tier the same fields and then
 *   `tier: {type: "context", size}` (`CostTier`, `:94-101`; zod fills in the type), in authored
 *   order, never sorted;
 * - `normalizeCost` (`generate.ts:234-276`) appends `context_over_200k`, the tier's cost fields
 *   without `tier`, when there is exactly one tier and its size is at least 200,000 (so a 272K tier
 *   gives one too, and its threshold is 272K, not 200K).
 *
 * The snapshot does not carry `reasoning_options`, `interleaved`, `experimental` or `provider`, so
 * the models built here lack them; otherwise this reproduces the generator's output for all 5,276
 * models, apart from 9 where the snapshot lost an inherited `limit.input`.
 */
type Json = Record<string, unknown>;

const PROVIDER_KEYS = ['id', 'env', 'npm', 'api', 'name', 'doc'] as const;
const MODEL_KEYS = [
  'id',
  'name',
  'family',
  'attachment',
  'reasoning',
  'reasoning_options',
  'tool_call',
  'interleaved',
  'structured_output',
  'temperature',
  'knowledge',
  'release_date',
  'last_updated',
  'modalities',
  'open_weights',
  'limit',
  'status',
  'experimental',
  'provider',
] as const;
const LIMIT_KEYS = ['context', 'input', 'output'] as const;
const COST_KEYS = [
  'input',
  'output',
  'reasoning',
  'cache_read',
  'cache_write',
  'input_audio',
  'output_audio',
] as const;

/** The keys of `from`, in the order given, leaving out those it lacks. */
function pick(from: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
}

function apiCost(cost: Json): Json {
  const out = pick(cost, COST_KEYS);
  const tiers = cost['context_tiers'] as Json[] | undefined;
  if (tiers !== undefined) {
    out['tiers'] = tiers.map((t) => ({
      ...pick(t, COST_KEYS),
      tier: { type: 'context', size: t['min_context_tokens'] },
    }));
    const [only] = tiers;
    if (tiers.length === 1 && only && (only['min_context_tokens'] as number) >= 200_000) {
      out['context_over_200k'] = pick(only, COST_KEYS);
    }
  }
  return out;
}

function apiModel(m: Json): Json {
  const out = pick(m, MODEL_KEYS);
  if (m['limit'] !== undefined) out['limit'] = pick(m['limit'] as Json, LIMIT_KEYS);
  if (m['cost'] !== undefined) out['cost'] = apiCost(m['cost'] as Json);
  return out;
}

/** models.dev's snapshot (providers as a list) as its live api.json (providers keyed by id). */
export function modelsDevApi(snapshot: Json): Json {
  const providers = snapshot['providers'] as (Json & { id: string; models: Json[] })[];
  return Object.fromEntries(
    providers.map((p) => [
      p.id,
      {
        ...pick(p, PROVIDER_KEYS),
        models: Object.fromEntries(p.models.map((m) => [m['id'], apiModel(m)])),
      },
    ]),
  );
}
