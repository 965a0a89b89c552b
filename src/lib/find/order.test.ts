import { describe, expect, it } from 'vitest';
import { micros, orderOf, type Cheapest } from './order.ts';
import type { PackedFind } from './pack.ts';

/** Three models in the data's order (by name), with their months and speeds. */
function cheapest(cost: number[], speed: number[]): Cheapest {
  return {
    shown: cost.map((_, k) => k),
    cost: Float64Array.from(cost),
    context: new Float64Array(cost.length),
    speed: Float64Array.from(speed),
    freeOnly: [],
    unknownCount: 0,
    overBudget: 0,
    noScore: 0,
    belowScore: 0,
    bench: undefined,
  };
}
// The cost and speed orders read nothing of the data but the months and speeds (release days are
// for the newest-first order).
const packed = { models: { released: [] }, strings: [] } as unknown as PackedFind;

describe('the finder orders months by cost to the millionth of a dollar', () => {
  // The same 30 cents summed two ways, which floating point keeps apart.
  const a = 0.1 + 0.2;
  const b = 0.3;

  it('counts two sums of one month as the same month', () => {
    expect(a).not.toBe(b);
    expect(micros(a)).toBe(micros(b));
    expect(micros(a)).toBe(300_000);
    expect(micros(2.2400004)).toBe(2_240_000);
    expect(micros(2.240001)).toBe(2_240_001);
  });

  it('orders a tie by the data order (names), not by the last bits of the sums', () => {
    // Model 0 is the later sum in floating point, model 1 the earlier: a tie either way.
    const [first, second] = a > b ? [a, b] : [b, a];
    const byCost = orderOf(packed, cheapest([first, second, 0.2], [0, 0, 0]), 'cost');
    expect([0, 1, 2].sort(byCost)).toEqual([2, 0, 1]);
    // Unmeasured speeds, then cost: the same tie.
    const bySpeed = orderOf(packed, cheapest([first, second, 0.2], [0, 0, 0]), 'speed');
    expect([0, 1, 2].sort(bySpeed)).toEqual([2, 0, 1]);
  });

  it('still orders months a millionth of a dollar apart', () => {
    const byCost = orderOf(packed, cheapest([2.240001, 2.24], [0, 0]), 'cost');
    expect([0, 1].sort(byCost)).toEqual([1, 0]);
  });
});

describe('the finder orders newest first', () => {
  it('puts a model with no known release day after every dated one, ties by the data order', () => {
    // Model 0 has no release day (''), 1 a month, 2 a day in that month, 3 no day either.
    const dated = {
      models: { released: [0, 1, 2, 0] },
      strings: ['', '2026-03', '2026-03-15'],
    } as unknown as PackedFind;
    const newest = orderOf(dated, cheapest([1, 1, 1, 1], [0, 0, 0, 0]), 'newest');
    expect([0, 1, 2, 3].sort(newest)).toEqual([2, 1, 0, 3]);
  });
});
