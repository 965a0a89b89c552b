/**
 * A finder question: the workload (the calculator's, so a model page can hand its own over) and
 * the requirements, read from and written to the URL so a link reproduces the answer.
 */
import { isReseller } from '../catalog/sellers.ts';
import {
  DAYS_PER_MONTH,
  PARAMS as WORK_PARAMS,
  TYPICAL_WORKLOAD,
  workloadFromQuery,
  workloadToQuery,
  type Workload,
} from '../pricing/workload.ts';

/** `score` and `value` rank by the benchmark asked about (scores.ts says which when none is). */
export const SORTS = ['cost', 'context', 'speed', 'newest', 'score', 'value'] as const;
export type Sort = (typeof SORTS)[number];

export interface Requirements {
  /** Every one of these must be among the model's input modalities. */
  input: string[];
  output: string[];
  tools: boolean;
  json: boolean;
  reasoning: boolean;
  /** Context window at the provider, tokens; 0 for any. */
  minContext: number;
  /** The model's published output limit, tokens; 0 for any. */
  minOutput: number;
  openWeights: boolean;
  /** Generally available only: no preview, deprecated or retired model. */
  activeOnly: boolean;
  /** Retired models ranked too: left out unless asked for, as nobody can buy them. */
  withRetired: boolean;
  /** Makers to include (ids); empty for all. */
  makers: string[];
  /** Makers to leave out. */
  notMakers: string[];
  /** Provider kinds to include; empty for all. */
  kinds: string[];
  /** Resellers left out: no aggregator's offer, whichever kinds are chosen. */
  direct: boolean;
  /** Most the workload may cost a month, USD; undefined for no limit. */
  budget: number | undefined;
  /** The benchmark asked about (an id), or '' for none. */
  benchmark: string;
  /**
   * The headline score the model must reach on it: at least this, or at most for a benchmark where
   * lower is better; undefined for no requirement. A model with no score never reaches it.
   */
  minScore: number | undefined;
}

/** A workload given as the month's totals rather than per request and per day. */
export interface MonthTotals {
  /** Input tokens a month, all requests together. */
  input: number;
  output: number;
}

export interface FindQuery {
  /**
   * Per request and per day. When the question came as month totals, `requestsPerDay` and
   * `outputTokens` are derived from them and `inputTokens` (the prompt length) stays as asked.
   */
  work: Workload;
  /** Present when the workload was given as the month's totals. */
  month?: MonthTotals;
  needs: Requirements;
  sort: Sort;
}

export const ANY: Requirements = {
  input: [],
  output: [],
  tools: false,
  json: false,
  reasoning: false,
  minContext: 0,
  minOutput: 0,
  openWeights: false,
  activeOnly: false,
  withRetired: false,
  makers: [],
  notMakers: [],
  kinds: [],
  direct: false,
  budget: undefined,
  benchmark: '',
  minScore: undefined,
};

/** URL parameter names, beside the calculator's (in, out, cached, rpd, batch, when, where). */
export const NEED_PARAMS = {
  input: 'reads',
  output: 'writes',
  tools: 'tools',
  json: 'json',
  reasoning: 'reasoning',
  minContext: 'ctx',
  minOutput: 'maxout',
  openWeights: 'open',
  activeOnly: 'ga',
  withRetired: 'retired',
  makers: 'maker',
  notMakers: 'notmaker',
  kinds: 'kind',
  direct: 'direct',
  budget: 'budget',
  benchmark: 'bench',
  minScore: 'atleast',
  sort: 'sort',
  /** `per=month`: the amounts are the month's totals, in `monthin` and `monthout`. */
  per: 'per',
  monthInput: 'monthin',
  monthOutput: 'monthout',
} as const;

/** The most a month's totals may say, tokens: a hand-edited link cannot ask for nonsense. */
const MONTH_LIMIT = 1e13;

/**
 * A month's totals as the calculator's workload: requests of `prompt` input tokens, as many a month
 * as the input total makes, each with its share of the output total. Not rounded, so a month of it
 * costs exactly the totals at each price.
 */
export function perRequest(month: MonthTotals, work: Workload): Workload {
  const requestsPerMonth = month.input / work.inputTokens;
  return {
    ...work,
    requestsPerDay: requestsPerMonth / DAYS_PER_MONTH,
    outputTokens: month.output / requestsPerMonth,
  };
}

const FLAGS = [
  'tools',
  'json',
  'reasoning',
  'openWeights',
  'activeOnly',
  'withRetired',
  'direct',
] as const;

/** Whether the question lets a provider of this kind answer: the kinds chosen, resellers or not. */
export const kindAllowed = (needs: Pick<Requirements, 'kinds' | 'direct'>, kind: string) =>
  (needs.kinds.length === 0 || needs.kinds.includes(kind)) &&
  !(needs.direct && isReseller({ kind }));
const LISTS = ['input', 'output', 'makers', 'notMakers', 'kinds'] as const;

const count = (raw: string | null, max: number): number => {
  const n = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? Math.min(max, Math.max(0, Math.round(n))) : 0;
};

