/**
 * Every way a provider bills beside the plain token prices: service tiers (priority, flex, fast),
 * the one-hour cache write, reasoning tokens, audio and image prices, and per-request fees. They sit
 * inside an offer's `price`, so each carries the offer's `updated` date and `source`, like the
 * price beside it; absent means unknown, never free.
 */
import { z } from 'astro/zod';
import { expected, oneLine, UsdAmount, UsdPerMillion } from './fields.ts';

const perM = (what: string) => UsdPerMillion.nullable().optional().describe(what);
const usd = (what: string) => UsdAmount.nullable().optional().describe(what);

/** An empty group says nothing. */
const anyPrice = (o: object) => Object.keys(o).length > 0;
/** Said only of a group with no other problem: a misspelt key is reported once, as itself. */
const clean = (payload: { issues: unknown[] }) => payload.issues.length === 0;
const NEEDS_A_PRICE = { error: 'missing: expected at least one price in this group', when: clean };

export const TierPrice = z
  .strictObject({
    input: perM('Input tokens in this tier, USD per 1M.'),
    output: perM('Output tokens in this tier, USD per 1M.'),
    cached_input: perM('Cached input tokens in this tier, USD per 1M.'),
  })
  .refine(anyPrice, NEEDS_A_PRICE);

export const ServiceTiers = z
  .strictObject({
    priority: TierPrice.optional().describe(
      'Priority processing: faster, more reliable service at a higher price (OpenAI `service_tier: priority`, Bedrock and Vertex priority tiers).',
    ),
    flex: TierPrice.optional().describe(
      'Flex processing: cheaper, slower requests that may wait or be refused when busy (OpenAI `service_tier: flex`, Gemini flex).',
    ),
    fast: TierPrice.optional().describe(
      "A faster mode of the same model sold at its own price (Anthropic's fast mode), where the provider sells one under the same model id.",
    ),
  })
  .refine(anyPrice, {
    error: 'missing: expected at least one tier (priority, flex or fast)',
    when: clean,
  })
  .describe(
    "Prices of the provider's other service tiers for this model. The prices above are the standard tier's.",
  );

export const AudioPrice = z
  .strictObject({
    input: perM('Audio input tokens, USD per 1M.'),
    output: perM('Audio output tokens, USD per 1M.'),
    cached_input: perM('Cached audio input tokens, USD per 1M.'),
    input_per_minute: usd('Audio input billed by time, USD per minute.'),
    output_per_minute: usd('Audio output billed by time, USD per minute.'),
  })
  .refine(anyPrice, NEEDS_A_PRICE)
  .describe('Audio prices, where they differ from text or are stated apart.');

export const PerImage = z
  .strictObject({
    size: oneLine(40).optional().describe('The image size as the provider states it: 1024x1024.'),
    quality: oneLine(40)
      .optional()
      .describe('The quality setting as the provider states it: low, medium, high, hd.'),
    usd: UsdAmount.describe('USD per image made at this size and quality.'),
  })
  .describe('The price of one generated image at a stated size and quality.');

export const ImagePrice = z
  .strictObject({
    input: perM('Image input tokens, USD per 1M.'),
    output: perM('Image output (generated image) tokens, USD per 1M.'),
    cached_input: perM('Cached image input tokens, USD per 1M.'),
    input_per_image: usd('Each image read, USD per image.'),
    per_image: z
      .array(PerImage)
      .min(1, expected('at least one size'))
      .optional()
      .describe(
        'Each image made, USD per image, by size and quality; size and quality are left out where the provider states one price for every image.',
      ),
  })
  .refine(anyPrice, NEEDS_A_PRICE)
  .describe('Image prices, where they differ from text or are stated apart.');

