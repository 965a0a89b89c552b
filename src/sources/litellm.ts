/**
 * LiteLLM's `model_prices_and_context_window.json`: one object keyed by model (often prefixed with
 * a provider route), USD per token, with `_batches` and `_above_<N>k_tokens` variants.
 */
import { z } from 'astro/zod';
import { perTokenToPerMillion as perMillion } from '../util/decimal.ts';
import { priceOf, type SourceEntry } from './types.ts';

const num = z.number().optional();
export const LiteLLMEntry = z.looseObject({
  litellm_provider: z.string().optional(),
  mode: z.string().optional(),
  input_cost_per_token: num,
  output_cost_per_token: num,
  cache_read_input_token_cost: num,
  cache_creation_input_token_cost: num,
  input_cost_per_token_batches: num,
  output_cost_per_token_batches: num,
  max_input_tokens: num,
  max_output_tokens: num,
  deprecation_date: z.string().optional(),
});
export const LiteLLMPrices = z.record(z.string(), z.unknown());

/** Keys that are documentation, not models. */
const NOT_MODELS = new Set(['sample_spec', 'fallback_generalizations']);
/** Modes that are priced per token of text in and out. */
const TEXT_MODES = new Set(['chat', 'responses', 'completion']);
/**
 * Long-context prices are keys with a suffix that states the threshold in thousands of tokens:
 * `input_cost_per_token_above_200k_tokens`, `…_above_272k_tokens`, `…_above_512k_tokens`. The
 * thresholds are whatever the file states, not a fixed list; other suffixes (`_priority`,
 * `_above_1hr` for cache lifetimes) are not context tiers.
 */
const LONG_CONTEXT_KEY =
  /^(?:input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;

/** The smallest long-context threshold an entry states, in thousands of tokens. */
function longContextThreshold(entry: Record<string, unknown>): number | undefined {
  const stated = Object.keys(entry).flatMap((key) => {
    const match = LONG_CONTEXT_KEY.exec(key);
    return match && typeof entry[key] === 'number' ? [Number(match[1])] : [];
  });
  return stated.length > 0 ? Math.min(...stated) : undefined;
}

/** The provider's own model id: the key without LiteLLM's routing prefix (`groq/`, `vertex_ai/`). */
export function litellmModelId(key: string, provider: string): string {
  const slash = key.indexOf('/');
  if (slash < 0) return key;
  const first = key.slice(0, slash).replace(/-/g, '_');
  return provider.startsWith(first) || first.startsWith(provider) ? key.slice(slash + 1) : key;
}

export function readLiteLLM(json: unknown, ref: string, asOf: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const [key, raw] of Object.entries(LiteLLMPrices.parse(json))) {
    if (NOT_MODELS.has(key)) continue;
    const parsed = LiteLLMEntry.safeParse(raw);
    if (!parsed.success) continue; // one malformed entry must not hide the rest
    const e = parsed.data;
    if (!e.litellm_provider || !TEXT_MODES.has(e.mode ?? 'chat')) continue;
    if (e.input_cost_per_token === undefined && e.output_cost_per_token === undefined) continue;
    const r = raw as Record<string, number | undefined>;
    const k = longContextThreshold(r);
    const price = priceOf({
      input: perMillion(e.input_cost_per_token),
      output: perMillion(e.output_cost_per_token),
      cached_input: perMillion(e.cache_read_input_token_cost),
      cache_write: perMillion(e.cache_creation_input_token_cost),
      batch_input: perMillion(e.input_cost_per_token_batches),
      batch_output: perMillion(e.output_cost_per_token_batches),
    });
    if (k !== undefined) {
      price.long_context = {
        threshold: k * 1000,
        ...priceOf({
          input: perMillion(r[`input_cost_per_token_above_${k}k_tokens`]),
          output: perMillion(r[`output_cost_per_token_above_${k}k_tokens`]),
          cached_input: perMillion(r[`cache_read_input_token_cost_above_${k}k_tokens`]),
        }),
      };
    }
    entries.push({
      source: 'litellm',
      ref,
      asOf,
      provider: e.litellm_provider,
      id: litellmModelId(key, e.litellm_provider),
      price,
      contextWindow: e.max_input_tokens,
      maxOutput: e.max_output_tokens,
      status: e.deprecation_date === undefined ? undefined : `deprecated ${e.deprecation_date}`,
    });
  }
  return entries;
}
