/**
 * Pydantic's genai-prices (MIT): `prices/new_data/v2/data.json`, a bare array of providers, each
 * with its models; prices in USD per 1M tokens (keys ending `_mtok`), already in the unit Atlas uses.
 * The npm package bundles the same array with a `type` on each constraint; both shapes are read.
 *
 * A model's `prices` is one price set, or a list of conditional ones: a default without a
 * constraint, entries that start on a date, and (DeepSeek only) entries for a daily time window.
 * genai's engine walks the list from last to first and takes the first entry that applies,
 * falling back to the first entry (repo: packages/js/src/engine.ts L161-217). Schema paths below
 * refer to repo: prices/new_data/v2/data.schema.json.
 */
import { z } from 'astro/zod';
import type { Price } from '../schemas/offer.ts';
import { shiftDecimal } from '../util/decimal.ts';
import { groupOf, hasPrice, priceOf, withUnits, type SourceEntry } from './types.ts';

// TieredPrices / Tier (schema L1184-1230): a cliff above `start` input tokens.
const Tier = z.looseObject({
  start: z.number().int().nonnegative(),
  price: z.number().nonnegative(),
});
const Tiered = z.looseObject({ base: z.number().nonnegative(), tiers: z.array(Tier) });
// ModelPrice (schema L316-1033): named keys and any other key, each a number or tiered prices.
const PriceSet = z.record(z.string(), z.union([z.number().nonnegative(), Tiered]));

// StartDateConstraint / TimeOfDateConstraint (schema L1167-1183, L1231-1254). Wire data identifies
// them by their keys; the npm bundle adds `type`. Other keys are dropped, not refused.
const DateConstraint = z.object({
  start_date: z.iso.date(),
  type: z.literal('start_date').optional(),
});
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TimeConstraint = z.object({
  start_time: z.string().regex(TIME),
  end_time: z.string().regex(TIME),
  type: z.literal('time_of_date').optional(),
});
// ConditionalPrice (schema L199-225).
const Conditional = z.looseObject({
  constraint: z.union([DateConstraint, TimeConstraint]).optional(),
  prices: PriceSet,
});

// ModelInfo (schema L226-315). `match` and the rest pass through unchecked.
export const GenaiModel = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  context_window: z.number().int().positive().optional(),
  deprecated: z.boolean().optional(),
  price_comments: z.string().optional(),
  prices: z.union([PriceSet, z.array(Conditional).min(1)]),
});
export type GenaiModel = z.infer<typeof GenaiModel>;

// Provider (schema L1034-1166); the top level is an array of them (schema L1432-1435).
const ProviderShell = z.looseObject({ id: z.string().min(1), models: z.array(z.unknown()) });
/** The whole file, every model checked: what a vendored snapshot must pass. */
export const GenaiPrices = z.array(
  ProviderShell.extend({ name: z.string(), models: z.array(GenaiModel) }),
);

type PriceSet = z.infer<typeof PriceSet>;
type Conditional = z.infer<typeof Conditional>;
type Value = PriceSet[string];

/** A price set in effect over a span of days: from `from` (absent: from the start) until `until`. */
export interface GenaiDatedPrice {
  /** First day (UTC) these prices apply; absent for the default that applies before any date. */
  from?: string | undefined;
  /** The day the next entry takes over; absent when none follows. */
  until?: string | undefined;
  price: Price;
}

/** A daily window (UTC times as the source writes them, `01:00:00Z`) with prices of its own. */
export interface GenaiWindow {
  start: string;
  /** Before `start` when the window runs past midnight. */
  end: string;
  price: Price;
}

export interface GenaiPriceHistory {
  /** The headline price at the date: never a time-of-day price; undefined if there is none. */
  current: Price | undefined;
  /**
   * Of a model whose prices are a dated list: the spans up to the date, oldest first; the last is
   * the current one. Empty for a model with one price set.
   */
  history: GenaiDatedPrice[];
  /** Announced changes: spans that start after the date, oldest first. */
  scheduled: GenaiDatedPrice[];
  /**
   * Daily windows that override the current price while they last (DeepSeek's peak hours), in
   * list order; a later one wins where two overlap.
   */
  timeOfDay: GenaiWindow[];
}

