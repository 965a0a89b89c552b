import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { apiModel } from '../api/files.ts';
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { compareFacts, sideOf, sideOfApi, winnerOf } from './facts.ts';

const get = (cat: Catalog, id: string): CatalogModel => {
  const m = cat.modelById.get(id);
  if (!m) throw new Error(id);
  return m;
};
describe('winnerOf', () => {
  it('picks the lower or the higher value as asked, and calls equal values a tie', () => {
    expect(winnerOf(1, 2, 'lower')).toBe('a');
    expect(winnerOf(1, 2, 'higher')).toBe('b');
    expect(winnerOf(3, 3, 'lower')).toBe('tie');
  });

  it('names no winner when either value is unknown', () => {
    expect(winnerOf(undefined, 2, 'lower')).toBeUndefined();
    expect(winnerOf(1, undefined, 'higher')).toBeUndefined();
    expect(winnerOf(undefined, undefined, 'lower')).toBeUndefined();
  });
});

describe('compareFacts', () => {
  const cat = catalog(
    [
      model('p', {
        creator: 'acme',
        knowledge_cutoff: '2025-03',
        context_window: 200_000,
        max_output: 8_192,
      }),
      model('q', { creator: 'globex', knowledge_cutoff: '2024-11', context_window: 200_000 }),
    ],
    [
      provider('one', [
        offer('p', 0.5, 2, {
          price: { input: 0.5, output: 2, cached_input: 0.05 },
          speed: { tokens_per_second: 80, measured: '2026-07-01', source: 'openrouter' },
        }),
        offer('q', 0.4, 3),
      ]),
      provider('two', [offer('p', 0.45, 2.5), offer('q', 0, 0)]),
    ],
  );
  const rows = compareFacts(sideOf(get(cat, 'p')), sideOf(get(cat, 'q')));
  const row = (label: string) => rows.find((r) => r.label === label);

  it('marks the lower price, the newer cutoff and the larger limit', () => {
    // q's free tier does not count against p's paid price: q's cheapest paid input is $0.40.
    expect(row('Cheapest input')).toMatchObject({
      a: '$0.45',
      b: '$0.40',
      winner: 'b',
      word: 'cheaper',
    });
    expect(row('Cheapest output')).toMatchObject({ a: '$2.00', b: '$3.00', winner: 'a' });
    expect(row('Knowledge cutoff')).toMatchObject({ winner: 'a', word: 'newer' });
  });

  it('marks equal values as a tie on both sides', () => {
    expect(row('Context window')).toMatchObject({
      a: '200K',
      b: '200K',
      winner: 'tie',
      word: 'tie',
    });
  });

  it('shows unknown as a dash that wins nothing, on either side', () => {
    expect(row('Max output')).toMatchObject({ a: '8K', b: '—', winner: undefined });
    expect(row('Cheapest cached input')).toMatchObject({ a: '$0.05', b: '—', winner: undefined });
    expect(row('Fastest measured speed')).toMatchObject({
      a: '80 tokens/s',
      b: '—',
      winner: undefined,
    });
  });

  it('judges no line where neither direction is better', () => {
    for (const label of ['Creator', 'Released', 'Providers', 'Tool calling', 'Open weights']) {
      expect(row(label)?.winner, label).toBeUndefined();
    }
  });

  it('reads the same facts from the JSON API as from the catalog', () => {
    const absolute = (path: string) => `https://example.com${path}`;
    for (const m of cat.models) expect(sideOfApi(apiModel(m, absolute))).toEqual(sideOf(m));
  });
});

describe('compareFacts on counts that round alike', () => {
  it('writes out two different windows that would both read "1M", beside "larger"', () => {
    const cat = catalog(
      [
        model('x', { creator: 'acme', context_window: 1_048_576, max_output: 65_536 }),
        model('y', { creator: 'globex', context_window: 1_000_000, max_output: 64_000 }),
      ],
      [],
    );
    const rows = compareFacts(sideOf(get(cat, 'x')), sideOf(get(cat, 'y')));
    expect(rows.find((r) => r.label === 'Context window')).toMatchObject({
      a: '1,048,576',
      b: '1,000,000',
      winner: 'a',
      word: 'larger',
    });
    expect(rows.find((r) => r.label === 'Max output')).toMatchObject({
      a: '65,536',
      b: '64,000',
      winner: 'a',
    });
  });
});

describe('leaving resellers out', () => {
  // A reseller undercuts the maker on "made"; "rival" is sold by a host alone.
  const cat = catalog(
    [model('made', { creator: 'maker' }), model('rival', { creator: 'other' })],
    [
      provider('maker', [offer('made', 1, 4)], { kind: 'first-party', name: 'Maker' }),
      provider('router', [offer('made', 0.9996, 3.998)], { kind: 'aggregator', name: 'Router' }),
      provider('host', [offer('rival', 0.99, 5)], { name: 'Host' }),
    ],
  );
  const line = (rows: ReturnType<typeof compareFacts>, label: string) =>
    rows.find((r) => r.label === label);

  it("turns the cheapest input from the reseller's to the maker's, and the winner with it", () => {
    const [a, b] = [get(cat, 'made'), get(cat, 'rival')];
    const all = line(compareFacts(sideOf(a), sideOf(b)), 'Cheapest input');
    expect(all).toMatchObject({ a: '$0.9996', b: '$0.99', winner: 'b' });
    expect(all?.sellers?.[0]?.provider).toEqual({ name: 'Router', kind: 'aggregator' });
    const direct = line(compareFacts(sideOf(a, true), sideOf(b, true)), 'Cheapest input');
    expect(direct).toMatchObject({ a: '$1.00', b: '$0.99', winner: 'b' });
    expect(direct?.sellers?.[0]?.provider).toEqual({ name: 'Maker', kind: 'first-party' });
    expect(line(compareFacts(sideOf(a, true), sideOf(b, true)), 'Providers')?.a).toBe('1');
    expect(line(compareFacts(sideOf(a), sideOf(b)), 'Providers')?.a).toBe('2');
  });
});
