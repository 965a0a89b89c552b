/**
 * The cost calculator's arithmetic, shared by the page (the static table for a typical workload)
 * and the browser script (the live table), so the two can never disagree.
 */
import type { Peak, Price } from '../../schemas/offer.ts';
import {
  DAYS_PER_MONTH,
  usesExtras,
  type ServiceTier,
  type Timing,
  type Workload,
} from './workload.ts';

/** A request's cost split by what it pays for, USD. */
export interface CostParts {
  /** Fresh (uncached) input tokens, outside batch. */
  input: number;
  /** Input tokens read from the cache, outside batch. */
  cached: number;
  /** Output tokens, outside batch. */
  output: number;
  /** Everything the batch share of requests costs. */
  batch: number;
  /** Input tokens written to the cache, outside batch. */
  write: number;
  /** Web searches, past any free daily allowance. */
  search: number;
  /** A fixed charge on every request. */
  fee: number;
  /** Audio minutes read and made, and images made. */
  media: number;
}

export interface Cost {
  perRequest: number;
  perMonth: number;
  /** The average request's cost by part; the parts add up to `perRequest`. */
  parts: CostParts;
  /** True when the prompt is past the long-context threshold and those prices were used. */
  longContext: boolean;
  /** The share of requests billed at peak prices: 0 without peak prices. */
  peakShare: number;
  /** True when in-region prices were used. */
  regional: boolean;
  /** False when some requests were to go to batch but the offer has no batch price (billed as usual). */
  batchPriced: boolean;
  /** False when a priority or flex tier was asked for and the offer sells none (billed as standard). */
  tierPriced: boolean;
  /**
   * False when part of the prompt is written to the cache and the offer lists no price for that
   * lifetime: written at the 5-minute write price for an hour's, or else at the input price.
   */
  writePriced: boolean;
}

type Rates = Pick<
  Price,
  | 'input'
  | 'output'
  | 'cached_input'
  | 'cache_write'
  | 'cache_write_1h'
  | 'batch_input'
  | 'batch_output'
  | 'long_context'
  | 'peak'
  | 'regional'
  | 'tiers'
  | 'fees'
  | 'audio'
  | 'image'
>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The share of a week's requests that fall in peak hours when they are spread evenly over it:
 * the windows' length over the day, on five days of seven when weekends are off-peak.
 */
export function peakShareOfWeek(peak: Pick<Peak, 'hours' | 'weekdays_only'>): number {
  const perDay = peak.hours.reduce((sum, w) => sum + minutes(w.slice(6)) - minutes(w), 0) / 1440;
  return Math.min(1, perDay) * (peak.weekdays_only ? 5 / 7 : 1);
}

function peakShareFor(price: Rates, timing: Timing): number {
  if (!price.peak || timing === 'off-peak') return 0;
  return timing === 'peak' ? 1 : peakShareOfWeek(price.peak);
}

interface Flat {
  input: number | null | undefined;
  output: number | null | undefined;
  cached_input: number | null | undefined;
}

/**
 * The flat rates one request is billed at, before the prompt's length is looked at. A priority or
 * flex tier the offer sells replaces the standard prices, by hour and region alike.
 */
function flatRates(
  price: Rates,
  peak: boolean,
  regional: boolean,
  batch: boolean,
  tier: ServiceTier,
): Flat {
  if (batch) {
    // Batch prices are their own list; a batch request is not billed by hour, region or tier.
    return {
      input: price.batch_input ?? price.input,
      output: price.batch_output ?? price.output,
      cached_input: price.cached_input,
    };
  }
  const sold = tier === 'standard' ? undefined : price.tiers?.[tier];
  // A tier's cached input is its own: where it lists none, cached tokens pay the tier's input price.
  if (sold)
    return {
      input: sold.input ?? price.input,
      output: sold.output ?? price.output,
      cached_input: sold.cached_input,
    };
  const layer = peak ? price.peak : regional ? price.regional : undefined;
  return {
    input: layer?.input ?? price.input,
    output: layer?.output ?? price.output,
    cached_input: layer?.cached_input ?? price.cached_input,
  };
}

/** The price of writing to the cache for the lifetime asked for, and whether the offer lists it. */
function writeRate(
  price: Rates,
  work: Workload,
): { rate: number | null | undefined; listed: boolean } {
  const own = work.cacheLifetime === '1h' ? price.cache_write_1h : price.cache_write;
  return { rate: own ?? price.cache_write, listed: own != null };
}

/**
 * What a request pays beside its tokens: web searches past the free daily allowance, the fixed
 * per-request charge, audio minutes and generated images (at the first size the offer lists).
 * Undefined when the workload asks for one the offer has no price for.
 */