export const Fees = z
  .strictObject({
    web_search_per_1k: usd(
      'Web search calls, USD per 1,000 (at the default, medium search context size where the price depends on it).',
    ),
    web_search_free_per_day: z
      .int(expected('a whole number of calls'))
      .nonnegative(expected('a non-negative whole number of calls'))
      .optional()
      .describe(
        'Web search calls free each day before the fee applies, where the provider states an allowance.',
      ),
    grounding_per_1k: usd(
      'Grounded prompts (search grounding, grounding on your data), USD per 1,000.',
    ),
    per_request: usd('A fixed charge on every request, USD per request.'),
  })
  .refine(anyPrice, NEEDS_A_PRICE)
  .describe('Charges per call or per request, beside the token prices.');

/** The price fields of the units, in the order they are told: `tiers.priority.input`, … */
const TIER_NAMES = ['priority', 'flex', 'fast'] as const;
const TIER_FIELDS = ['input', 'output', 'cached_input'] as const;
const AUDIO_FIELDS = [
  'input',
  'output',
  'cached_input',
  'input_per_minute',
  'output_per_minute',
] as const;
const IMAGE_FIELDS = ['input', 'output', 'cached_input', 'input_per_image'] as const;
const FEE_FIELDS = [
  'web_search_per_1k',
  'web_search_free_per_day',
  'grounding_per_1k',
  'per_request',
] as const;

/** The units' part of a price, as the schema types it (kept loose so callers need no casts). */
export interface Units {
  cache_write_1h?: number | null | undefined;
  reasoning?: number | null | undefined;
  tiers?: z.infer<typeof ServiceTiers> | undefined;
  audio?: z.infer<typeof AudioPrice> | undefined;
  image?: z.infer<typeof ImagePrice> | undefined;
  fees?: z.infer<typeof Fees> | undefined;
}

/** The key a generated image's price is filed under: `image.per_image[1024x1024 hd]`. */
export const perImageKey = (i: { size?: string | undefined; quality?: string | undefined }) =>
  `image.per_image[${[i.size ?? 'any size', i.quality].filter(Boolean).join(' ')}]`;

/**
 * Every unit of a price as a flat `path → value` list, for comparing two prices unit by unit:
 * `cache_write_1h`, `tiers.priority.input`, `audio.input_per_minute`, `image.per_image[1024x1024 hd]`,
 * `fees.web_search_per_1k`. Units the price does not state are left out.
 */
export function unitFields(price: Units): [string, number | null | undefined][] {
  const out: [string, number | null | undefined][] = [];
  const put = (path: string, value: number | null | undefined) => {
    if (value !== undefined) out.push([path, value]);
  };
  put('cache_write_1h', price.cache_write_1h);
  put('reasoning', price.reasoning);
  for (const tier of TIER_NAMES)
    for (const f of TIER_FIELDS) put(`tiers.${tier}.${f}`, price.tiers?.[tier]?.[f]);
  for (const f of AUDIO_FIELDS) put(`audio.${f}`, price.audio?.[f]);
  for (const f of IMAGE_FIELDS) put(`image.${f}`, price.image?.[f]);
  for (const i of price.image?.per_image ?? []) put(perImageKey(i), i.usd);
  for (const f of FEE_FIELDS) put(`fees.${f}`, price.fees?.[f]);
  return out;
}

/** A fee (per call or request) rather than a price per token: its coming and going is reported. */
export const isFee = (path: string) => path.startsWith('fees.');

/** A count, not a price: guarded as a number but never as a price. */
export const isCount = (path: string) => path === 'fees.web_search_free_per_day';

const WORDS: Record<string, string> = {
  cache_write_1h: '1-hour cache write',
  reasoning: 'reasoning',
  input: 'input',
  output: 'output',
  cached_input: 'cached input',
  input_per_minute: 'input per minute',
  output_per_minute: 'output per minute',
  input_per_image: 'input per image',
  web_search_per_1k: 'web search fee per 1,000 calls',
  web_search_free_per_day: 'free web searches per day',
  grounding_per_1k: 'grounding fee per 1,000 prompts',
  per_request: 'per-request fee',
};

