import { describe, expect, it } from 'vitest';
import { loadData } from '../../data/load.ts';
import { buildCatalog } from './build.ts';
import { byCheapestInput, firstRows } from './offers.ts';

const { data } = await loadData('test/fixtures/valid');

describe('buildCatalog', () => {
  const catalog = buildCatalog(data);

  it('joins every offer to its model, cheapest input first', () => {
    const mini = catalog.modelById.get('gpt-4o-mini');
    expect(mini?.offers.map((o) => o.provider.id).sort()).toEqual(['openai', 'openrouter']);
    expect(mini?.providerCount).toBe(2);
    expect(mini?.creatorName).toBe('OpenAI');
  });

  it('finds the cheapest input and output across providers', () => {
    const providers = data.providers.map((p) =>
      p.id === 'openrouter'
        ? {
            ...p,
            offers: p.offers.map((o) =>
              o.model === 'gpt-4o' ? { ...o, price: { input: 2.75, output: 9 } } : o,
            ),
          }
        : p,
    );
    const gpt4o = buildCatalog({ ...data, providers }).modelById.get('gpt-4o');
    expect(gpt4o?.cheapestInput).toMatchObject({ price: 2.5, provider: { id: 'openai' } });
    expect(gpt4o?.cheapestOutput).toMatchObject({ price: 9, provider: { id: 'openrouter' } });
    expect(gpt4o?.offers.map((o) => o.provider.id)).toEqual(['openai', 'openrouter']);
  });

  it('ignores unknown prices for the cheapest, and sorts them last', () => {
    const providers = data.providers.map((p) => ({
      ...p,
      offers: p.offers.map((o) =>
        p.id === 'openai' && o.model === 'gpt-4o'
          ? { ...o, price: { input: null, output: 10 } }
          : o,
      ),
    }));
    const gpt4o = buildCatalog({ ...data, providers }).modelById.get('gpt-4o');
    expect(gpt4o?.cheapestInput).toMatchObject({ price: 2.5, provider: { id: 'openrouter' } });
    expect(gpt4o?.offers.map((o) => o.provider.id)).toEqual(['openrouter', 'openai']);
  });

  it('orders models cheapest input first, with unknown prices last', () => {
    const providers = data.providers.map((p) => ({
      ...p,
      offers: p.offers.filter((o) => o.model !== 'gpt-4o-mini'),
    }));
    const ordered = [...buildCatalog({ ...data, providers }).models].sort(byCheapestInput);
    // gpt-4o-mini, the cheapest when priced, now has no price: it goes last, not first.
    expect(ordered.map((m) => m.id)).toEqual(['claude-haiku-4.5', 'gpt-4o', 'gpt-4o-mini']);
  });

  it("holds the overview's first rows: up to the nth on sale, the retired priced among them", () => {
    // GPT-4o mini ($0.15 input) retired: it stays among the first rows, hidden on the page, and
    // does not count toward the limit.
    const models = data.models.map((m) =>
      m.id === 'gpt-4o-mini' ? { ...m, status: 'retired' as const } : m,
    );
    const catalog = buildCatalog({ ...data, models });
    expect(firstRows(catalog.models, 1).map((m) => m.id)).toEqual([
      'gpt-4o-mini',
      'claude-haiku-4.5',
    ]);
    expect(firstRows(catalog.models, 2).map((m) => m.id)).toEqual([
      'gpt-4o-mini',
      'claude-haiku-4.5',
      'gpt-4o',
    ]);
    expect(firstRows(catalog.models, 50)).toHaveLength(3);
  });

  it('gives a model with no offers no cheapest price rather than zero', () => {
    const lonely = buildCatalog({ ...data, providers: [] }).modelById.get('gpt-4o');
    expect(lonely?.cheapestInput).toBeUndefined();
    expect(lonely?.providerCount).toBe(0);
  });

  it("uses the model's context window unless the offer restricts it", () => {
    const providers = data.providers.map((p) => ({
      ...p,
      offers: p.offers.map((o) =>
        p.id === 'openrouter' && o.model === 'gpt-4o' ? { ...o, context_window: 64000 } : o,
      ),
    }));
    const gpt4o = buildCatalog({ ...data, providers }).modelById.get('gpt-4o');
    expect(gpt4o?.offers.map((o) => [o.provider.id, o.effectiveContext])).toEqual([
      ['openai', 128000],
      ['openrouter', 64000],
    ]);
  });

  it("sets the maker's own price beside the cheapest, and finds the cheapest without resellers", () => {
    // OpenRouter (an aggregator) undercuts OpenAI on GPT-4o: the headline is a reseller's.
    const providers = data.providers.map((p) =>
      p.id === 'openrouter'
        ? {
            ...p,
            offers: p.offers.map((o) =>
              o.model === 'gpt-4o' ? { ...o, price: { input: 2.4995, output: 9.998 } } : o,
            ),
          }
        : p,
    );
    const gpt4o = buildCatalog({ ...data, providers }).modelById.get('gpt-4o');
    expect(gpt4o?.cheapestInput).toMatchObject({ price: 2.4995, provider: { id: 'openrouter' } });
    expect(gpt4o?.cheapestInputDirect).toMatchObject({ price: 2.5, provider: { id: 'openai' } });
    expect(gpt4o?.cheapestOutputDirect).toMatchObject({ price: 10, provider: { id: 'openai' } });
    expect(gpt4o?.firstParty?.input).toMatchObject({ price: 2.5, provider: { id: 'openai' } });
    expect(gpt4o?.firstParty?.output?.price).toBe(10);
    // Claude Haiku 4.5 is sold here only by OpenRouter: no maker's price, nothing without resellers.
    const haiku = buildCatalog(data).modelById.get('claude-haiku-4.5');
    expect(haiku?.offers.map((o) => o.provider.id)).toEqual(['openrouter']);
    expect(haiku?.firstParty).toBeUndefined();
    expect(haiku?.cheapestInputDirect).toBeUndefined();
  });
});
