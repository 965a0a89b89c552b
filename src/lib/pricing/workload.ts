/**
 * A workload: what the calculator and the finder price. Its amounts per request and per day, the
 * conditions a provider may bill by (time of day, region, batch, service tier, cache writes) and
 * the billable extras (web searches, audio minutes, generated images); read from and written to
 * the URL, so a link reproduces it, and described in words for the tables' captions.
 */

/** When the requests run, for providers that bill by time of day. */
export const TIMINGS = ['spread', 'off-peak', 'peak'] as const;
export type Timing = (typeof TIMINGS)[number];
/** Where they run, for providers that charge more to keep requests in one region. */
export const PLACES = ['global', 'in-region'] as const;
export type Place = (typeof PLACES)[number];
/** The service tier asked for: the standard one, or a provider's priority or flex tier. */
export const SERVICE_TIERS = ['standard', 'priority', 'flex'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];
/** How long a prompt written to the cache is kept for reuse: five minutes, or one hour. */
export const CACHE_LIFETIMES = ['5m', '1h'] as const;
export type CacheLifetime = (typeof CACHE_LIFETIMES)[number];

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
  /** The service tier of the requests not sent through batch. */
  tier: ServiceTier;
  /**
   * Share of the prompt written to the cache on each request, 0 to 1: billed at the cache-write
   * price instead of the input price. With `cachedShare` at most 1.
   */
  cacheWriteShare: number;
  /** How long the written prompt is kept: the 5-minute write, or the 1-hour one. */
  cacheLifetime: CacheLifetime;
  /** Web searches the model runs per request. */
  searchesPerRequest: number;
  /** Minutes of audio read per request, where a provider bills audio by the minute. */
  audioInMinutes: number;
  /** Minutes of audio made per request. */
  audioOutMinutes: number;
  /** Images made per request, where a provider bills them by the image. */
  imagesPerRequest: number;
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
  tier: 'standard',
  cacheWriteShare: 0,
  cacheLifetime: '5m',
  searchesPerRequest: 0,
  audioInMinutes: 0,
  audioOutMinutes: 0,
  imagesPerRequest: 0,
};

/** Providers bill by the calendar month; 30 days keeps the figure comparable between months. */
export const DAYS_PER_MONTH = 30;

/** True when the workload asks for something beyond plain, standard-tier tokens. */
export const usesExtras = (work: Workload) =>
  work.tier !== 'standard' ||
  work.cacheWriteShare > 0 ||
  work.searchesPerRequest > 0 ||
  work.audioInMinutes > 0 ||
  work.audioOutMinutes > 0 ||
  work.imagesPerRequest > 0;

type Amount =
  | 'inputTokens'
  | 'outputTokens'
  | 'cachedShare'
  | 'requestsPerDay'
  | 'batchShare'
  | 'cacheWriteShare'
  | 'searchesPerRequest'
  | 'audioInMinutes'
  | 'audioOutMinutes'
  | 'imagesPerRequest';

/** Bounds that keep a hand-edited URL from producing nonsense. */
const LIMITS = {
  inputTokens: [0, 10_000_000],
  outputTokens: [0, 1_000_000],
  cachedShare: [0, 1],
  requestsPerDay: [0, 100_000_000],
  batchShare: [0, 1],
  cacheWriteShare: [0, 1],
  searchesPerRequest: [0, 1_000],
  audioInMinutes: [0, 10_000],
  audioOutMinutes: [0, 10_000],
  imagesPerRequest: [0, 1_000],
} as const satisfies Record<Amount, readonly [number, number]>;

/** Shares are percentages in the URL and the form (`cached=50`). */
const PERCENT: readonly Amount[] = ['cachedShare', 'batchShare', 'cacheWriteShare'];

/** URL parameter names, short so a shared link stays readable. */
export const PARAMS = {
  inputTokens: 'in',
  outputTokens: 'out',
  cachedShare: 'cached',
  requestsPerDay: 'rpd',
  timing: 'when',
  place: 'where',
  batchShare: 'batch',
  tier: 'service',
  cacheWriteShare: 'write',
  cacheLifetime: 'life',
  searchesPerRequest: 'search',
  audioInMinutes: 'ain',
  audioOutMinutes: 'aout',
  imagesPerRequest: 'img',
} as const satisfies Record<keyof Workload, string>;

