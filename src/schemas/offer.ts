/** One entry of a provider's `offers`: a model as one provider sells it. */
import { z } from 'astro/zod';
import {
  expected,
  Id,
  IsoDate,
  oneLine,
  oneOf,
  Source,
  SourceId,
  TokenCount,
  UsdPerMillion,
} from './fields.ts';
import { AudioPrice, Fees, ImagePrice, ServiceTiers } from './units.ts';

const price = (what: string) => UsdPerMillion.nullable().optional().describe(what);

/** A daily window in UTC, `01:00-04:00`; an end of `24:00` is midnight. */
const UtcWindow = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
    expected('a UTC window as HH:MM-HH:MM, such as 01:00-04:00'),
  )
  .refine((w) => w.slice(0, 5) < w.slice(6), {
    error: 'expected a window that ends after it starts',
  });

export const Peak = z
  .strictObject({
    hours: z
      .array(UtcWindow)
      .min(1, expected('at least one window'))
      .describe('The daily peak windows, in UTC: [01:00-04:00, 06:00-10:00].'),
    weekdays_only: z
      .boolean(expected('true or false'))
      .optional()
      .describe(
        "True when weekends are billed at the off-peak prices all day (in the provider's own time zone).",
      ),
    input: price('Input tokens in peak hours, USD per 1M.'),
    output: price('Output tokens in peak hours, USD per 1M.'),
    cached_input: price('Cached input tokens in peak hours, USD per 1M.'),
  })
  .describe(
    'Dearer prices in daily peak hours, where the provider bills by time of day. The prices above are then the off-peak ones.',
  );

export const Regional = z
  .strictObject({
    label: oneLine(80).describe(
      'What the provider calls it: "geographic inference profiles (us., eu., jp., au.)", "US-only inference".',
    ),
    input: price('Input tokens kept in the region, USD per 1M.'),
    output: price('Output tokens kept in the region, USD per 1M.'),
    cached_input: price('Cached input tokens kept in the region, USD per 1M.'),
    cache_write: price('Cache writes kept in the region, USD per 1M.'),
  })
  .describe(
    'Dearer prices for requests kept within one region or geography, where the provider charges more for it. The prices above are then those of global routing.',
  );

export const Price = z
  .strictObject({
    input: price('Input (prompt) tokens, USD per 1M.'),
    output: price('Output (completion) tokens, USD per 1M.'),
    cached_input: price('Input tokens read from the prompt cache, USD per 1M.'),
    cache_write: price(
      'Input tokens written to the prompt cache, USD per 1M: the default write (five minutes at Anthropic), or the only one the provider sells.',
    ),
    cache_write_1h: price(
      'Input tokens written to the prompt cache to stay one hour, USD per 1M, where the provider sells that lifetime apart.',
    ),
    batch_input: price('Input tokens through the batch API, USD per 1M.'),
    batch_output: price('Output tokens through the batch API, USD per 1M.'),
    long_context: z
      .strictObject({
        threshold: TokenCount.describe('Prompt length in tokens above which these prices apply.'),
        input: price('Input tokens above the threshold, USD per 1M.'),
        output: price('Output tokens above the threshold, USD per 1M.'),
        cached_input: price('Cached input tokens above the threshold, USD per 1M.'),
      })
      .optional()
      .describe(
        'Prices for prompts longer than a threshold, where the provider charges more for them.',
      ),
    peak: Peak.optional(),
    regional: Regional.optional(),
    reasoning: price(
      'Reasoning (thinking) tokens, USD per 1M, where the source states a price for them apart from output.',
    ),
    tiers: ServiceTiers.optional(),
    audio: AudioPrice.optional(),
    image: ImagePrice.optional(),
    fees: Fees.optional(),
  })
  .refine((p) => p.input != null || p.output != null, {
    error: 'missing: a price needs at least its input or its output per 1M tokens',
  })
  .describe(
    'Prices in USD per 1M tokens (fees and per-image or per-minute prices in USD each, as named). null or absent means unknown; 0 means free. Every price here has the offer’s updated date and source.',
  );

