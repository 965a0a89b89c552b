import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import type { Catalog } from '../catalog/types.ts';
import { loadData } from '../../data/load.ts';
import { buildCatalog } from '../catalog/build.ts';
import { competitorPairs, isUnsafeId, pairSlug, SEPARATOR } from './pairs.ts';

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

describe('pairs of one kind', () => {
  it('drops an editorial pair of an embedding model and a search model', () => {
    const cat = catalog(
      [
        model('embed-x', {
          creator: 'acme',
          tier: 'specialized',
          family: 'embed',
          competitors: ['sonar-x', 'embed-y'],
        }),
        model('embed-y', { creator: 'globex', tier: 'specialized', family: 'embed' }),
        model('sonar-x', { creator: 'initech', tier: 'specialized', family: 'sonar' }),
      ],
      [provider('p', [offer('embed-x', 1, 1), offer('embed-y', 1, 1), offer('sonar-x', 1, 1)])],
    );
    expect(slugsOf(cat)).toEqual([['embed-x-vs-embed-y', 'embed-x', 'embed-y']]);
  });

  it('never pairs two kinds over the real catalog, read from the YAML', async () => {
    const { data } = await loadData('data');
    const real = buildCatalog(data);
    const pairs = competitorPairs(real.models, real.competitorsOf);
    expect(pairs.length).toBeGreaterThan(100);
    const record = new Map(data.models.map((m) => [m.id, m]));
    // What the YAML says a model is for, without the code under test: what it gives back, and
    // for a specialised model whether its id, name or family says embedding or search.
    const facts = (id: string) => {
      const m = record.get(id);
      if (!m) throw new Error(id);
      const words = `${m.id} ${m.name} ${m.family}`.toLowerCase();
      const special = m.tier === 'specialized';
      return {
        output: [...m.modalities.output].sort().join('+'),
        embedding: special && words.includes('embed'),
        search: special && /search|sonar|research/.test(words),
      };
    };
    for (const p of pairs) {
      expect(facts(p.a.id), p.slug).toEqual(facts(p.b.id));
    }
  });
});