export interface GenaiEntry extends SourceEntry {
  /** Present when the model's prices are a dated list: see GenaiPriceHistory. */
  history?: GenaiDatedPrice[] | undefined;
  scheduled?: GenaiDatedPrice[] | undefined;
  timeOfDay?: GenaiWindow[] | undefined;
}

/** Atlas price fields and the genai keys they are read from (schema L338-374). */
const KEYS = {
  input: 'input_mtok',
  output: 'output_mtok',
  cached_input: 'cache_read_mtok',
  cache_write: 'cache_write_mtok',
} as const;

const isTiered = (v: Value | undefined): v is z.infer<typeof Tiered> =>
  typeof v === 'object' && v !== null;
const flat = (v: Value | undefined): number | undefined => (isTiered(v) ? v.base : v);
const above = (v: Value | undefined): number | undefined =>
  isTiered(v) ? v.tiers[0]?.price : undefined;

/**
 * One genai price set as an Atlas price. A tiered value gives its base as the flat price and its
 * tier as `long_context` (genai's tier applies when the prompt has more than `start` tokens, as
 * Atlas's threshold does); left out when a value has several tiers or the starts differ.
 */
export function genaiPrice(set: PriceSet): Price {
  const price = withUnits(
    priceOf({
      input: flat(set[KEYS.input]),
      output: flat(set[KEYS.output]),
      cached_input: flat(set[KEYS.cached_input]),
      cache_write: flat(set[KEYS.cache_write]),
    }),
    genaiUnits(set),
  );
  const tiered = Object.values(KEYS)
    .map((key) => set[key])
    .filter(isTiered);
  const starts = new Set(tiered.map((t) => (t.tiers.length === 1 ? t.tiers[0]?.start : -1)));
  const [start] = starts;
  if (starts.size !== 1 || start === undefined || start <= 0) return price;
  const long = priceOf({
    input: above(set[KEYS.input]),
    output: above(set[KEYS.output]),
    cached_input: above(set[KEYS.cached_input]),
  });
  // A tier on cache writes alone has no Atlas field.
  if (Object.keys(long).length > 0) price.long_context = { threshold: start, ...long };
  return price;
}

/** USD per thousand to USD each, exactly; USD per hour to USD per minute. */
const perOne = (v: number | undefined) => (v === undefined ? undefined : shiftDecimal(v, -3));
const perMinute = (v: number | undefined) => (v === undefined ? undefined : v / 60);

/**
 * The units beside the token prices, from ModelPrice's other keys (schema L338-1033): the one-hour
 * cache write, reasoning, audio and image tokens and their cached reads, audio input by the hour
 * (as per minute), web searches and requests by the thousand. Tiered values give their base.
 */
function genaiUnits(set: PriceSet) {
  const at = (key: string) => flat(set[key]);
  return {
    cache_write_1h: at('cache_write_1h_mtok'),
    reasoning: at('output_reasoning_mtok'),
    audio: groupOf({
      input: at('input_audio_mtok'),
      output: at('output_audio_mtok'),
      cached_input: at('cache_audio_read_mtok'),
      input_per_minute: perMinute(at('input_audio_hours')),
    }),
    image: groupOf({
      input: at('input_image_mtok'),
      output: at('output_image_mtok'),
      cached_input: at('cache_image_read_mtok'),
    }),
    fees: groupOf({
      web_search_per_1k: at('web_searches_kcount'),
      per_request: perOne(at('requests_kcount')),
    }),
  };
}

const startDate = (c: Conditional): string | undefined =>
  c.constraint && 'start_date' in c.constraint ? c.constraint.start_date : undefined;
const isWindow = (c: Conditional): boolean =>
  c.constraint !== undefined && 'start_time' in c.constraint;

/**
 * The index of the entry genai's engine uses on `day`, leaving out time-of-day entries (as if the
 * request came outside every window); `day` undefined means before any start date. Undefined when
 * only a window could apply.
 */
