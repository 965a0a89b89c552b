import { describe, expect, it } from 'vitest';
import { benchmark, catalog, model, score } from '../../../test/helpers/catalog.ts';
import { buildBoard } from './board.ts';
import { categoryLabel, scaleText } from './category.ts';
import { firstSentence, leaders, othersText, standing } from './standing.ts';

const bench = benchmark('code-bench');
const day = (d: string) => `on ${d}`;

describe('standing', () => {
  const cat = catalog(
    [
      model('a', { scores: [score('code-bench', 80)] }),
      model('b', { scores: [score('code-bench', 80)] }),
      model('c', {
        status: 'deprecated',
        deprecated: '2026-10-01',
        retired: '2027-01-14',
        scores: [score('code-bench', 70)],
      }),
      model('d', { status: 'deprecated', scores: [score('code-bench', 60)] }),
      model('e', { status: 'retired', retired: '2026-05-01', scores: [score('code-bench', 99)] }),
    ],
    [],
    [bench],
  );
  const board = buildBoard(cat.models, bench);
  const of = (id: string) => {
    const row = board.rows.find((r) => r.model.id === id);
    if (!row) throw new Error(id);
    return standing(row, board, day);
  };

  it('gives the place among the models still sold, ties said as ties', () => {
    expect(of('a')).toBe('tied 1st of 4');
    expect(of('b')).toBe('tied 1st of 4');
  });

  it('says when a deprecated model retires, when that is known', () => {
    expect(of('c')).toBe('3rd of 4 · deprecated, retiring on 2027-01-14');
    expect(of('d')).toBe('4th of 4 · deprecated');
  });

  it('says a retired model is not ranked, however it scored', () => {
    expect(of('e')).toBe('retired: not ranked');
  });

  it('names every model in first place as a leader', () => {
    expect(leaders(board).map((r) => r.model.id)).toEqual(['a', 'b']);
  });
});

describe('othersText', () => {
  it('counts other settings apart from other measurements of the same settings', () => {
    const cat = catalog(
      [
        model('a', {
          scores: [
            score('code-bench', 80, { settings: { reasoning: 'high' } }),
            score('code-bench', 79, { settings: { reasoning: 'high' }, measured_by: 'lab' }),
            score('code-bench', 70, { settings: { reasoning: 'low' } }),
            score('code-bench', 68, { settings: { reasoning: 'low' }, measured_by: 'lab' }),
            score('code-bench', 60, { settings: { reasoning: 'none' } }),
          ],
        }),
        model('b', { scores: [score('code-bench', 50)] }),
      ],
      [],
      [bench],
    );
    const [a, b] = buildBoard(cat.models, bench).rows;
    expect(a && othersText(a)).toBe('+2 other settings, +1 other measurement');
    expect(b && othersText(b)).toBe('');
  });
});

describe('words for the index and the header', () => {
  it('keeps the first sentence of a description', () => {
    expect(firstSentence('Hard questions; the Diamond set is a subset. Scored as a share.')).toBe(
      'Hard questions.',
    );
    expect(firstSentence('Version 2.0 of the tasks. More.')).toBe('Version 2.0 of the tasks.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });

  it('writes a category and a scale as a reader says them', () => {
    expect(categoryLabel('instruction-following')).toBe('Instruction following');
    expect(scaleText({ unit: 'rate', min: 0, max: 100, higher_is_better: false })).toBe(
      'rate, 0 to 100, lower is better',
    );
  });
});
