import { describe, expect, it } from 'vitest';
import { benchmark, EVALUATORS, model, score } from '../../test/helpers/catalog.ts';
import type { Score } from '../schemas/score.ts';
import { checkScores, CONTRADICTION_MARGIN } from './scores.ts';

const benchmarks = [
  benchmark('code-bench'),
  benchmark('arena', { scale: { unit: 'elo', min: 0, max: 4000, higher_is_better: true } }),
];
const check = (scores: Partial<Score>[]) =>
  checkScores({
    models: [model('m', { scores: scores as Score[] })],
    benchmarks,
    evaluators: EVALUATORS,
  });

describe('checkScores', () => {
  it('fails a score without the day it was read or the address it was read at', () => {
    const without = (key: 'read' | 'source', value: number): Partial<Score> => {
      const s: Partial<Score> = score('code-bench', value);
      return Object.fromEntries(Object.entries(s).filter(([k]) => k !== key));
    };
    const { errors } = check([without('read', 50), without('source', 60)]);
    expect(errors.map((e) => e.message)).toEqual([
      'no date: write the day the score was read (read: YYYY-MM-DD)',
      'no source: write the address the score was read at',
    ]);
    expect(errors[0]?.where).toBe('models/acme/m: scores[0] (code-bench)');
  });

  it("fails a score off its benchmark's scale, and a benchmark nobody defined", () => {
    const { errors } = check([score('code-bench', 101), score('code-bench', -1), score('nope', 5)]);
    expect(errors.map((e) => e.message)).toEqual([
      '101 is off the scale of CODE-BENCH (0 to 100)',
      '-1 is off the scale of CODE-BENCH (0 to 100)',
      'unknown benchmark "nope"',
    ]);
  });

  it('lists a maker score an evaluator contradicts beyond the margin, not one within it', () => {
    const far = check([
      score('code-bench', 70),
      score('code-bench', 70 - CONTRADICTION_MARGIN - 1, { measured_by: 'lab' }),
    ]);
    expect(far.contradictions.map((c) => c.message)).toEqual([
      'the maker reports 70, lab measured 59 (more than 10 apart)',
    ]);
    expect(far.errors).toEqual([]);
    const near = check([
      score('code-bench', 70),
      score('code-bench', 70 - CONTRADICTION_MARGIN, { measured_by: 'lab' }),
    ]);
    expect(near.contradictions).toEqual([]);
  });

  it('never sets two different settings against each other', () => {
    const { contradictions } = check([
      score('code-bench', 80, { settings: { tools: true } }),
      score('code-bench', 40, { settings: { tools: false }, measured_by: 'lab' }),
    ]);
    expect(contradictions).toEqual([]);
  });

  it('reads the margin on an elo scale in rating points', () => {
    expect(
      check([score('arena', 1400), score('arena', 1350, { measured_by: 'lab' })]).contradictions,
    ).toEqual([]);
    expect(
      check([score('arena', 1400), score('arena', 1250, { measured_by: 'lab' })]).contradictions,
    ).toHaveLength(1);
  });

  it('counts the models scored, per benchmark', () => {
    const report = checkScores({
      models: [
        model('a', {
          scores: [score('code-bench', 1), score('code-bench', 2, { settings: { tools: true } })],
        }),
        model('b'),
      ],
      benchmarks,
      evaluators: EVALUATORS,
    });
    expect(report.modelsScored).toBe(1);
    expect(report.modelsPerBenchmark.get('code-bench')).toBe(1);
  });
});