function activeIndex(list: Conditional[], day: string | undefined): number | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const entry = list[i];
    if (entry === undefined || isWindow(entry)) continue;
    const start = startDate(entry);
    if (start === undefined || (day !== undefined && start <= day)) return i;
  }
  return list[0] && !isWindow(list[0]) ? 0 : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A model's prices at the date `asOf` (YYYY-MM-DD, UTC): the headline price, the dated spans of a
 * dated list split at `asOf` into history and scheduled changes, and the time-of-day windows.
 */
export function genaiPriceHistory(
  model: Pick<GenaiModel, 'prices'>,
  asOf: string,
): GenaiPriceHistory {
  if (!DAY.test(asOf)) throw new Error(`genai-prices: expected a date as YYYY-MM-DD, got ${asOf}`);
  const list = model.prices;
  if (!Array.isArray(list)) {
    return { current: genaiPrice(list), history: [], scheduled: [], timeOfDay: [] };
  }
  // The entry in effect changes only on a start date: evaluate each span once, merge repeats.
  const dates = [...new Set(list.map(startDate).filter((d) => d !== undefined))].sort();
  const spans: { from: string | undefined; index: number | undefined }[] = [];
  for (const from of [undefined, ...dates]) {
    const index = activeIndex(list, from);
    if (spans.length === 0 || spans[spans.length - 1]?.index !== index) spans.push({ from, index });
  }
  const dated = spans.flatMap(({ from, index }, i): (GenaiDatedPrice & { index: number })[] => {
    const entry = index === undefined ? undefined : list[index];
    if (index === undefined || entry === undefined) return [];
    return [{ from, until: spans[i + 1]?.from, price: genaiPrice(entry.prices), index }];
  });
  const past = dated.filter((d) => d.from === undefined || d.from <= asOf);
  const now = past[past.length - 1];
  const strip = ({ from, until, price }: GenaiDatedPrice): GenaiDatedPrice => ({
    from,
    until,
    price,
  });
  // A window applies only if it comes after the current entry: the engine stops at the first match.
  const timeOfDay = list.flatMap((entry, i): GenaiWindow[] =>
    entry.constraint && 'start_time' in entry.constraint && (now === undefined || i > now.index)
      ? [
          {
            start: entry.constraint.start_time,
            end: entry.constraint.end_time,
            price: genaiPrice(entry.prices),
          },
        ]
      : [],
  );
  return {
    current: now?.price,
    history: dates.length > 0 ? past.map(strip) : [],
    scheduled: dated.filter((d) => !past.includes(d)).map(strip),
    timeOfDay,
  };
}

/**
 * Reads genai-prices data (the wire form or the npm bundle's) into one entry per provider and
 * model, priced at the date `asOf`. A model without an input or output price per token is left out.
 */
export function readGenaiPrices(json: unknown, ref: string, asOf: string): GenaiEntry[] {
  const providers = z.array(ProviderShell).parse(json);
  const entries: GenaiEntry[] = [];
  const seen = new Set<string>();
  for (const provider of providers) {
    for (const raw of provider.models) {
      const parsed = GenaiModel.safeParse(raw);
      if (!parsed.success) continue; // one malformed model must not hide the rest
      const m = parsed.data;
      const key = JSON.stringify([provider.id, m.id]);
      if (seen.has(key)) continue;
      const { current, history, scheduled, timeOfDay } = genaiPriceHistory(m, asOf);
      if (current === undefined || !hasPrice(current)) continue;
      seen.add(key);
      entries.push({
        source: 'genai-prices',
        ref,
        asOf,
        provider: provider.id,
        id: m.id,
        price: current,
        contextWindow: m.context_window,
        status: m.deprecated ? 'deprecated' : undefined,
        ...(history.length > 0 && { history }),
        ...(scheduled.length > 0 && { scheduled }),
        ...(timeOfDay.length > 0 && { timeOfDay }),
      });
    }
  }
  return entries;
}
