/**
 * The cost calculator's arithmetic, shared by the page (the static table for a typical workload)
 * and the browser script (the live table), so the two can never disagree.
 */
import type { Peak, Price } from '../schemas/offer.ts';

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
}

/** What the page shows before anyone types: a chat-sized request, a thousand times a day. */
export const TYPICAL_WORKLOAD: Workload = {
  inputTokens: 2_000,
  outputTokens: 500,
  cachedShare: 0,
  requestsPerDay: 1_000,
  timing: 'spread',
  place: 'global',
};

/** Providers bill by the calendar month; 30 days keeps the figure comparable between months. */
export const DAYS_PER_MONTH = 30;

export interface Cost {
  perRequest: number;
  perMonth: number;
  /** True when the prompt is past the long-context threshold and those prices were used. */
  longContext: boolean;
  /** The share of requests billed at peak prices: 0 without peak prices. */
  peakShare: number;
  /** True when in-region prices were used. */
  regional: boolean;
}

type Rates = Pick<
  Price,
  'input' | 'output' | 'cached_input' | 'long_context' | 'peak' | 'regional'
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

/** The flat rates one request is billed at, before the prompt's length is looked at. */
function flatRates(price: Rates, at: { peak: boolean; regional: boolean }) {
  const layer = at.peak ? price.peak : at.regional ? price.regional : undefined;
  return {
    input: layer?.input ?? price.input,
    output: layer?.output ?? price.output,
    cached_input: layer?.cached_input ?? price.cached_input,
  };
}

/**
 * The cost of one workload at one offer's prices, or undefined when a price the workload needs is
 * unknown (output tokens with no output price, say): a guess would rank the provider wrongly.
 * Cached tokens are charged at the cached price, or at the input price where none is published.
 */
export function costOf(price: Rates, work: Workload): Cost | undefined {
  const long = price.long_context;
  const useLong = long !== undefined && work.inputTokens > long.threshold;
  // In-region prices apply only where the offer has them; elsewhere every request is global.
  const regional = work.place === 'in-region' && price.regional !== undefined;
  const peakShare = peakShareFor(price, work.timing);

  const requestCost = (atPeak: boolean): number | undefined => {
    const flat = flatRates(price, { peak: atPeak, regional });
    const input = (useLong ? long.input : undefined) ?? flat.input;
    const output = (useLong ? long.output : undefined) ?? flat.output;
    const cachedRate = (useLong ? long.cached_input : undefined) ?? flat.cached_input ?? input;
    const cachedTokens = work.inputTokens * work.cachedShare;
    const freshTokens = work.inputTokens - cachedTokens;
    if ((freshTokens > 0 || cachedTokens > 0) && input == null) return undefined;
    if (work.outputTokens > 0 && output == null) return undefined;
    return (
      (freshTokens * (input ?? 0) +
        cachedTokens * (cachedRate ?? 0) +
        work.outputTokens * (output ?? 0)) /
      1_000_000
    );
  };

  const offPeak = peakShare < 1 ? requestCost(false) : 0;
  const atPeak = peakShare > 0 ? requestCost(true) : 0;
  if (offPeak === undefined || atPeak === undefined) return undefined;
  const perRequest = offPeak * (1 - peakShare) + atPeak * peakShare;
  return {
    perRequest,
    perMonth: perRequest * work.requestsPerDay * DAYS_PER_MONTH,
    longContext: useLong,
    peakShare,
    regional,
  };
}

type Amount = 'inputTokens' | 'outputTokens' | 'cachedShare' | 'requestsPerDay';

/** Bounds that keep a hand-edited URL from producing nonsense. */
const LIMITS = {
  inputTokens: [0, 10_000_000],
  outputTokens: [0, 1_000_000],
  cachedShare: [0, 1],
  requestsPerDay: [0, 100_000_000],
} as const satisfies Record<Amount, readonly [number, number]>;

/** URL parameter names, short so a shared link stays readable. */
export const PARAMS = {
  inputTokens: 'in',
  outputTokens: 'out',
  cachedShare: 'cached',
  requestsPerDay: 'rpd',
  timing: 'when',
  place: 'where',
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
  };
}

/** The query that reproduces a workload; values equal to the typical one are left out. */
export function workloadToQuery(work: Workload): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Workload)[]) {
    if (work[key] === TYPICAL_WORKLOAD[key]) continue;
    const value = key === 'cachedShare' ? Math.round(work[key] * 1000) / 10 : work[key];
    query.set(PARAMS[key], String(value));
  }
  return query;
}

export interface PricedOffer {
  name: string;
  price: Rates;
}

/** Every offer's cost for one workload, cheapest first; an offer with no cost goes last. */
export function rankCosts(offers: readonly PricedOffer[], work: Workload) {
  return offers
    .map((o) => ({ name: o.name, cost: costOf(o.price, work) }))
    .sort(
      (a, b) =>
        (a.cost?.perRequest ?? Number.POSITIVE_INFINITY) -
          (b.cost?.perRequest ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name),
    );
}

/** The calculator table's caption: what workload the costs are for. */
export function describeWorkload(work: Workload): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const cached =
    work.cachedShare > 0 ? ` (${Math.round(work.cachedShare * 1000) / 10}% cached)` : '';
  const when =
    work.timing === 'spread'
      ? ''
      : work.timing === 'peak'
        ? ', all in peak hours'
        : ', all off-peak';
  const where = work.place === 'in-region' ? ', kept in one region where that costs more' : '';
  return `Cost of ${n(work.inputTokens)} input${cached} and ${n(work.outputTokens)} output tokens per request, ${n(work.requestsPerDay)} requests a day${when}${where}, cheapest first`;
}