export const QUANTIZATIONS = ['fp4', 'fp6', 'fp8', 'fp16', 'bf16', 'fp32', 'int4', 'int8'] as const;

export const Speed = z
  .strictObject({
    tokens_per_second: z
      .number(expected('tokens per second as a number'))
      .positive(expected('a positive number of tokens per second'))
      .max(100_000, expected('at most 100,000 tokens per second'))
      .optional()
      .describe('Median output speed, tokens per second.'),
    ttft_ms: z
      .number(expected('milliseconds as a number'))
      .positive(expected('a positive number of milliseconds'))
      .max(600_000, expected('at most 600,000 ms'))
      .optional()
      .describe('Median time to first token, milliseconds.'),
    uptime_pct: z
      .number(expected('a percentage from 0 to 100'))
      .min(0, expected('a percentage from 0 to 100'))
      .max(100, expected('a percentage from 0 to 100'))
      .optional()
      .describe('Share of requests served successfully, percent.'),
    measured: IsoDate.describe('Date of the measurement.'),
    source: Source.describe('Where the measurement came from.'),
  })
  .describe('Measured speed of this offer, with its date and source.');

export const HistoryEntry = z
  .strictObject({
    price: Price.describe('The prices that were in effect.'),
    from: IsoDate.optional().describe('First day these prices were seen (absent when unknown).'),
    until: IsoDate.describe('Day they were replaced.'),
    observed: z
      .literal(true, expected('true, or leave it out'))
      .optional()
      .describe(
        'True when `until` is only the day a dated source first showed the new price, because the day of the change itself is not public. Pages then say "by" that day.',
      ),
    source: Source.optional().describe('Where these prices had come from.'),
  })
  .describe('A past price of this offer. Appended by the refresher, never rewritten.');

export const Offer = z
  .strictObject({
    model: Id.describe('Id of the model (its file name under data/models/).'),
    variant: oneLine(60)
      .optional()
      .describe(
        'Distinguishes two offers of one model by one provider: a deployment type, region group or quantization.',
      ),
    provider_model_id: oneLine(200).describe(
      "The model's id in this provider's API, as sent in requests.",
    ),
    source_ids: z
      .partialRecord(SourceId, oneLine(200))
      .optional()
      .describe("This offer's id in each refresh source, where it differs from provider_model_id."),
    price: Price,
    context_window: TokenCount.optional().describe(
      "Context window at this provider, when it differs from the model's.",
    ),
    max_output: TokenCount.optional().describe(
      "Output limit at this provider, when it differs from the model's.",
    ),
    quantization: oneOf(QUANTIZATIONS)
      .optional()
      .describe('Numeric precision the provider serves open weights at.'),
    speed: Speed.optional(),
    updated: IsoDate.describe(
      'As-of date of the current prices: when they were taken from their source or last changed.',
    ),
    checked: IsoDate.optional().describe('Last day a refresh confirmed these prices unchanged.'),
    source: Source.describe('Where the current prices come from.'),
    withdrawn: IsoDate.optional().describe(
      'Day the provider stopped selling this model, when it has. The offer stays, with its last prices, but is not shown as buyable.',
    ),
    history: z.array(HistoryEntry).optional().describe('Past prices, oldest first.'),
    note: oneLine(300)
      .optional()
      .describe(
        'Why this offer is unusual, when it is: a promotion, another quantization, a price far from the other providers’. validate refuses a price ten times away from the others’ median without one.',
      ),
  })
  .superRefine((offer, ctx) => {
    if (offer.checked !== undefined && offer.checked < offer.updated) {
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: `expected a date on or after updated (${offer.updated}), got ${offer.checked}`,
      });
    }
  })
  .describe('A model as one provider sells it.');

export type Price = z.infer<typeof Price>;
export type Peak = z.infer<typeof Peak>;
export type Regional = z.infer<typeof Regional>;
export type Offer = z.infer<typeof Offer>;
export type Speed = z.infer<typeof Speed>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
