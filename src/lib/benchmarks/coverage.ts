/**
 * How widely each benchmark is scored: the overview's score column offers only benchmarks scored
 * for many models, since a column that is mostly "—" ranks nothing.
 */
import type { Catalog } from '../catalog/types.ts';
import type { BenchmarkRecord, EvaluatorRecord } from '../../schemas/records.ts';
import { boardOf } from './board.ts';
import { evaluatorsOf } from './credits.ts';

export interface Coverage {
  benchmark: BenchmarkRecord;
  /** Models with at least one score on it, retired ones included. */
  models: number;
}

/**
 * How many models a benchmark needs scores for before the overview's score column offers it: fewer
 * would leave the column mostly "—" and rank little.
 */
export const SCORE_COLUMN_MIN_MODELS = 40;

/** The benchmarks scored for at least `min` models, the most widely scored first. */
export function widelyScored(catalog: Catalog, min: number): Coverage[] {
  return catalog.benchmarks
    .map((benchmark) => ({ benchmark, models: boardOf(catalog, benchmark).rows.length }))
    .filter((c) => c.models >= min)
    .sort((a, b) => b.models - a.models || a.benchmark.name.localeCompare(b.benchmark.name));
}

/**
 * The overview's score column (the overview and /models/ alike): the benchmarks it offers, and the
 * evaluators of every score it may show, whom the page credits.
 */
export function scoreColumnOf(catalog: Catalog): {
  benchmarks: Coverage[];
  evaluators: EvaluatorRecord[];
} {
  const benchmarks = widelyScored(catalog, SCORE_COLUMN_MIN_MODELS);
  const offered = new Set(benchmarks.map((c) => c.benchmark.id));
  const scores = catalog.models.flatMap((m) =>
    (m.scores ?? []).filter((s) => offered.has(s.benchmark)),
  );
  return { benchmarks, evaluators: evaluatorsOf(catalog, scores) };
}
