import { describe, expect, it } from 'vitest';
import {
  benchmark,
  catalog,
  model,
  offer,
  provider,
  score,
} from '../../../test/helpers/catalog.ts';
import { buildBoard } from './board.ts';
import { blended, valueView } from './value.ts';

const bench = benchmark('code-bench');
const rates = benchmark('halluc', {
  scale: { unit: 'rate', min: 0, max: 100, higher_is_better: false },
});

describe('valueView', () => {
  // Blended (3:1): a 1.5, b 4.5, c 0.75, d 3, e free, f unpriced, g retired but still listed at 0.5.
  const cat = catalog(
    [
      model('a', { scores: [score('code-bench', 70), score('halluc', 4)] }),
      model('b', { scores: [score('code-bench', 90), score('halluc', 2)] }),
      model('c', { scores: [score('code-bench', 60), score('halluc', 9)] }),
      model('d', { scores: [score('code-bench', 65), score('halluc', 3)] }),
      model('e', { scores: [score('code-bench', 95)] }),
      model('f', { scores: [score('code-bench', 99)] }),
      model('g', {
        status: 'retired',
        retired: '2026-06-01',
        scores: [score('code-bench', 80), score('halluc', 1)],
      }),
    ],
    [
      provider('p', [
        offer('a', 1, 3),
        offer('b', 3, 9),
        offer('c', 0.5, 1.5),
        offer('d', 2, 6),
        offer('e', 0, 0),
        offer('g', 0.4, 0.8),
      ]),
    ],
    [bench, rates],
  );

  it('numbers each priced row as its row, and leaves out the free and the unpriced', () => {
    const board = buildBoard(cat.models, bench);
    expect(board.rows.map((r) => r.model.id)).toEqual(['f', 'e', 'b', 'a', 'd', 'c', 'g']);
    const { points } = valueView(board);
    expect(points.map((p) => [p.n, p.name, p.cost])).toEqual([
      [3, 'B', 4.5],
      [4, 'A', 1.5],
      [5, 'D', 3],
      [6, 'C', 0.75],
      [7, 'G', 0.5],
    ]);
  });

  it('keeps a retired model off the frontier even when it would beat every other', () => {
    const { points, frontier } = valueView(buildBoard(cat.models, bench));
    // Without g (retired), c is cheapest, a better and cheaper than d, b best.
    expect(frontier.map((f) => f.row.model.id)).toEqual(['c', 'a', 'b']);
    expect(frontier.map((f) => f.n)).toEqual([6, 4, 3]);
    expect(points.filter((p) => p.onFrontier).map((p) => p.n)).toEqual([3, 4, 6]);
  });

  it('reads a lower-is-better benchmark the right way round', () => {
    const { frontier } = valueView(buildBoard(cat.models, rates));
    // Rates: c 9 at 0.75, a 4 at 1.5, d 3 at 3, b 2 at 4.5: each cheaper one worse, all on it.
    expect(frontier.map((f) => f.row.model.id)).toEqual(['c', 'a', 'd', 'b']);
  });
});

describe('blended', () => {
  it('writes a blended price to the cent, small ones to three digits, free and unknown as elsewhere', () => {
    expect(blended(10.2273)).toBe('$10.23');
    expect(blended(0.01225)).toBe('$0.0123');
    expect(blended(0)).toBe('Free');
    expect(blended(undefined)).toBe('—');
  });
});
