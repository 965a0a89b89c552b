/**
 * Which models of an answer are on the frontier of a month's cost against the benchmark score: no
 * other model of the answer is both cheaper (or as cheap) and better (or as good), with one of the
 * two strictly. The frontier itself is `lib/benchmarks`', as the benchmark pages mark it; this
 * feeds it the answer's columns. Models without a score are never on it, nor are models whose month
 * costs nothing (a workload of no tokens): as on the benchmark pages, nothing free pushes a model
 * off it, and the chart's log scale has no place for them.
 */
import { frontier } from '../benchmarks/frontier.ts';

export function onFrontier(
  shown: readonly number[],
  cost: Float64Array,
  score: Float64Array,
  higher: boolean,
): { flags: Uint8Array; count: number } {
  const scored = shown.filter((k) => !Number.isNaN(score[k] ?? Number.NaN) && (cost[k] ?? 0) > 0);
  const points = scored.map((k) => ({ cost: cost[k] ?? 0, score: score[k] ?? 0 }));
  const flags = new Uint8Array(cost.length);
  const on = frontier(points, higher);
  for (const i of on) flags[scored[i] ?? -1] = 1;
  return { flags, count: on.length };
}
