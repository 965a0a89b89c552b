/**
 * The cost calculator's arithmetic, shared by the page (the static table for a typical workload)
 * and the browser script (the live table), so the two can never disagree.
 */
import type { Peak, Price } from '../../schemas/offer.ts';

/** When the requests run, for providers that bill by time of day. */
export const TIMINGS = ['spread', 'off-peak', 'peak'] as const;
export type Timing = (typeof TIMINGS)[number];
/** Where they run, for providers that charge more to keep requests in one region. */
export const PLACES = ['global', 'in-region'] as const;
export type Place = (typeof PLACES)[number];

export interface Workload {
  /** Prompt tokens per request. */
  inputTokens: number;
  /** Generated tokens per request. */
  outputTokens: number;
  /** Share of the prompt read from the provider's cache, 0 to 1. */
  cachedShare: number;
  requestsPerDay: number;
  /** Spread over the day and week, all off-peak, or all in peak hours. */
  timing: Timing;
  /** Routed anywhere, or kept in one region or geography. */
  place: Place;
  /** Share of requests sent through the batch API, 0 to 1. */
  batchShare: number;
}

/** What the page shows before anyone types: a chat-sized request, a thousand times a day. */
export const TYPICAL_WORKLOAD: Workload = {
  inputTokens: 2_000,
  outputTokens: 500,
  cachedShare: 0,
  requestsPerDay: 1_000,
  timing: 'spread',
  place: 'global',
  batchShare: 0,
};

/** Providers bill by the calendar month; 30 days keeps the figure comparable between months. */
export const DAYS_PER_MONTH = 30;

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
}

type Rates = Pick<
  Price,
  | 'input'
  | 'output'
  | 'cached_input'
  | 'batch_input'
  | 'batch_output'
  | 'long_context'
  | 'peak'
  | 'regional'
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

/** The flat rates one request is billed at, before the prompt's length is looked at. */
function flatRates(price: Rates, peak: boolean, regional: boolean, batch: boolean): Flat {
  if (batch) {
    // Batch prices are their own list; a batch request is not billed by hour or region.
    return {
      input: price.batch_input ?? price.input,
      output: price.batch_output ?? price.output,
      cached_input: price.cached_input,
    };
  }
  const layer = peak ? price.peak : regional ? price.regional : undefined;
  return {
    input: layer?.input ?? price.input,
    output: layer?.output ?? price.output,
    cached_input: layer?.cached_input ?? price.cached_input,
  };
}

const ZERO: CostParts = { input: 0, cached: 0, output: 0, batch: 0 };
const OFF_PEAK = { peak: false, batch: false } as const;
const AT_PEAK = { peak: true, batch: false } as const;
const IN_BATCH = { peak: false, batch: true } as const;

/**
 * The cost of one workload at one offer's prices, or undefined when a price the workload needs is
 * unknown (output tokens with no output price, say): a guess would rank the provider wrongly.
 * Cached tokens are charged at the cached price, or at the input price where none is published.
 * Requests are mixed as the workload says: the batch share at batch prices (the usual ones where
 * the offer has none), the rest by peak share and region.
 */