export function queryFromParams(params: URLSearchParams): FindQuery {
  const needs: Requirements = { ...ANY };
  for (const key of LISTS) {
    needs[key] = [...new Set(params.getAll(NEED_PARAMS[key]).filter((v) => /^[\w.-]+$/.test(v)))];
  }
  for (const key of FLAGS) needs[key] = params.get(NEED_PARAMS[key]) === '1';
  needs.minContext = count(params.get(NEED_PARAMS.minContext), 100_000_000);
  needs.minOutput = count(params.get(NEED_PARAMS.minOutput), 100_000_000);
  const budget = Number(params.get(NEED_PARAMS.budget));
  needs.budget = params.get(NEED_PARAMS.budget) && budget > 0 ? budget : undefined;
  const benchmark = params.get(NEED_PARAMS.benchmark) ?? '';
  needs.benchmark = /^[\w.-]+$/.test(benchmark) ? benchmark : '';
  // A score means nothing without the benchmark it is on.
  const minScore = params.get(NEED_PARAMS.minScore)?.trim() ?? '';
  needs.minScore =
    needs.benchmark !== '' && minScore !== '' && Number.isFinite(Number(minScore))
      ? Number(minScore)
      : undefined;
  const sort = SORTS.find((s) => s === params.get(NEED_PARAMS.sort)) ?? 'cost';
  const work = workloadFromQuery(params);
  if (params.get(NEED_PARAMS.per) === 'month') {
    const month = {
      input: count(params.get(NEED_PARAMS.monthInput), MONTH_LIMIT),
      output: count(params.get(NEED_PARAMS.monthOutput), MONTH_LIMIT),
    };
    // Totals need a prompt length to split into requests, and some input to split.
    if (month.input > 0 && work.inputTokens > 0)
      return { work: perRequest(month, work), month, needs, sort };
  }
  return { work, needs, sort };
}

/** The query that reproduces a question; defaults are left out, so a link stays short. */
export function queryToParams(query: FindQuery): URLSearchParams {
  const params = workloadToQuery(query.work);
  const { needs } = query;
  for (const key of LISTS) for (const v of needs[key]) params.append(NEED_PARAMS[key], v);
  for (const key of FLAGS) if (needs[key]) params.set(NEED_PARAMS[key], '1');
  if (needs.minContext > 0) params.set(NEED_PARAMS.minContext, String(needs.minContext));
  if (needs.minOutput > 0) params.set(NEED_PARAMS.minOutput, String(needs.minOutput));
  if (needs.budget !== undefined) params.set(NEED_PARAMS.budget, String(needs.budget));
  if (needs.benchmark !== '') params.set(NEED_PARAMS.benchmark, needs.benchmark);
  if (needs.minScore !== undefined) params.set(NEED_PARAMS.minScore, String(needs.minScore));
  if (query.sort !== 'cost') params.set(NEED_PARAMS.sort, query.sort);
  if (query.month) {
    // The totals, not what they were turned into: the link says what was asked.
    params.delete(WORK_PARAMS.outputTokens);
    params.delete(WORK_PARAMS.requestsPerDay);
    params.set(WORK_PARAMS.inputTokens, String(query.work.inputTokens));
    params.set(NEED_PARAMS.per, 'month');
    params.set(NEED_PARAMS.monthInput, String(query.month.input));
    params.set(NEED_PARAMS.monthOutput, String(query.month.output));
  }
  return params;
}

/**
 * A model page's calculator state as the finder's query: the same workload, every model. The
 * amounts are written out even where they are the calculator's defaults, since the finder opens
 * on a workload of its own.
 */
export function handOver(work: Workload): URLSearchParams {
  const params = workloadToQuery(work);
  params.set(WORK_PARAMS.inputTokens, String(work.inputTokens));
  params.set(WORK_PARAMS.outputTokens, String(work.outputTokens));
  params.set(WORK_PARAMS.requestsPerDay, String(work.requestsPerDay));
  params.set(WORK_PARAMS.cachedShare, String(Math.round(work.cachedShare * 1000) / 10));
  return params;
}

/** The form fields' values for a question, by field name: what a shared link fills in. */
export function formValues(query: FindQuery): URLSearchParams {
  const values = queryToParams(query);
  const w = query.work;
  values.set(WORK_PARAMS.inputTokens, String(w.inputTokens));
  values.set(WORK_PARAMS.outputTokens, String(w.outputTokens));
  values.set(WORK_PARAMS.requestsPerDay, String(w.requestsPerDay));
  values.set(WORK_PARAMS.cachedShare, String(Math.round(w.cachedShare * 1000) / 10));
  values.set(WORK_PARAMS.batchShare, String(Math.round(w.batchShare * 1000) / 10));
  values.set(WORK_PARAMS.tier, w.tier);
  values.set(WORK_PARAMS.cacheWriteShare, String(Math.round(w.cacheWriteShare * 1000) / 10));
  values.set(WORK_PARAMS.cacheLifetime, w.cacheLifetime);
  values.set(WORK_PARAMS.searchesPerRequest, String(w.searchesPerRequest));
  values.set(WORK_PARAMS.audioInMinutes, String(w.audioInMinutes));
  values.set(WORK_PARAMS.audioOutMinutes, String(w.audioOutMinutes));
  values.set(WORK_PARAMS.imagesPerRequest, String(w.imagesPerRequest));
  if (query.month) {
    // The per-request fields show what the totals come to, rounded as the fields take them.
    values.set(WORK_PARAMS.outputTokens, String(Math.round(w.outputTokens)));
    values.set(WORK_PARAMS.requestsPerDay, String(Math.round(w.requestsPerDay)));
  } else values.set(NEED_PARAMS.per, 'request');
  return values;
}

export { TYPICAL_WORKLOAD, WORK_PARAMS };