const oneOfOr = <T extends string>(list: readonly T[], raw: string | null, fallback: T): T =>
  list.find((v) => v === raw) ?? fallback;

/**
 * A workload from a URL's query. Missing or malformed values fall back to the typical workload;
 * out-of-range ones are clamped, and a cache-write share to what the cached share leaves.
 */
export function workloadFromQuery(query: URLSearchParams, fallback = TYPICAL_WORKLOAD): Workload {
  const read = (key: Amount): number => {
    const raw = query.get(PARAMS[key]);
    const scale = PERCENT.includes(key) ? 100 : 1;
    const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw) / scale;
    if (!Number.isFinite(value)) return fallback[key];
    const [min, max] = LIMITS[key];
    return Math.min(max, Math.max(min, value));
  };
  const cachedShare = read('cachedShare');
  return {
    inputTokens: Math.round(read('inputTokens')),
    outputTokens: Math.round(read('outputTokens')),
    cachedShare,
    requestsPerDay: Math.round(read('requestsPerDay')),
    timing: oneOfOr(TIMINGS, query.get(PARAMS.timing), fallback.timing),
    place: oneOfOr(PLACES, query.get(PARAMS.place), fallback.place),
    batchShare: read('batchShare'),
    tier: oneOfOr(SERVICE_TIERS, query.get(PARAMS.tier), fallback.tier),
    cacheWriteShare: Math.min(read('cacheWriteShare'), 1 - cachedShare),
    cacheLifetime: oneOfOr(
      CACHE_LIFETIMES,
      query.get(PARAMS.cacheLifetime),
      fallback.cacheLifetime,
    ),
    searchesPerRequest: read('searchesPerRequest'),
    audioInMinutes: read('audioInMinutes'),
    audioOutMinutes: read('audioOutMinutes'),
    imagesPerRequest: Math.round(read('imagesPerRequest')),
  };
}

/** The query that reproduces a workload; values equal to the typical one are left out. */
export function workloadToQuery(work: Workload): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Workload)[]) {
    if (work[key] === TYPICAL_WORKLOAD[key]) continue;
    const value = PERCENT.includes(key as Amount)
      ? Math.round((work[key] as number) * 1000) / 10
      : work[key];
    query.set(PARAMS[key], String(value));
  }
  return query;
}

const n = (v: number) => v.toLocaleString('en-US');
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** What a workload says besides its amounts: the cached share, and every condition and extra. */
function conditions(work: Workload): { cached: string; rest: string } {
  const cached = work.cachedShare > 0 ? ` (${pct(work.cachedShare)} cached)` : '';
  const when =
    work.timing === 'spread'
      ? ''
      : work.timing === 'peak'
        ? ', all in peak hours'
        : ', all off-peak';
  const where = work.place === 'in-region' ? ', kept in one region where that costs more' : '';
  const batch = work.batchShare > 0 ? `, ${pct(work.batchShare)} through batch` : '';
  const tier = work.tier === 'standard' ? '' : `, in the ${work.tier} tier where sold`;
  const write =
    work.cacheWriteShare > 0
      ? `, ${pct(work.cacheWriteShare)} of the prompt written to the cache for ${work.cacheLifetime === '1h' ? 'an hour' : '5 minutes'}`
      : '';
  const extras = [
    work.searchesPerRequest > 0 && `${n(work.searchesPerRequest)} web searches`,
    work.audioInMinutes > 0 && `${n(work.audioInMinutes)} audio minutes read`,
    work.audioOutMinutes > 0 && `${n(work.audioOutMinutes)} audio minutes made`,
    work.imagesPerRequest > 0 && `${n(work.imagesPerRequest)} images made`,
  ].filter(Boolean);
  const each = extras.length > 0 ? `, with ${extras.join(', ')} per request` : '';
  return { cached, rest: `${batch}${tier}${write}${each}${when}${where}` };
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