function extrasOf(
  price: Rates,
  work: Workload,
): Pick<CostParts, 'search' | 'fee' | 'media'> | undefined {
  let search = 0;
  if (work.searchesPerRequest > 0) {
    const per1k = price.fees?.web_search_per_1k;
    if (per1k == null) return undefined;
    const perDay = work.searchesPerRequest * work.requestsPerDay;
    const paid = Math.max(0, perDay - (price.fees?.web_search_free_per_day ?? 0));
    search = work.requestsPerDay > 0 ? ((paid / work.requestsPerDay) * per1k) / 1000 : 0;
  }
  let media = 0;
  if (work.audioInMinutes > 0) {
    const rate = price.audio?.input_per_minute;
    if (rate == null) return undefined;
    media += work.audioInMinutes * rate;
  }
  if (work.audioOutMinutes > 0) {
    const rate = price.audio?.output_per_minute;
    if (rate == null) return undefined;
    media += work.audioOutMinutes * rate;
  }
  if (work.imagesPerRequest > 0) {
    const rate = price.image?.per_image?.[0]?.usd;
    if (rate == null) return undefined;
    media += work.imagesPerRequest * rate;
  }
  return { search, fee: price.fees?.per_request ?? 0, media };
}

const NONE = { input: 0, cached: 0, output: 0, write: 0 };
const OFF_PEAK = { peak: false, batch: false } as const;
const AT_PEAK = { peak: true, batch: false } as const;
const IN_BATCH = { peak: false, batch: true } as const;

/**
 * The cost of one workload at one offer's prices, or undefined when a price the workload needs is
 * unknown (output tokens with no output price, web searches with no search fee): a guess would
 * rank the provider wrongly. Cached tokens are charged at the cached price, or at the input price
 * where none is published; written ones at the cache-write price, or the input price. Requests are
 * mixed as the workload says: the batch share at batch prices (the usual ones where the offer has
 * none), the rest by service tier, peak share and region.
 */
export function costOf(price: Rates, work: Workload): Cost | undefined {
  const long = price.long_context;
  const useLong = long !== undefined && work.inputTokens > long.threshold;
  // In-region prices apply only where the offer has them; elsewhere every request is global.
  const regional = work.place === 'in-region' && price.regional !== undefined;
  const peakShare = peakShareFor(price, work.timing);
  const batchShare = work.batchShare;
  const written = writeRate(price, work);
  const extras = extrasOf(price, work);
  if (extras === undefined) return undefined;

  const requestCost = (at: { peak: boolean; batch: boolean }) => {
    const flat = flatRates(price, at.peak, regional, at.batch, work.tier);
    // Long prompts are billed at the long-context prices whatever else applies.
    const input = (useLong ? long.input : undefined) ?? flat.input;
    const output = (useLong ? long.output : undefined) ?? flat.output;
    const cachedRate = (useLong ? long.cached_input : undefined) ?? flat.cached_input ?? input;
    const cachedTokens = work.inputTokens * work.cachedShare;
    // What the cached share leaves of the prompt, at most, is written.
    const writtenTokens = work.inputTokens * Math.min(work.cacheWriteShare, 1 - work.cachedShare);
    const freshTokens = work.inputTokens - cachedTokens - writtenTokens;
    if ((freshTokens > 0 || cachedTokens > 0 || writtenTokens > 0) && input == null)
      return undefined;
    if (work.outputTokens > 0 && output == null) return undefined;
    return {
      input: (freshTokens * (input ?? 0)) / 1_000_000,
      cached: (cachedTokens * (cachedRate ?? 0)) / 1_000_000,
      output: (work.outputTokens * (output ?? 0)) / 1_000_000,
      write: (writtenTokens * (written.rate ?? input ?? 0)) / 1_000_000,
    };
  };

  const live = 1 - batchShare;
  const offPeak = live > 0 && peakShare < 1 ? requestCost(OFF_PEAK) : NONE;
  const atPeak = live > 0 && peakShare > 0 ? requestCost(AT_PEAK) : NONE;
  const batch = batchShare > 0 ? requestCost(IN_BATCH) : NONE;
  if (offPeak === undefined || atPeak === undefined || batch === undefined) return undefined;
  const mix = (key: 'input' | 'cached' | 'output' | 'write') =>
    live * (offPeak[key] * (1 - peakShare) + atPeak[key] * peakShare);
  const parts: CostParts = {
    input: mix('input'),
    cached: mix('cached'),
    output: mix('output'),
    batch: batchShare * (batch.input + batch.cached + batch.output + batch.write),
    write: mix('write'),
    ...extras,
  };
  // Added in this order so that a workload without extras costs, to the bit, what flatMonthly says.
  const perRequest =
    parts.input +
    parts.cached +
    parts.output +
    parts.batch +
    parts.write +
    parts.search +
    parts.fee +
    parts.media;
  return {
    perRequest,
    perMonth: perRequest * work.requestsPerDay * DAYS_PER_MONTH,
    parts,
    longContext: useLong,
    peakShare,
    regional,
    batchPriced: batchShare === 0 || price.batch_input != null || price.batch_output != null,
    tierPriced:
      work.tier === 'standard' || batchShare === 1 || price.tiers?.[work.tier] !== undefined,
    writePriced: work.cacheWriteShare === 0 || written.listed,
  };
}

