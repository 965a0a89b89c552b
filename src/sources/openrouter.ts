/**
 * OpenRouter's `GET /api/v1/models`: its own price list. Prices are decimal strings in USD per
 * token; `pricing.overrides` lists conditional prices (dearer tiers for long prompts, daily time
 * windows). The entries are filed under the provider name `OpenRouter` (a provider file names it in
 * `sources.openrouter`).
 *
 * The shapes follow OpenRouter's own OpenAPI spec (OpenRouterTeam/typescript-sdk,
 * `.speakeasy/in.openapi.yaml`; `Model`, `PublicPricing`, `PricingOverride`). The list is read
 * entry by entry: one entry of an unexpected shape is skipped and reported, never fatal to the rest.
 */
import { z } from 'astro/zod';
import type { Price } from '../schemas/offer.ts';
import { perTokenToPerMillion as perMillion, shiftDecimal } from '../util/decimal.ts';
import type { Units } from '../schemas/units.ts';
import { groupOf, priceOf, withUnits, type ModelFacts, type SourceEntry } from './types.ts';

/** A price as the spec documents every one: a decimal number written as a string. */
const decimal = z
  .string()
  .refine((s) => shiftDecimal(s, 0) !== undefined, { error: 'expected a decimal number' });

/** The price keys an override may carry (PricingOverride, in.openapi.yaml l.20265–20287). */
const OVERRIDE_PRICE_KEYS = [
  'prompt',
  'completion',
  'input_cache_read',
  'input_cache_write',
  'input_cache_write_1h',
  'audio',
  'input_audio_cache',
] as const;
/** Its condition keys: a token tier, or a daily UTC time window (l.20283, 20290, 20294). */
const OVERRIDE_CONDITION_KEYS = ['min_prompt_tokens', 'utc_start', 'utc_end'] as const;
const OVERRIDE_KEYS = new Set<string>([...OVERRIDE_PRICE_KEYS, ...OVERRIDE_CONDITION_KEYS]);

/** One `PricingOverride`: the spec has no `required` list, so every key is optional. */
const Override = z.looseObject({
  prompt: decimal.optional(),
  completion: decimal.optional(),
  input_cache_read: decimal.optional(),
  input_cache_write: decimal.optional(),
  input_cache_write_1h: decimal.optional(),
  audio: decimal.optional(),
  input_audio_cache: decimal.optional(),
  min_prompt_tokens: z.number().optional(),
  utc_start: z.number().optional(),
  utc_end: z.number().optional(),
});
type Override = z.infer<typeof Override>;

/**
 * `PublicPricing` (l.21415) and the endpoint's inline `pricing` (l.21298), which has the same
 * keys: only the keys we model are checked; the rest pass through unread. `overrides` is read entry by entry, so one odd override never costs the base price.
 */
export const OpenRouterPricing = z.looseObject({
  prompt: decimal.optional(),
  completion: decimal.optional(),
  input_cache_read: decimal.optional(),
  input_cache_write: decimal.optional(),
  input_cache_write_1h: decimal.optional(),
  internal_reasoning: decimal.optional(),
  audio: decimal.optional(),
  audio_output: decimal.optional(),
  input_audio_cache: decimal.optional(),
  image: decimal.optional(),
  image_output: decimal.optional(),
  web_search: decimal.optional(),
  request: decimal.optional(),
  discount: z.number().optional(),
  overrides: z.array(z.unknown()).optional(),
});
export type OpenRouterPricing = z.infer<typeof OpenRouterPricing>;

const Model = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  // The facts the importer reads (`Model` in the spec, l.14037–14125); loose, since none is priced.
  created: z.number().optional(),
  hugging_face_id: z.string().nullable().optional(),
  knowledge_cutoff: z.string().nullable().optional(),
  architecture: z
    .looseObject({
      input_modalities: z.array(z.string()).optional(),
      output_modalities: z.array(z.string()).optional(),
    })
    .nullable()
    .optional(),
  supported_parameters: z.array(z.string()).optional(),
  context_length: z.number().nullable().optional(),
  pricing: OpenRouterPricing,
  top_provider: z
    .looseObject({ max_completion_tokens: z.number().nullable().optional() })
    .nullable()
    .optional(),
  expiration_date: z.string().nullable().optional(),
});

/** `ModelsListResponse` (l.14351): the envelope is checked, the entries one by one. */
const ModelList = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ next: z.string().nullable().optional() }).nullable().optional(),
});

export const OPENROUTER_PROVIDER = 'OpenRouter';

