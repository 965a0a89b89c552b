/**
 * A model's headline score on a benchmark: the best it is reported to reach, under whatever
 * settings reached it. The settings travel with it, so a page that shows the number shows how it
 * was got; the other settings stay listed beside it, never averaged in.
 */
import type { BenchmarkRecord } from '../../schemas/records.ts';
import type { Score } from '../../schemas/score.ts';

/**
 * What ordering scores needs of a benchmark: its id and which way is better. The comparison
 * picker's script has only this much of each benchmark.
 */
export type Judged = Pick<BenchmarkRecord, 'id'> & {
  scale: Pick<BenchmarkRecord['scale'], 'higher_is_better'>;
};

/** Negative when `a` is the better score on this benchmark. */
export function byBetter(benchmark: Pick<Judged, 'scale'>) {
  const sign = benchmark.scale.higher_is_better ? -1 : 1;
  return (a: number, b: number) => sign * (a - b);
}

/** Whether `a` is at least as good as `b` on this benchmark. */
export function atLeast(benchmark: Pick<Judged, 'scale'>, a: number, b: number): boolean {
  return benchmark.scale.higher_is_better ? a >= b : a <= b;
}

/** The model's scores on one benchmark, best first (the maker's own first among equals). */
export function scoresOn(scores: readonly Score[] | undefined, benchmark: Judged): Score[] {
  const better = byBetter(benchmark);
  return (scores ?? [])
    .filter((s) => s.benchmark === benchmark.id)
    .sort(
      (a, b) =>
        better(a.score, b.score) ||
        Number(a.measured_by !== 'maker') - Number(b.measured_by !== 'maker'),
    );
}

/** The best score the model is reported to reach on the benchmark, or undefined when unscored. */
export function headline(
  scores: readonly Score[] | undefined,
  benchmark: Judged,
): Score | undefined {
  return scoresOn(scores, benchmark)[0];
}
