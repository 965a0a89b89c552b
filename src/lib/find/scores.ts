/**
 * Benchmark scores in the finder: each model's headline score (its best reported one, under the
 * settings that reached it; never an average of settings) on every benchmark any model is scored
 * on, which benchmark a question is about, and the packed form `/find-data.json` carries them in.
 *
 * Packed, each benchmark's scores are sparse: the scored models as gaps between model indexes
 * (small numbers: a model is scored on a few benchmarks of dozens) and the scores as written. Whole
 * numbers (score × 10^d) were tried and were larger: one score with two decimals makes every score
 * of its benchmark two digits longer. The ranking reads one benchmark at a time, as a column by
 * model index, decoded the first time a question asks about it.
 */
import type { Catalog } from '../catalog/types.ts';
import { headline } from '../benchmarks/headline.ts';

/** A benchmark as the finder knows it, with the headline score of every model scored on it. */
export interface FindBenchmark {
  id: string;
  name: string;
  category: string;
  /** percent, rate, elo or points: how a score reads. */
  unit: string;
  min: number;
  max: number;
  higherIsBetter: boolean;
  /** [model index, headline score] for each model scored on it, in model order. */
  scores: [number, number][];
}

/** A benchmark without its scores: what an answer says it is about. */
export type BenchmarkInfo = Omit<FindBenchmark, 'scores'>;

/** The benchmark the score sorts fall back on when a question names none. */
export const DEFAULT_BENCHMARK = 'gpqa-diamond';

/**
 * Every benchmark at least one model is scored on, the most scored first (equal counts by name),
 * so a list of them reads best first and the first is the one most models can be compared on.
 */
export function findBenchmarks(catalog: Catalog): FindBenchmark[] {
  const list = catalog.benchmarks.map((b): FindBenchmark => ({
    id: b.id,
    name: b.name,
    category: b.category,
    unit: b.scale.unit,
    min: b.scale.min,
    max: b.scale.max,
    higherIsBetter: b.scale.higher_is_better,
    scores: [],
  }));
  const byId = new Map(list.map((b, i) => [b.id, i]));
  catalog.models.forEach((m, k) => {
    for (const id of new Set((m.scores ?? []).map((s) => s.benchmark))) {
      const record = catalog.benchmarkById.get(id);
      const best = record && headline(m.scores, record);
      const i = byId.get(id);
      if (best && i !== undefined) list[i]?.scores.push([k, best.score]);
    }
  });
  return list
    .filter((b) => b.scores.length > 0)
    .sort((a, b) => b.scores.length - a.scores.length || a.name.localeCompare(b.name));
}

/** The packed benchmark list: [id, name, category, unit, min, max, 1 when higher is better]. */
export type PackedBenchmark = [string, string, string, string, number, number, number];
/** A benchmark's scores packed: [gaps between the scored models' indexes, their scores]. */
export type PackedScores = [number[], number[]];

export function packBenchmarks(list: readonly FindBenchmark[]): {
  benchmarks: PackedBenchmark[];
  scores: PackedScores[];
} {
  return {
    benchmarks: list.map((b) => [
      b.id,
      b.name,
      b.category,
      b.unit,
      b.min,
      b.max,
      b.higherIsBetter ? 1 : 0,
    ]),
    scores: list.map((b) => {
      let last = -1;
      const gaps: number[] = [];
      for (const [k] of b.scores) {
        gaps.push(k - last);
        last = k;
      }
      return [gaps, b.scores.map(([, v]) => v)];
    }),
  };
}

/** A benchmark's headline scores as [model index, score] pairs: what `findBenchmarks` made. */
function pairsOf(scores: PackedScores | undefined): [number, number][] {
  if (!scores) return [];
  const [gaps, values] = scores;
  let k = -1;
  return gaps.map((gap, j) => [(k += gap), values[j] ?? Number.NaN]);
}

export function unpackBenchmarks(
  benchmarks: readonly PackedBenchmark[],
  scores: readonly PackedScores[],
): FindBenchmark[] {
  return benchmarks.map((b, i) => ({ ...benchmarkInfo(b), scores: pairsOf(scores[i]) }));
}

/** A packed benchmark as the answer names it. */
export function benchmarkInfo([
  id,
  name,
  category,
  unit,
  min,
  max,
  higher,
]: PackedBenchmark): BenchmarkInfo {
  return { id, name, category, unit, min, max, higherIsBetter: higher === 1 };
}

/**
 * What packed data holds of scores: the two lists `packBenchmarks` writes. The page fetches the
 * scores apart (see `withoutScores`), so until they arrive they are absent.
 */
export interface PackedScoreData {
  benchmarks: PackedBenchmark[];
  scores?: PackedScores[];
  models: { id: string[] };
}

/**
 * The packed data `/find-data.json` carries: all but the scores, which `/find-scores.json` carries
 * and the page fetches only for a question about a benchmark. At 1,000 synthetic models the scores
 * are 12 KB of 65 KB gzipped, more than the first answer's budget (60 KB) has room for, and the
 * first answer the page draws asks about none.
 */
export function withoutScores<T extends PackedScoreData>(packed: T): Omit<T, 'scores'> {
  const rest: Omit<T, 'scores'> & { scores?: unknown } = { ...packed };
  delete rest.scores;
  return rest;
}

const columns = new WeakMap<PackedScoreData, Float64Array[]>();

/**
 * Benchmark `i`'s headline scores by model index, NaN where the model has none: decoded once per
 * data set and benchmark, the first time a question asks about it.
 */
export function scoreColumn(packed: PackedScoreData, i: number): Float64Array {
  let cached = columns.get(packed);
  if (!cached) columns.set(packed, (cached = []));
  let column = cached[i];
  if (!column) {
    // Ranking by a benchmark before its scores arrived would leave every model out, silently.
    if (!packed.scores) throw new Error('The benchmark scores are not loaded.');
    column = new Float64Array(packed.models.id.length).fill(Number.NaN);
    for (const [k, v] of pairsOf(packed.scores[i])) column[k] = v;
    cached[i] = column;
  }
  return column;
}

/** Whether a sort ranks by a benchmark, and so needs one even when the question names none. */
export const needsBenchmark = (sort: string) => sort === 'score' || sort === 'value';

/**
 * The index (in `ids`, the data's benchmark ids) of the benchmark a question is about: the one it
 * names; else, when it sorts by score, GPQA Diamond (the most widely reported) or, in data without
 * it, the most scored benchmark; else -1, none. A benchmark the data does not have is ignored, as
 * the query ignores any value it does not know.
 */
export function chosenBenchmark(
  ids: readonly string[],
  query: { needs: { benchmark: string }; sort: string },
): number {
  const named = ids.indexOf(query.needs.benchmark);
  if (named >= 0) return named;
  if (!needsBenchmark(query.sort) || ids.length === 0) return -1;
  return Math.max(0, ids.indexOf(DEFAULT_BENCHMARK));
}