/** A zod error as one line: `pricing.prompt: Invalid input: expected string, received number`. */
export function issuesOf(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** An entry's `id`, if it has a readable one, for the report on a skipped entry. */
export function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as Record<string, unknown>)['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * USD per token to USD per 1M, exactly. A negative price is no price: OpenRouter's routers
 * (`openrouter/auto`, …) list `"-1"` for "priced by the model routed to", which the spec does not
 * document; it becomes absent, never -1,000,000.
 */
function perMillionOrNone(value: string | undefined): number | undefined {
  const perM = perMillion(value);
  return perM !== undefined && perM < 0 ? undefined : perM;
}

/**
 * A unit's price, when it is one: OpenRouter writes "0" for every unit a model is not billed for
 * (a model without web search lists `web_search: "0"`), so a 0 here says nothing and is left out.
 */
function charged(value: string | undefined, shift: number): number | undefined {
  const v = value === undefined ? undefined : shiftDecimal(value, shift);
  return v !== undefined && v > 0 ? v : undefined;
}

/**
 * The units beside the token prices: the one-hour cache write, reasoning, audio and image tokens
 * (USD per token, as every token price: the snapshot's Gemini `image` equals its `prompt`), web
 * search per call (as per 1,000) and a fixed fee per request.
 */
export function openRouterUnits(pricing: OpenRouterPricing): Units {
  return {
    cache_write_1h: charged(pricing.input_cache_write_1h, 6),
    reasoning: charged(pricing.internal_reasoning, 6),
    audio: groupOf({
      input: charged(pricing.audio, 6),
      output: charged(pricing.audio_output, 6),
      cached_input: charged(pricing.input_audio_cache, 6),
    }),
    image: groupOf({
      input: charged(pricing.image, 6),
      output: charged(pricing.image_output, 6),
    }),
    fees: groupOf({
      web_search_per_1k: charged(pricing.web_search, 3),
      per_request: charged(pricing.request, 0),
    }),
  };
}

/** Why an override is not a long-prompt tier we can use, or undefined when it is one. */
function whyNotATier(o: Override): string | undefined {
  const unknown = Object.keys(o).filter((k) => !OVERRIDE_KEYS.has(k));
  if (unknown.length > 0) return `keys not in the spec: ${unknown.join(', ')}`;
  if (o.min_prompt_tokens === undefined) return 'no condition';
  if (!Number.isInteger(o.min_prompt_tokens) || o.min_prompt_tokens <= 0) {
    return `min_prompt_tokens ${o.min_prompt_tokens} is not a positive whole number`;
  }
  return undefined;
}

/**
 * A `pricing` object as our Price: the base prices, and the smallest token tier of `overrides`
 * as `long_context`. Per the spec (l.21461): "An entry applies when all of its condition fields
 * … match the request; among applicable entries, later entries win per key; price keys absent from
 * an entry inherit the base price. The top-level pricing keys always reflect the price that applies
 * under default conditions." So the base price is the top-level keys whatever the overrides say;
 * `long_context` is the base with every tier at the smallest threshold laid over it in order
 * (`min_prompt_tokens` is "strictly greater than", our threshold's "above which"). Time windows
 * (`utc_start`/`utc_end`) are not modelled and are left out, as is a tier that is also timed.
 * Overrides we cannot read, or whose keys we do not know (an unknown key may be a condition), are
 * left out with a note.
 */
export function readPricing(pricing: OpenRouterPricing, note: (text: string) => void): Price {
  const base = priceOf({
    input: perMillionOrNone(pricing.prompt),
    output: perMillionOrNone(pricing.completion),
    cached_input: perMillionOrNone(pricing.input_cache_read),
    cache_write: perMillionOrNone(pricing.input_cache_write),
  });
  const price = withUnits(base, openRouterUnits(pricing));
  if (pricing.discount !== undefined && pricing.discount !== 0) {
    // The spec does not say whether the listed prices already include it; it is not applied.
    note(`discount ${pricing.discount} is not applied to the prices read`);
  }
  const tiers: Override[] = [];
  (pricing.overrides ?? []).forEach((item, i) => {
    const parsed = Override.safeParse(item);
    if (!parsed.success) {
      note(`pricing.overrides[${i}] left out (${issuesOf(parsed.error)})`);
      return;
    }
    const o = parsed.data;
    if (o.utc_start !== undefined || o.utc_end !== undefined) return; // a time window: not modelled
    const why = whyNotATier(o);
    if (why) note(`pricing.overrides[${i}] left out (${why})`);
    else tiers.push(o);
  });
  const threshold = Math.min(...tiers.map((t) => t.min_prompt_tokens ?? Infinity));
  if (!Number.isFinite(threshold)) return price;
  const long = {
    prompt: pricing.prompt,
    completion: pricing.completion,
    cached: pricing.input_cache_read,
  };
  for (const tier of tiers.filter((t) => t.min_prompt_tokens === threshold)) {
    long.prompt = tier.prompt ?? long.prompt;
    long.completion = tier.completion ?? long.completion;
    long.cached = tier.input_cache_read ?? long.cached;
  }
  const prices = priceOf({
    input: perMillionOrNone(long.prompt),
    output: perMillionOrNone(long.completion),
    cached_input: perMillionOrNone(long.cached),
  });
  if (Object.keys(prices).length > 0) price.long_context = { threshold, ...prices };
  return price;
}

/** OpenRouter's modality names as ours: a `file` input is a PDF or other document. */
const MODALITY: Record<string, string> = {
  text: 'text',
  image: 'image',
  file: 'pdf',
  audio: 'audio',
  video: 'video',
};
const modalities = (list: string[] | undefined) =>
  list?.map((m) => MODALITY[m]).filter((m): m is string => m !== undefined);

/**
 * What an entry says about the model itself. `created` is when OpenRouter listed it, which is the
 * release day for a new model and later for an old one, so the importer prints it for review. Open
 * weights are known only when a Hugging Face id is given; its absence says nothing.
 */
function factsOf(m: z.infer<typeof Model>): ModelFacts {
  const params = m.supported_parameters;
  const has = (p: string) => (params === undefined ? undefined : params.includes(p));
  const hf = m.hugging_face_id?.trim();
  return {
    // "Anthropic: Claude Opus 4.6" is OpenRouter's maker prefix, not the model's name.
    name: m.name?.replace(/^[^:]{1,40}:\s+/, ''),
    released:
      m.created === undefined ? undefined : new Date(m.created * 1000).toISOString().slice(0, 10),
    knowledgeCutoff: m.knowledge_cutoff ?? undefined,
    input: modalities(m.architecture?.input_modalities),
    output: modalities(m.architecture?.output_modalities),
    toolCalling: has('tools'),
    structuredOutput: has('structured_outputs'),
    reasoning: has('reasoning'),
    ...(hf && { openWeights: true, weights: `https://huggingface.co/${hf}` }),
  };
}

export interface OpenRouterModelList {
  entries: SourceEntry[];
  /** Entries left out because they are not the documented shape: `data[3] (a/b): why`. */
  skipped: string[];
  /** What was read but not used: overrides left out, discounts, a list that has a next page. */
  notes: string[];
}

/**
 * Reads a `/models` response. Throws only when it is not a model list at all (no `data` array);
 * each entry is parsed on its own, and one that does not fit is skipped and listed in `skipped`.
 */
export function readOpenRouterModelList(
  json: unknown,
  ref: string,
  asOf: string,
): OpenRouterModelList {
  const envelope = ModelList.safeParse(json);
  if (!envelope.success) throw new Error(`not a model list: ${issuesOf(envelope.error)}`);
  const list = envelope.data;
  const entries: SourceEntry[] = [];
  const skipped: string[] = [];
  const notes: string[] = [];
  list.data.forEach((item, i) => {
    const id = idOf(item);
    const where = id === undefined ? `data[${i}]` : `data[${i}] (${id})`;
    const parsed = Model.safeParse(item);
    if (!parsed.success) {
      skipped.push(`${where}: ${issuesOf(parsed.error)}`);
      return;
    }
    const m = parsed.data;
    entries.push({
      source: 'openrouter' as const,
      ref,
      asOf,
      provider: OPENROUTER_PROVIDER,
      id: m.id,
      price: readPricing(m.pricing, (text) => notes.push(`${m.id}: ${text}`)),
      contextWindow: m.context_length ?? undefined,
      maxOutput: m.top_provider?.max_completion_tokens ?? undefined,
      status: m.expiration_date ? `expires ${m.expiration_date}` : undefined,
      facts: factsOf(m),
    });
  });
  const next = list.links?.next;
  if (typeof next === 'string' && next !== '') {
    notes.push(`the list has a next page (${next}); only the first was read`);
  }
  return { entries, skipped, notes };
}

/** The entries of a `/models` response (see readOpenRouterModelList for what is skipped). */
export function readOpenRouterModels(json: unknown, ref: string, asOf: string): SourceEntry[] {
  return readOpenRouterModelList(json, ref, asOf).entries;
}
