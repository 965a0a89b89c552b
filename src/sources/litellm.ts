/**
 * LiteLLM's `model_prices_and_context_window.json`: one object keyed by model (often prefixed with
 * a provider route), USD per token, with `_batches` and `_above_<N>k_tokens` variants.
 */
import { z } from 'astro/zod';
import type { Units } from '../schemas/units.ts';
import { perTokenToPerMillion as perMillion, roundPrice, shiftDecimal } from '../util/decimal.ts';
import { groupOf, priceOf, withUnits, type SourceEntry } from './types.ts';

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

type Raw = Record<string, unknown>;
const numberAt = (r: Raw, key: string): number | undefined =>
  typeof r[key] === 'number' ? r[key] : undefined;
const perM = (r: Raw, key: string) => perMillion(numberAt(r, key));

/** A service tier's prices, from the keys with its suffix: `input_cost_per_token_priority`. */
function tierOf(r: Raw, suffix: 'priority' | 'flex') {
  return groupOf<NonNullable<NonNullable<Units['tiers']>['priority']>>({
    input: perM(r, `input_cost_per_token_${suffix}`),
    output: perM(r, `output_cost_per_token_${suffix}`),
    cached_input: perM(r, `cache_read_input_token_cost_${suffix}`),
  });
}

/** The search fee at the medium context size (the default), USD per query, as USD per 1,000. */
function webSearchPer1k(r: Raw): number | undefined {
  const sizes = r['search_context_cost_per_query'];
  if (typeof sizes !== 'object' || sizes === null) return undefined;
  const medium = (sizes as Raw)['search_context_size_medium'];
  return typeof medium === 'number' ? shiftDecimal(medium, 3) : undefined;
}

/**
 * The units beside the token prices, from the keys LiteLLM documents in its `sample_spec` and uses
 * in its cost calculator (litellm/litellm_core_utils/llm_cost_calc/utils.py): `_priority` and
 * `_flex` service tiers, the one-hour cache write (`…_above_1hr`), reasoning, audio and image
 * tokens (per token), audio per second (as per minute), images per image, the web search fee per
 * query (`search_context_cost_per_query`) and a fixed fee per request.
 */
export function litellmUnits(r: Raw): Units {
  const perSecond = numberAt(r, 'input_cost_per_audio_per_second');
  const perImage = numberAt(r, 'output_cost_per_image');
  const image = groupOf<NonNullable<Units['image']>>({
    input: perM(r, 'input_cost_per_image_token'),
    output: perM(r, 'output_cost_per_image_token'),
    input_per_image: numberAt(r, 'input_cost_per_image'),
  });
  return {
    cache_write_1h: perM(r, 'cache_creation_input_token_cost_above_1hr'),
    reasoning: perM(r, 'output_cost_per_reasoning_token'),
    tiers: { priority: tierOf(r, 'priority'), flex: tierOf(r, 'flex') },
    audio: groupOf({
      input: perM(r, 'input_cost_per_audio_token'),
      output: perM(r, 'output_cost_per_audio_token'),
      cached_input: perM(r, 'cache_read_input_audio_token_cost'),
      input_per_minute: perSecond === undefined ? undefined : perSecond * 60,
    }),
    image:
      perImage === undefined
        ? image
        : { ...image, per_image: [{ usd: roundPrice(perImage) ?? 0 }] },
    fees: groupOf({
      web_search_per_1k: webSearchPer1k(r),
      per_request: numberAt(r, 'input_cost_per_request'),
    }),
  };
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
    const r = raw as Raw;
    const k = longContextThreshold(r);
    const base = priceOf({
      input: perMillion(e.input_cost_per_token),
      output: perMillion(e.output_cost_per_token),
      cached_input: perMillion(e.cache_read_input_token_cost),
      cache_write: perMillion(e.cache_creation_input_token_cost),
      batch_input: perMillion(e.input_cost_per_token_batches),
      batch_output: perMillion(e.output_cost_per_token_batches),
    });
    const price = withUnits(base, litellmUnits(r));
    if (k !== undefined) {
      price.long_context = {
        threshold: k * 1000,
        ...priceOf({
          input: perM(r, `input_cost_per_token_above_${k}k_tokens`),
          output: perM(r, `output_cost_per_token_above_${k}k_tokens`),
          cached_input: perM(r, `cache_read_input_token_cost_above_${k}k_tokens`),
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
