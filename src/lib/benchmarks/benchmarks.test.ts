import { describe, expect, it } from 'vitest';
import {
  benchmark,
  catalog,
  model,
  offer,
  provider,
  score,
} from '../../../test/helpers/catalog.ts';
import { buildBoard, placesOf } from './board.ts';
import { frontier } from './frontier.ts';
import { headline, scoresOn } from './headline.ts';
import { measurer } from './measurer.ts';
import { settingsKey, settingsText } from './settings.ts';

const coding = benchmark('code-bench');
const hallucination = benchmark('halluc', {
  category: 'factuality',
  scale: { unit: 'rate', min: 0, max: 100, higher_is_better: false },
});

describe('headline and scoresOn', () => {
  const scores = [
    score('code-bench', 61, { settings: { reasoning: 'low' } }),
    score('code-bench', 74, { settings: { reasoning: 'high' } }),
    score('code-bench', 74, { settings: { reasoning: 'high' }, measured_by: 'lab' }),
    score('halluc', 5.1),
  ];

  it('keeps each setting as its own score, best first, the maker first among equals', () => {
    const listed = scoresOn(scores, coding);
    expect(listed.map((s) => [s.score, s.settings?.reasoning, s.measured_by])).toEqual([
      [74, 'high', 'maker'],
      [74, 'high', 'lab'],
      [61, 'low', 'maker'],
    ]);
  });

  it('takes the best reported score as the headline, with the settings that reached it', () => {
    expect(headline(scores, coding)).toMatchObject({ score: 74, settings: { reasoning: 'high' } });
  });

  it('reads a lower-is-better benchmark the right way round', () => {
    const rates = [score('halluc', 9.5), score('halluc', 3.2, { measured_by: 'lab' })];
    expect(headline(rates, hallucination)?.score).toBe(3.2);
  });

  it('has no headline for a model nobody scored', () => {
    expect(headline(undefined, coding)).toBeUndefined();
    expect(headline([score('halluc', 4)], coding)).toBeUndefined();
  });
});

describe('settings', () => {
  it('gives the same key whatever order the settings were written in', () => {
    expect(settingsKey({ tools: true, reasoning: 'high' })).toBe(
      settingsKey({ reasoning: 'high', tools: true }),
    );
    expect(settingsKey({ reasoning: 'high' })).not.toBe(settingsKey({ reasoning: 'low' }));
    expect(settingsKey(undefined)).toBe('');
  });

  it('says the settings in words, leaving out what the source did not state', () => {
    expect(
      settingsText({ reasoning: 'xhigh', tools: false, pass_at: 1, shots: 0, other: 'v6' }),
    ).toBe('extra-high effort · no tools · pass@1 · 0-shot · v6');
    expect(settingsText({ samples: 64 })).toBe('average of 64 runs');
    expect(settingsText(undefined)).toBe('');
  });
});

describe('buildBoard', () => {
  const cat = catalog(
    [
      model('a', { scores: [score('code-bench', 70)] }),
      model('b', {
        scores: [score('code-bench', 80), score('code-bench', 85, { settings: { tools: true } })],
      }),
      model('c', { scores: [score('code-bench', 70)] }),
      model('d', { status: 'retired', retired: '2026-06-01', scores: [score('code-bench', 95)] }),
      model('e'),
    ],
    [provider('p', [offer('a', 1, 2), offer('b', 3, 6)])],
    [coding],
  );
  const board = buildBoard(cat.models, coding);

  it('ranks every scored model by its best score, equal scores sharing a place', () => {
    expect(board.rows.map((r) => [r.model.id, r.best.score, r.rank])).toEqual([
      ['b', 85, 1],
      ['a', 70, 2],
      ['c', 70, 2],
      ['d', 95, undefined],
    ]);
    expect(board.ranked).toBe(3);
  });

  it('lists a retired model last and unranked, however well it scored', () => {
    expect(board.rows.at(-1)?.model.id).toBe('d');
  });

  it("keeps the model's other settings beside the headline", () => {
    const b = board.rows.find((r) => r.model.id === 'b');
    expect(b?.scores.map((s) => s.score)).toEqual([85, 80]);
  });

  it('gives a model page its place on each benchmark it is scored on', () => {
    const b = cat.modelById.get('b');
    if (!b) throw new Error('b');
    expect(placesOf(cat, b).map(({ board: x, row }) => [x.benchmark.id, row.rank])).toEqual([
      ['code-bench', 1],
    ]);
  });
});

describe('frontier', () => {
  it('keeps the points no other point beats on both cost and score', () => {
    const points = [
      { cost: 1, score: 50 }, // on it: cheapest
      { cost: 2, score: 40 }, // beaten by the first
      { cost: 3, score: 70 }, // on it
      { cost: 3, score: 65 }, // beaten at the same cost
      { cost: 5, score: 70 }, // as good as a cheaper one: beaten
      { cost: 8, score: 90 }, // on it: best
    ];
    expect(frontier(points)).toEqual([0, 2, 5]);
  });

  it('keeps two points that tie on both, and reads lower-is-better the other way', () => {
    expect(
      frontier([
        { cost: 1, score: 5 },
        { cost: 1, score: 5 },
        { cost: 2, score: 6 },
      ]),
    ).toEqual([0, 1, 2]);
    const rates = [
      { cost: 1, score: 9 },
      { cost: 2, score: 3 },
      { cost: 3, score: 4 },
    ];
    expect(frontier(rates, false)).toEqual([0, 1]);
  });

  it('is empty for no points', () => {
    expect(frontier([])).toEqual([]);
  });
});

describe('measurer', () => {
  const cat = catalog([], [], []);
  it('names the maker, an evaluator or another maker', () => {
    expect(measurer(cat, score('x', 1))).toBe('reported by the maker');
    expect(measurer(cat, score('x', 1, { measured_by: 'lab' }))).toBe(
      'measured by Independent Lab',
    );
    expect(measurer(cat, score('x', 1, { measured_by: 'globex' }))).toBe('measured by Globex');
  });
});
