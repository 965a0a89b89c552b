import { describe, expect, it } from 'vitest';
import { benchmark, catalog, model, score } from '../../../test/helpers/catalog.ts';
import { widelyScored } from './coverage.ts';
import { evaluatorsOf } from './credits.ts';

describe('widelyScored', () => {
  it('offers the benchmarks scored for enough models, the most widely scored first', () => {
    const cat = catalog(
      [
        model('a', { scores: [score('x', 1), score('y', 1), score('z', 1)] }),
        model('b', {
          scores: [score('y', 2), score('z', 2), score('z', 3, { measured_by: 'lab' })],
        }),
        model('c', { scores: [score('z', 4)], status: 'retired', retired: '2026-01-01' }),
      ],
      [],
      [benchmark('x'), benchmark('y'), benchmark('z')],
    );
    expect(widelyScored(cat, 2).map((c) => [c.benchmark.id, c.models])).toEqual([
      ['z', 3],
      ['y', 2],
    ]);
  });
});

describe('evaluatorsOf', () => {
  it('names each evaluator behind the scores once, and no maker', () => {
    const cat = catalog([], []);
    const scores = [
      score('x', 1),
      score('x', 2, { measured_by: 'lab' }),
      score('y', 3, { measured_by: 'lab' }),
      score('y', 4, { measured_by: 'globex' }),
    ];
    expect(evaluatorsOf(cat, scores).map((e) => e.id)).toEqual(['lab']);
    expect(evaluatorsOf(cat, [score('x', 1)])).toEqual([]);
  });
});
