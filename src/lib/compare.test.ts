import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../test/helpers/catalog.ts';
import { apiModel } from './api.ts';
import type { Catalog, CatalogModel } from './build-catalog.ts';
import {
  compareFacts,
  competitorPairs,
  isUnsafeId,
  pairSlug,
  SEPARATOR,
  sideOf,
  sideOfApi,
  winnerOf,
} from './compare.ts';

const get = (cat: Catalog, id: string): CatalogModel => {
  const m = cat.modelById.get(id);
  if (!m) throw new Error(id);
  return m;
};
const slugsOf = (cat: Catalog) =>
  competitorPairs(cat.models, cat.competitorsOf).map((p) => [p.slug, p.a.id, p.b.id]);

/** Every place the separator starts, overlapping ones included. */
const separators = (slug: string) =>
  [...slug].map((_, i) => slug.startsWith(SEPARATOR, i)).filter(Boolean).length;

describe('pairSlug', () => {
  it('gives one slug whichever way round the pair is asked for', () => {
    expect(pairSlug('gpt-4.1', 'claude-3.5')).toBe('claude-3.5-vs-gpt-4.1');
    expect(pairSlug('claude-3.5', 'gpt-4.1')).toBe('claude-3.5-vs-gpt-4.1');
  });

  it('flags ids that would put a second separator in a slug', () => {
    // "aa" sorts before each of these and "zz" after, so the id is joined on both sides.
    for (const id of ['a-vs-b', 'model-vs', 'vs-model']) {
      expect(isUnsafeId(id), id).toBe(true);
      const most = Math.max(separators(pairSlug(id, 'aa')), separators(pairSlug(id, 'zz')));
      expect(most, id).toBeGreaterThan(1);
    }
  });

  it('leaves exactly one separator when both ids are safe', () => {
    const ids = ['vs', 'v', 's', 'a-v', 's-b', 'versus', 'a-vs1', 'vsx-a', 'gpt-4.1', 'x.vs-y'];
    for (const x of ids) {
      expect(isUnsafeId(x), x).toBe(false);
      for (const y of ids) if (x !== y) expect(separators(pairSlug(x, y)), `${x} ${y}`).toBe(1);
    }
  });
});

describe('competitorPairs', () => {
  // Three balanced models from different makers and one lightweight model with no tier-mates.
  const derived = catalog(
    [
      model('a', { creator: 'acme' }),
      model('b', { creator: 'globex' }),
      model('c', { creator: 'initech' }),
      model('d', { creator: 'hooli', tier: 'lightweight' }),
    ],
    [provider('p', [offer('a', 1, 1), offer('b', 2, 2), offer('c', 4, 4), offer('d', 1, 1)])],
  );

  it('pairs each model with its derived competitors, each pair once, lower id first', () => {
    expect(slugsOf(derived)).toEqual([
      ['a-vs-b', 'a', 'b'],
      ['a-vs-c', 'a', 'c'],
      ['b-vs-c', 'b', 'c'],
    ]);
  });

  it('takes a pair from an editorial list even when the other model does not list it back', () => {
    const cat = catalog(
      [
        model('zeta', { creator: 'acme', competitors: ['alpha', 'mid.1'] }),
        model('alpha', { creator: 'globex', competitors: ['zeta'] }),
        model('mid.1', { creator: 'initech', tier: 'flagship' }),
      ],
      [provider('p', [offer('zeta', 1, 1), offer('alpha', 1, 1), offer('mid.1', 9, 9)])],
    );
    expect(slugsOf(cat)).toEqual([
      ['alpha-vs-zeta', 'alpha', 'zeta'],
      ['mid.1-vs-zeta', 'mid.1', 'zeta'],
    ]);
  });

  it('refuses an id that would make a URL ambiguous', () => {
    const cat = catalog(
      [model('x-vs', { creator: 'acme' }), model('y', { creator: 'globex' })],
      [provider('p', [offer('x-vs', 1, 1), offer('y', 1, 1)])],
    );
    expect(() => competitorPairs(cat.models, cat.competitorsOf)).toThrow(/"x-vs"/);
  });
});

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
