/**
 * The finder's requirements as the packed columns say them: bit masks and lookups by index, and
 * whether one model (not an offer) meets them. Separate from the ranking so a requirement is
 * added in one place.
 */
import { modalityBits, type PackedFind } from './pack.ts';
import { kindAllowed, type FindQuery } from './query.ts';
import { scoreColumn } from './scores.ts';

export const CAPABILITIES = [
  ['tools', 'tool calling'],
  ['json', 'structured output'],
  ['reasoning', 'reasoning'],
] as const;

/** The query's requirements as the packed columns say them: bit masks and lookups by index. */
export interface Needs {
  input: number;
  output: number;
  /** Per capability (two bits each): the ones asked for. */
  caps: number;
  minOutput: number;
  open: boolean;
  /** Index in `strings` of "active", or -2 when any status will do (-1: nobody is active). */
  active: number;
  /** Index in `strings` of "retired" when retired models are left out, else -2. */
  retired: number;
  /** By maker index: leave out. */
  makerOut: Uint8Array;
  /** For a model whose maker is not in the list: left out when only some makers will do. */
  unknownMakerOut: number;
  /** By provider index: leave out. */
  providerOut: Uint8Array;
  minContext: number;
  /** The prompt and its answer: a provider's window must hold them. */
  fits: number;
  /** The benchmark's headline scores by model (NaN: none) when a score is required. */
  score: Float64Array | undefined;
  minScore: number;
  /** The benchmark's direction: false when the score must be at most `minScore`. */
  higher: boolean;
}

/** Whether a model's score meets the score asked for. */
export const SCORE_MET = 0;
/** The model has no score on the benchmark: like an unpublished capability, never a yes. */
export const NO_SCORE = 1;
export const BELOW_SCORE = 2;

/**
 * `benchmark` is the index of the benchmark the question is about (scores.ts `chosenBenchmark`),
 * -1 for none: a score asked for on a benchmark the data does not have asks nothing.
 */
export function needsOf(packed: PackedFind, query: FindQuery, benchmark = -1): Needs {
  const { needs, work } = query;
  const makerOut = new Uint8Array(packed.makers.length);
  packed.makers.forEach(([id], i) => {
    if ((needs.makers.length > 0 && !needs.makers.includes(id)) || needs.notMakers.includes(id))
      makerOut[i] = 1;
  });
  const providerOut = new Uint8Array(packed.providers.length);
  packed.providers.forEach(([, , kind], i) => {
    if (!kindAllowed(needs, kind)) providerOut[i] = 1;
  });
  return {
    // -1 for a modality the vocabulary does not have: no model reads or writes it.
    input: modalityBits(needs.input) ?? -1,
    output: modalityBits(needs.output) ?? -1,
    caps: CAPABILITIES.reduce((n, [key], c) => n | (needs[key] ? 3 << (2 * c) : 0), 0),
    minOutput: needs.minOutput,
    open: needs.openWeights,
    active: needs.activeOnly ? packed.strings.indexOf('active') : -2,
    retired: needs.withRetired ? -2 : packed.strings.indexOf('retired'),
    makerOut,
    unknownMakerOut: needs.makers.length > 0 ? 1 : 0,
    providerOut,
    minContext: needs.minContext,
    fits: work.inputTokens + work.outputTokens,
    // Only on the benchmark named: not on the default the score sorts fall back on.
    score:
      needs.minScore !== undefined && packed.benchmarks[benchmark]?.[0] === needs.benchmark
        ? scoreColumn(packed, benchmark)
        : undefined,
    minScore: needs.minScore ?? 0,
    higher: packed.benchmarks[benchmark]?.[6] !== 0,
  };
}

/** Whether model `k` reaches the score asked for: SCORE_MET, NO_SCORE or BELOW_SCORE. */
export function scoreMeets(needs: Needs, k: number): number {
  const { score } = needs;
  if (!score) return SCORE_MET;
  const s = score[k] ?? Number.NaN;
  if (s !== s) return NO_SCORE;
  return (needs.higher ? s >= needs.minScore : s <= needs.minScore) ? SCORE_MET : BELOW_SCORE;
}

/** Whether model `k` itself (not an offer) meets the requirements: 'yes', 'no' or 'unknown'. */
export function modelMeets(packed: PackedFind, k: number, needs: Needs): 'yes' | 'no' | 'unknown' {
  const m = packed.models;
  const input = m.input[k] ?? 0;
  const output = m.output[k] ?? 0;
  if (needs.input === -1 || (input & needs.input) !== needs.input) return 'no';
  if (needs.output === -1 || (output & needs.output) !== needs.output) return 'no';
  if (needs.open && m.open[k] !== 1) return 'no';
  if (needs.active !== -2 && m.status[k] !== needs.active) return 'no';
  if (needs.retired >= 0 && m.status[k] === needs.retired) return 'no';
  if ((needs.makerOut[m.maker[k] ?? -1] ?? needs.unknownMakerOut) !== 0) return 'no';
  const maxOutput = m.maxOutput[k] ?? 0;
  if (needs.minOutput > 0 && maxOutput > 0 && maxOutput < needs.minOutput) return 'no';
  let unknown = needs.minOutput > 0 && maxOutput === 0;
  // Two bits per capability asked about: 0 unpublished, 1 no, 2 yes.
  const caps = (m.caps[k] ?? 0) & needs.caps;
  for (let c = 0; c < CAPABILITIES.length; c++) {
    if (((needs.caps >> (2 * c)) & 3) === 0) continue;
    const v = (caps >> (2 * c)) & 3;
    if (v === 1) return 'no';
    if (v === 0) unknown = true;
  }
  return unknown ? 'unknown' : 'yes';
}
