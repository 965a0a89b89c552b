import { describe, expect, it } from 'vitest';
import type { FindOffer } from './data.ts';
import { undominated } from './data.ts';

const at = (
  p: number,
  input: number,
  output: number,
  more: Partial<FindOffer> = {},
): FindOffer => ({
  p,
  price: { input, output },
  ctx: 128_000,
  updated: '2026-07-01',
  source: 'x',
  ...more,
});
// Providers 0 and 1 are aggregators, 2 a cloud.
const kind = (p: number) => (p === 2 ? 'cloud' : 'aggregator');

describe('undominated', () => {
  it('leaves out an offer another of the same kind beats on every rate and window', () => {
    const offers = [at(0, 1, 2), at(1, 1.5, 2.5), at(2, 1.5, 2.5)];
    // Provider 1 loses to 0 everywhere; the cloud stays, since a question may ask for clouds.
    expect(undominated(offers, kind).map((o) => o.p)).toEqual([0, 2]);
  });

  it('keeps an offer that is cheaper on any one rate, or has a larger window', () => {
    const offers = [
      at(0, 1, 2),
      at(1, 1.5, 2.5, { price: { input: 1.5, output: 2.5, cached_input: 0.1 } }),
      at(1, 1.5, 2.5, { ctx: 1_000_000 }),
    ];
    expect(undominated(offers, kind)).toHaveLength(3);
  });

  it('keeps one of two offers alike, the first, and every offer with conditions', () => {
    const offers = [
      at(0, 1, 2),
      at(1, 1, 2),
      at(1, 2, 3, { tps: 90 }),
      at(1, 2, 3, { price: { input: 2, output: 3, peak: { hours: ['01:00-04:00'], input: 4 } } }),
      at(1, 0, 0, { free: true }),
    ];
    expect(undominated(offers, kind).map((o) => [o.p, o.price.input])).toEqual([
      [0, 1],
      [1, 2],
      [1, 2],
      [1, 0],
    ]);
  });

  it('counts measured speed as a rate: only a cheaper offer at least as fast leaves one out', () => {
    const offers = [
      at(0, 1, 2, { tps: 120 }),
      // Dearer and slower than provider 0: never the cheapest nor the fastest.
      at(1, 1.5, 2.5, { tps: 80 }),
      // Dearer but faster: the answer when ranking by speed.
      at(1, 1.5, 2.5, { tps: 200 }),
      // Unmeasured and dearer: provider 0 is measured, so it wins on speed too.
      at(1, 2, 3),
    ];
    expect(undominated(offers, kind).map((o) => o.tps)).toEqual([120, 200]);
    // A cheaper offer that nobody has measured does not beat a measured one.
    expect(undominated([at(0, 1, 2), at(1, 2, 3, { tps: 50 })], kind)).toHaveLength(2);
  });

  it('compares offers on their token rates only where they bill the same units beside tokens', () => {
    const search = { fees: { web_search_per_1k: 10 } };
    const offers = [
      at(0, 1, 2),
      // Dearer tokens, but the only one that can price a web search.
      at(1, 1.5, 2.5, { price: { input: 1.5, output: 2.5, ...search } }),
      // Cheaper tokens, but a cache write dearer than the other's input price.
      at(1, 0.9, 1.9, { price: { input: 0.9, output: 1.9, cache_write: 5 } }),
    ];
    expect(undominated(offers, kind)).toHaveLength(3);
    // The same units on both sides: the dearer tokens lose, as with none.
    const alike = [
      at(0, 1, 2, { price: { input: 1, output: 2, ...search } }),
      at(1, 1.5, 2.5, { price: { input: 1.5, output: 2.5, ...search } }),
    ];
    expect(undominated(alike, kind).map((o) => o.p)).toEqual([0]);
  });

  it('compares cache writes as rates: a listed write price against the input price it replaces', () => {
    // Writes at 1.25 where provider 1 writes at its input price of 1.5: provider 1 never wins.
    const write = at(0, 1, 2, { price: { input: 1, output: 2, cache_write: 1.25 } });
    expect(undominated([write, at(1, 1.5, 2.5)], kind).map((o) => o.p)).toEqual([0]);
    // Provider 1 writes at 1.1, below the listed 1.25: either can be the cheaper.
    expect(undominated([write, at(1, 1.1, 2.5)], kind)).toHaveLength(2);
    // A 1-hour write dearer than the other's input price keeps the plainer offer too.
    const hour = { input: 1, output: 2, cache_write: 1.25, cache_write_1h: 2 };
    expect(undominated([at(0, 1, 2, { price: hour }), at(1, 1.5, 2.5)], kind)).toHaveLength(2);
  });
});