/**
 * A month of the workload at flat prices (no long-prompt, peak or regional layer), or NaN where a
 * price it needs is unknown: `costOf`'s arithmetic for such a price, step for step and in the same
 * order, without building the parts. The finder ranks every offer of the catalog with it and prices
 * the rows it shows with `costOf`; a test holds the two equal to the last bit. Prices are USD per
 * 1M tokens, null or undefined where unknown.
 */
export function flatMonthly(
  input: number | null | undefined,
  output: number | null | undefined,
  cachedInput: number | null | undefined,
  batchInput: number | null | undefined,
  batchOutput: number | null | undefined,
  work: Workload,
): number {
  const cachedTokens = work.inputTokens * work.cachedShare;
  const freshTokens = work.inputTokens - cachedTokens;
  const readsInput = freshTokens > 0 || cachedTokens > 0;
  const writes = work.outputTokens > 0;
  const live = 1 - work.batchShare;
  let perRequest = 0;
  if (live > 0) {
    if ((readsInput && input == null) || (writes && output == null)) return Number.NaN;
    const cachedRate = cachedInput ?? input;
    perRequest =
      live * ((freshTokens * (input ?? 0)) / 1_000_000) +
      live * ((cachedTokens * (cachedRate ?? 0)) / 1_000_000) +
      live * ((work.outputTokens * (output ?? 0)) / 1_000_000);
  }
  let batch = 0;
  if (work.batchShare > 0) {
    const bIn = batchInput ?? input;
    const bOut = batchOutput ?? output;
    if ((readsInput && bIn == null) || (writes && bOut == null)) return Number.NaN;
    const cachedRate = cachedInput ?? bIn;
    batch =
      work.batchShare *
      ((freshTokens * (bIn ?? 0)) / 1_000_000 +
        (cachedTokens * (cachedRate ?? 0)) / 1_000_000 +
        (work.outputTokens * (bOut ?? 0)) / 1_000_000);
  }
  return (perRequest + batch) * work.requestsPerDay * DAYS_PER_MONTH;
}

/**
 * `costOf(price, work)?.perMonth` (NaN for none) without building the parts where it can: when no
 * peak or in-region price applies, a request is billed at flat rates (the long-prompt ones where
 * the prompt is past their threshold, each falling back as `costOf` falls back), which
 * `flatMonthly` adds up. Otherwise it asks `costOf`.
 */
export function monthlyCost(price: Rates, work: Workload): number {
  if (
    price.peak ||
    (price.regional && work.place === 'in-region') ||
    price.fees?.per_request != null ||
    usesExtras(work)
  )
    return costOf(price, work)?.perMonth ?? Number.NaN;
  const long = price.long_context;
  if (long !== undefined && work.inputTokens > long.threshold) {
    // As in costOf: a long prompt's own prices win over batch ones too.
    return flatMonthly(
      long.input ?? price.input,
      long.output ?? price.output,
      long.cached_input ?? price.cached_input,
      long.input ?? price.batch_input,
      long.output ?? price.batch_output,
      work,
    );
  }
  return flatMonthly(
    price.input,
    price.output,
    price.cached_input,
    price.batch_input,
    price.batch_output,
    work,
  );
}

export interface PricedOffer {
  name: string;
  price: Rates;
}

/**
 * A free tier: no charge for input or output. Providers give these for prototyping, behind rate
 * limits no production workload fits, so they are listed apart from the prices a buyer pays.
 */
export const isFreeTier = (price: Pick<Price, 'input' | 'output'>) =>
  price.input === 0 && price.output === 0;

/**
 * Every offer's cost for one workload, cheapest first, an offer with no cost after them; free,
 * rate-limited tiers come last, as the price table lists them, however little they cost. Asked
 * for a priority or flex tier, the offers that sell it come before those priced at standard.
 */
export function rankCosts(offers: readonly PricedOffer[], work: Workload) {
  // Asked for a tier, the providers that sell it come first: the others' prices are another service.
  const without = (c: Cost | undefined) => Number(c !== undefined && !c.tierPriced);
  return offers
    .map((o) => ({ name: o.name, cost: costOf(o.price, work), free: isFreeTier(o.price) }))
    .sort(
      (a, b) =>
        Number(a.free) - Number(b.free) ||
        without(a.cost) - without(b.cost) ||
        (a.cost?.perRequest ?? Number.POSITIVE_INFINITY) -
          (b.cost?.perRequest ?? Number.POSITIVE_INFINITY) ||
        a.name.localeCompare(b.name),
    );
}

/** True when the workload asks for no tier, or for one the offer sells (batch requests need none). */
export const sellsTier = (price: Pick<Price, 'tiers'>, work: Workload) =>
  work.tier === 'standard' || work.batchShare === 1 || price.tiers?.[work.tier] !== undefined;

/** What a row's cost could not price as asked, in a few words under the provider's name. */
export function costNotes(cost: Cost | undefined, work: Workload): string[] {
  if (!cost) return [];
  return [
    !cost.tierPriced && `no ${work.tier} tier: standard prices`,
    !cost.writePriced &&
      (work.cacheLifetime === '1h' ? 'no 1-hour cache write listed' : 'no cache write listed'),
    !cost.batchPriced && 'no batch prices',
  ].filter((s): s is string => typeof s === 'string');
}
