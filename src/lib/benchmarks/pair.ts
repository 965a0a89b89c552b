/**
 * Two models' scores side by side: for each benchmark both are scored on, each one's headline
 * score and which is better (a tie is a tie), and the benchmarks only one of them is scored on.
 * Works on the scores alone, so the static comparison pages (from the catalog) and the picker's
 * script (from the JSON API) judge alike.
 */
import type { BenchmarkRecord } from '../../schemas/records.ts';
import type { Score } from '../../schemas/score.ts';
import { headline } from './headline.ts';

/**
 * What judging and showing need of a benchmark: the picker reads it from a small list on its page
 * rather than fetch the whole list.
 */
export type PairBenchmark = Pick<BenchmarkRecord, 'id' | 'name'> & {
  scale: Pick<BenchmarkRecord['scale'], 'unit' | 'higher_is_better'>;
};

export interface PairRow {
  benchmark: PairBenchmark;
  a: Score;
  b: Score;
  winner: 'a' | 'b' | 'tie';
}

export interface PairScores {
  /** Benchmarks both are scored on, in the order given. */
  both: PairRow[];
  onlyA: PairBenchmark[];
  onlyB: PairBenchmark[];
}

export function pairScores(
  benchmarks: readonly PairBenchmark[],
  scoresA: readonly Score[] | undefined,
  scoresB: readonly Score[] | undefined,
): PairScores {
  const result: PairScores = { both: [], onlyA: [], onlyB: [] };
  for (const benchmark of benchmarks) {
    const a = headline(scoresA, benchmark);
    const b = headline(scoresB, benchmark);
    if (a && b) {
      const higher = benchmark.scale.higher_is_better;
      const winner =
        a.score === b.score
          ? 'tie'
          : a.score > b.score === higher
            ? ('a' as const)
            : ('b' as const);
      result.both.push({ benchmark, a, b, winner });
    } else if (a) result.onlyA.push(benchmark);
    else if (b) result.onlyB.push(benchmark);
  }
  return result;
}
