/**
 * `check:data` on benchmark scores: hard errors for a score that cannot be checked (no date, no
 * source) or cannot be true (off its benchmark's scale, an unknown benchmark), and a list of
 * maker-reported scores an independent evaluator contradicts, for a person to look into.
 */
import type { AtlasData } from '../data/load.ts';
import type { Score, ScoreSettings } from '../schemas/score.ts';
import type { Finding } from './check.ts';

/** Percentage points (or rating points on an elo scale: ten times as many) beyond which two readings disagree. */
export const CONTRADICTION_MARGIN = 10;

export interface ScoreReport {
  errors: Finding[];
  contradictions: Finding[];
  /** Models with at least one score, and per benchmark the models scored on it. */
  modelsScored: number;
  modelsPerBenchmark: Map<string, number>;
}

/** Two settings that do not state anything different: one states nothing, or both state the same. */
function comparable(a: ScoreSettings | undefined, b: ScoreSettings | undefined): boolean {
  const keys = ['reasoning', 'tools', 'pass_at', 'samples', 'shots', 'other'] as const;
  return keys.every((k) => a?.[k] === undefined || b?.[k] === undefined || a[k] === b[k]);
}

export function checkScores(
  data: Pick<AtlasData, 'models' | 'benchmarks' | 'evaluators'>,
): ScoreReport {
  const benchmarks = new Map(data.benchmarks.map((b) => [b.id, b]));
  const evaluators = new Set(data.evaluators.map((e) => e.id));
  const report: ScoreReport = {
    errors: [],
    contradictions: [],
    modelsScored: 0,
    modelsPerBenchmark: new Map(),
  };
  for (const model of data.models) {
    const scores: readonly Partial<Score>[] = model.scores ?? [];
    if (scores.length > 0) report.modelsScored++;
    const seen = new Set<string>();
    scores.forEach((s, i) => {
      const where = `models/${model.creator}/${model.id}: scores[${i}] (${s.benchmark ?? '?'})`;
      const error = (message: string) => report.errors.push({ where, message });
      if (!s.read) error('no date: write the day the score was read (read: YYYY-MM-DD)');
      if (!s.source) error('no source: write the address the score was read at');
      const benchmark = s.benchmark === undefined ? undefined : benchmarks.get(s.benchmark);
      if (!benchmark) {
        error(`unknown benchmark "${s.benchmark}"`);
        return;
      }
      const { min, max } = benchmark.scale;
      if (typeof s.score !== 'number' || s.score < min || s.score > max)
        error(`${s.score} is off the scale of ${benchmark.name} (${min} to ${max})`);
      seen.add(benchmark.id);
    });
    for (const id of seen)
      report.modelsPerBenchmark.set(id, (report.modelsPerBenchmark.get(id) ?? 0) + 1);

    // A maker's number against an independent evaluator's on the same benchmark and settings.
    const maker = scores.filter((s) => s.measured_by === 'maker');
    const independent = scores.filter((s) => s.measured_by && evaluators.has(s.measured_by));
    for (const m of maker) {
      const benchmark = m.benchmark === undefined ? undefined : benchmarks.get(m.benchmark);
      if (!benchmark || typeof m.score !== 'number') continue;
      const margin =
        benchmark.scale.unit === 'elo' ? CONTRADICTION_MARGIN * 10 : CONTRADICTION_MARGIN;
      for (const x of independent) {
        if (x.benchmark !== m.benchmark || typeof x.score !== 'number') continue;
        if (!comparable(m.settings, x.settings) || Math.abs(m.score - x.score) <= margin) continue;
        report.contradictions.push({
          where: `models/${model.creator}/${model.id}: ${benchmark.name}`,
          message: `the maker reports ${m.score}, ${x.measured_by} measured ${x.score} (more than ${margin} apart)`,
        });
      }
    }
  }
  return report;
}