export function costOf(price: Rates, work: Workload): Cost | undefined {
  const long = price.long_context;
  const useLong = long !== undefined && work.inputTokens > long.threshold;
  // In-region prices apply only where the offer has them; elsewhere every request is global.
  const regional = work.place === 'in-region' && price.regional !== undefined;
  const peakShare = peakShareFor(price, work.timing);
  const batchShare = work.batchShare;

  const requestCost = (at: { peak: boolean; batch: boolean }): CostParts | undefined => {
    const flat = flatRates(price, at.peak, regional, at.batch);
    // Long prompts are billed at the long-context prices whatever else applies.
    const input = (useLong ? long.input : undefined) ?? flat.input;
    const output = (useLong ? long.output : undefined) ?? flat.output;
    const cachedRate = (useLong ? long.cached_input : undefined) ?? flat.cached_input ?? input;
    const cachedTokens = work.inputTokens * work.cachedShare;
    const freshTokens = work.inputTokens - cachedTokens;
    if ((freshTokens > 0 || cachedTokens > 0) && input == null) return undefined;
    if (work.outputTokens > 0 && output == null) return undefined;
    return {
      input: (freshTokens * (input ?? 0)) / 1_000_000,
      cached: (cachedTokens * (cachedRate ?? 0)) / 1_000_000,
      output: (work.outputTokens * (output ?? 0)) / 1_000_000,
      batch: 0,
    };
  };

  const live = 1 - batchShare;
  const offPeak = live > 0 && peakShare < 1 ? requestCost(OFF_PEAK) : ZERO;
  const atPeak = live > 0 && peakShare > 0 ? requestCost(AT_PEAK) : ZERO;
  const batch = batchShare > 0 ? requestCost(IN_BATCH) : ZERO;
  if (offPeak === undefined || atPeak === undefined || batch === undefined) return undefined;
  const mix = (key: 'input' | 'cached' | 'output') =>
    live * (offPeak[key] * (1 - peakShare) + atPeak[key] * peakShare);
  const parts: CostParts = {
    input: mix('input'),
    cached: mix('cached'),
    output: mix('output'),
    batch: batchShare * (batch.input + batch.cached + batch.output),
  };
  const perRequest = parts.input + parts.cached + parts.output + parts.batch;
  return {
    perRequest,
    perMonth: perRequest * work.requestsPerDay * DAYS_PER_MONTH,
    parts,
    longContext: useLong,
    peakShare,
    regional,
    batchPriced: batchShare === 0 || price.batch_input != null || price.batch_output != null,
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
  if (price.peak || (price.regional && work.place === 'in-region'))
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

type Amount = 'inputTokens' | 'outputTokens' | 'cachedShare' | 'requestsPerDay' | 'batchShare';

/** Bounds that keep a hand-edited URL from producing nonsense. */
const LIMITS = {
  inputTokens: [0, 10_000_000],
  outputTokens: [0, 1_000_000],
  cachedShare: [0, 1],
  requestsPerDay: [0, 100_000_000],
  batchShare: [0, 1],
} as const satisfies Record<Amount, readonly [number, number]>;

/** URL parameter names, short so a shared link stays readable. */
export const PARAMS = {
  inputTokens: 'in',
  outputTokens: 'out',
  cachedShare: 'cached',
  requestsPerDay: 'rpd',
  timing: 'when',
  place: 'where',
  batchShare: 'batch',
} as const satisfies Record<keyof Workload, string>;

const oneOfOr = <T extends string>(list: readonly T[], raw: string | null, fallback: T): T =>
  list.find((v) => v === raw) ?? fallback;

/**
 * A workload from a URL's query. Missing or malformed values fall back to the typical workload;
 * out-of-range ones are clamped. `cached` is a percentage in the URL (`cached=50`).
 */
export function workloadFromQuery(query: URLSearchParams, fallback = TYPICAL_WORKLOAD): Workload {
  const read = (key: Amount, scale = 1): number => {
    const raw = query.get(PARAMS[key]);
    const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw) / scale;
    if (!Number.isFinite(value)) return fallback[key];
    const [min, max] = LIMITS[key];
    return Math.min(max, Math.max(min, value));
  };
  return {
    inputTokens: Math.round(read('inputTokens')),
    outputTokens: Math.round(read('outputTokens')),
    cachedShare: read('cachedShare', 100),
    requestsPerDay: Math.round(read('requestsPerDay')),
    timing: oneOfOr(TIMINGS, query.get(PARAMS.timing), fallback.timing),
    place: oneOfOr(PLACES, query.get(PARAMS.place), fallback.place),
    batchShare: read('batchShare', 100),
  };
}

/** The query that reproduces a workload; values equal to the typical one are left out. */
export function workloadToQuery(work: Workload): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Workload)[]) {
    if (work[key] === TYPICAL_WORKLOAD[key]) continue;
    const value =
      key === 'cachedShare' || key === 'batchShare' ? Math.round(work[key] * 1000) / 10 : work[key];
    query.set(PARAMS[key], String(value));
  }
  return query;
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
 * rate-limited tiers come last, as the price table lists them, however little they cost.
 */
export function rankCosts(offers: readonly PricedOffer[], work: Workload) {
  return offers
    .map((o) => ({ name: o.name, cost: costOf(o.price, work), free: isFreeTier(o.price) }))
    .sort(
      (a, b) =>
        Number(a.free) - Number(b.free) ||
        (a.cost?.perRequest ?? Number.POSITIVE_INFINITY) -
          (b.cost?.perRequest ?? Number.POSITIVE_INFINITY) ||
        a.name.localeCompare(b.name),
    );
}

const n = (v: number) => v.toLocaleString('en-US');

/** What a workload says besides its amounts: the cached share, and the batch, hours and region. */
function conditions(work: Workload): { cached: string; rest: string } {
  const cached =
    work.cachedShare > 0 ? ` (${Math.round(work.cachedShare * 1000) / 10}% cached)` : '';
  const when =
    work.timing === 'spread'
      ? ''
      : work.timing === 'peak'
        ? ', all in peak hours'
        : ', all off-peak';
  const where = work.place === 'in-region' ? ', kept in one region where that costs more' : '';
  const batch =
    work.batchShare > 0 ? `, ${Math.round(work.batchShare * 1000) / 10}% through batch` : '';
  return { cached, rest: `${batch}${when}${where}` };
}

/** The calculator table's caption: what workload the costs are for. */
export function describeWorkload(work: Workload): string {
  const { cached, rest } = conditions(work);
  return `Cost of ${n(work.inputTokens)} input${cached} and ${n(work.outputTokens)} output tokens per request, ${n(work.requestsPerDay)} requests a day${rest}, cheapest first`;
}

/** The same for a workload given as a month's totals, split into prompts of `work.inputTokens`. */
export function describeMonth(month: { input: number; output: number }, work: Workload): string {
  const { cached, rest } = conditions(work);
  return `Cost of ${n(month.input)} input${cached} and ${n(month.output)} output tokens a month, in prompts of ${n(work.inputTokens)} tokens (about ${n(Math.round(work.requestsPerDay))} requests a day)${rest}`;
}