/**
 * A unit's path in words, for reports and diffs: `tiers.priority.input` is "priority input",
 * `audio.output_per_minute` "audio output per minute", `image.per_image[1024x1024 hd]` "image
 * 1024x1024 hd, per image". Any other path is returned as it is.
 */
export function unitLabel(path: string): string {
  const perImage = /^image\.per_image\[(.*)\]$/.exec(path);
  if (perImage) return `image ${perImage[1]}, per image`;
  const parts = path.split('.');
  const last = parts[parts.length - 1] ?? path;
  const word = WORDS[last] ?? last.replace(/_/g, ' ');
  if (parts[0] === 'tiers' && parts.length === 3) return `${parts[1]} ${word}`;
  if ((parts[0] === 'audio' || parts[0] === 'image') && parts.length === 2)
    return `${parts[0]} ${word}`;
  if (parts.length === 1 || parts[0] === 'fees') return word;
  return path;
}

/** A priority tier dearer than this many times the standard price is a slip, not a tier. */
export const PRIORITY_MAX_FACTOR = 4;
/** A generated image cheaper than this (USD) is a price per token filed as one per image. */
export const SMALLEST_PER_IMAGE = 0.001;

interface BasePrice extends Units {
  input?: number | null | undefined;
  output?: number | null | undefined;
  cached_input?: number | null | undefined;
  cache_write?: number | null | undefined;
}

/**
 * Units that contradict the price beside them, each with the unit's path and why: a priority tier
 * no dearer than the standard one or more than 4× it, a flex tier no cheaper, a one-hour cache
 * write cheaper than the default one, a generated image priced under a tenth of a cent. The
 * importer leaves such units out and the refresher refuses them; a person checks the provider.
 */
export function unitDoubts(price: BasePrice): [string, string][] {
  const doubts: [string, string][] = [];
  for (const f of TIER_FIELDS) {
    const base = price[f];
    if (base == null || base <= 0) continue;
    const priority = price.tiers?.priority?.[f];
    if (priority != null && (priority <= base || priority > PRIORITY_MAX_FACTOR * base)) {
      doubts.push([
        'tiers.priority',
        `tiers.priority.${f} ${priority} is ${priority <= base ? 'not dearer than' : `more than ${PRIORITY_MAX_FACTOR}×`} ${f} ${base}`,
      ]);
    }
    const flex = price.tiers?.flex?.[f];
    if (flex != null && flex >= base) {
      doubts.push(['tiers.flex', `tiers.flex.${f} ${flex} is not cheaper than ${f} ${base}`]);
    }
  }
  const { cache_write: write, cache_write_1h: hour } = price;
  if (write != null && hour != null && hour < write) {
    doubts.push(['cache_write_1h', `cache_write_1h ${hour} is cheaper than cache_write ${write}`]);
  }
  for (const i of price.image?.per_image ?? []) {
    if (i.usd > 0 && i.usd < SMALLEST_PER_IMAGE) {
      doubts.push([
        'image.per_image',
        `${perImageKey(i)} ${i.usd} looks like a price per token, not per image`,
      ]);
    }
  }
  return doubts;
}

/** The price without the units that contradict it (see unitDoubts); the same object when none do. */
export function withoutDoubtfulUnits<T extends BasePrice>(price: T): T {
  const doubts = new Set(unitDoubts(price).map(([path]) => path));
  if (doubts.size === 0) return price;
  const out = { ...price };
  if (doubts.has('cache_write_1h')) delete out.cache_write_1h;
  const tiers = { ...out.tiers };
  if (doubts.has('tiers.priority')) delete tiers.priority;
  if (doubts.has('tiers.flex')) delete tiers.flex;
  if (Object.keys(tiers).length > 0) out.tiers = tiers;
  else delete out.tiers;
  if (doubts.has('image.per_image') && out.image) {
    const image = { ...out.image };
    delete image.per_image;
    if (Object.keys(image).length > 0) out.image = image;
    else delete out.image;
  }
  return out;
}
