import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { faqFor } from './faq.ts';
import { deriveInsights } from './insights.ts';
import { cutoffMonths, monthsToCutoff } from '../catalog/ranks.ts';

// Five balanced models from different makers, priced 3:1 blended at 1, 2, 3, 4 and 10.
const models = [
  model('a', { creator: 'acme', context_window: 1_000_000, knowledge_cutoff: '2025-06' }),
  model('b', { creator: 'globex', context_window: 400_000, knowledge_cutoff: '2025-01' }),
  model('c', { creator: 'initech', context_window: 200_000, knowledge_cutoff: '2024-10' }),
  model('d', { creator: 'umbrella', context_window: 128_000, knowledge_cutoff: '2024-06' }),
  model('e', {
    creator: 'hooli',
    context_window: 32_000,
    knowledge_cutoff: '2023-10',
    capabilities: { tool_calling: false },
  }),
  model('gone', { creator: 'wonka', status: 'retired', retired: '2025-01-01' }),
];
const providers = [
  provider('alpha', [
    offer('a', 1, 1),
    offer('b', 2, 2),
    offer('c', 3, 3),
    offer('d', 4, 4),
    offer('e', 10, 10),
    offer('gone', 0.01, 0.01),
  ]),
  provider('beta', [offer('a', 1.5, 2), offer('e', 12, 12)]),
];
const cat = catalog(models, providers);
const get = (id: string) => {
  const m = cat.modelById.get(id);
  if (!m) throw new Error(id);
  return m;
};

describe('rankWithinTiers', () => {
  it('ranks by cheapest blended price, largest context and latest cutoff, leaving out retired models', () => {
    expect(cat.ranks.get('a')).toMatchObject({
      price: { position: 1, of: 5, value: 1, median: 3 },
      context: { position: 1, of: 5, value: 1_000_000, median: 200_000 },
      cutoff: { position: 1, of: 5 },
    });
    expect(cat.ranks.get('e')?.price).toMatchObject({ position: 5, of: 5, value: 10 });
    expect(cat.ranks.get('gone')).toEqual({});
  });

  it('shares a position between ties', () => {
    const tied = catalog(
      [
        model('x', { creator: 'acme' }),
        model('y', { creator: 'globex' }),
        model('z', { creator: 'initech' }),
      ],
      [provider('p', [offer('x', 1, 1), offer('y', 1, 1), offer('z', 2, 2)])],
    );
    expect([...tied.ranks.values()].map((r) => r.price?.position)).toEqual([1, 1, 3]);
  });

  it('turns cutoffs into months and back', () => {
    expect(monthsToCutoff(cutoffMonths('2024-10') ?? 0)).toBe('2024-10');
    expect(
      monthsToCutoff(((cutoffMonths('2024-12') ?? 0) + (cutoffMonths('2025-02') ?? 0)) / 2),
    ).toBe('2025-01');
  });
});

describe('deriveInsights', () => {
  it('names the top of the tier with its numbers', () => {
    const { strengths, derived } = deriveInsights(get('a'), cat.ranks.get('a') ?? {});
    expect(derived.strengths).toBe(true);
    expect(strengths).toContain(
      'Low price: $1.00 per 1M tokens blended (3 input : 1 output) at its cheapest, the lowest of 5 balanced models (median $3.00).',
    );
    expect(strengths).toContain(
      'Long context: 1M tokens, the largest of 5 balanced models (median 200K).',
    );
    expect(strengths).toContain(
      'Recent knowledge: trained on data up to Jun 2025, later than most balanced models (median Oct 2024).',
    );
  });

  it('names the bottom of the tier, and facts such as no tool calling', () => {
    const { limitations } = deriveInsights(get('e'), cat.ranks.get('e') ?? {});
    expect(limitations).toEqual([
      'Dearer than most balanced models: $10.00 per 1M tokens blended at its cheapest, against a median of $3.00 (5th of 5).',
      'Shorter context than most balanced models: 32K tokens against a median of 200K.',
      'Older knowledge: its training data stops at Oct 2023, against a median of Oct 2024 for balanced models.',
      'No tool calling: it cannot call functions you define.',
      'Reads text only: no images, audio or documents as input.',
    ]);
  });

  it("says nothing about the middle of the tier, and keeps an editor's text as it is", () => {
    const c = get('c');
    const mid = deriveInsights(c, cat.ranks.get('c') ?? {});
    expect(mid.strengths).toEqual([]);
    expect(mid.limitations).toEqual([
      'Only Alpha serves it here: there is no second provider to fall back on.',
      'Reads text only: no images, audio or documents as input.',
    ]);
    const edited = deriveInsights(
      { ...c, strengths: ['Written by a person'] },
      cat.ranks.get('c') ?? {},
    );
    expect(edited.strengths).toEqual(['Written by a person']);
    expect(edited.derived.strengths).toBe(false);
  });
});

describe('competitorsOf', () => {
  it('picks the same tier from other makers, nearest in price first, never a retired model', () => {
    // From $3: $4 is nearer than $2 on a log scale (×1.33 against ×1.5).
    expect(cat.competitorsOf(get('c')).map((m) => m.id)).toEqual(['d', 'b', 'a', 'e']);
    expect(cat.competitorsOf(get('a')).map((m) => m.id)).toEqual(['b', 'c', 'd', 'e']);
  });

  it("keeps one model per maker, and the editors' list when there is one", () => {
    const extra = catalog(
      [...models, model('b2', { creator: 'globex' })],
      [...providers, provider('gamma', [offer('b2', 2.1, 2.1)])],
    );
    const c = extra.modelById.get('c');
    expect(c && extra.competitorsOf(c).filter((m) => m.creator === 'globex')).toHaveLength(1);
    expect(
      cat.competitorsOf({ ...get('c'), competitors: ['e', 'missing'] }).map((m) => m.id),
    ).toEqual(['e']);
  });
});

describe('faqFor', () => {
  it('answers with the same cheapest prices and range as the price table', () => {
    const a = get('a');
    const [price] = faqFor(a, cat.competitorsOf(a));
    expect(price).toEqual({
      q: 'How much does A cost per million tokens?',
      a: 'A costs from $1.00 per 1M input tokens and $1.00 per 1M output tokens, at Alpha. Across its 2 providers the input price ranges from $1.00 to $1.50.',
    });
  });

  it('asks about competitors, context and tool calling, then adds the editors’ questions', () => {
    const e = { ...get('e'), faq: [{ q: 'Extra?', a: 'Yes.' }] };
    const faq = faqFor(e, [get('d')]);
    expect(faq.map((f) => f.q)).toEqual([
      'How much does E cost per million tokens?',
      'What is E best used for?',
      'How does E compare with D?',
      'What is the context window of E?',
      'Does E support tool calling?',
      'Extra?',
    ]);
    expect(faq[2]?.a).toContain('D by Umbrella from $4.00 input and $4.00 output, 128K context');
    expect(faq[4]?.a).toBe('No. E does not support tool (function) calling.');
  });

  it('says when no price is known instead of quoting one', () => {
    const lonely = catalog([model('z')], []).modelById.get('z');
    expect(lonely && faqFor(lonely, [])[0]?.a).toBe(
      'No provider in this catalog lists a price for Z yet.',
    );
  });
});

describe('cheapest price', () => {
  it('passes over a free tier when a paid price exists, and lists the free tier apart', () => {
    const c = catalog(
      [model('m')],
      [provider('free', [offer('m', 0, 0)]), provider('paid', [offer('m', 0.2, 0.8)])],
    );
    const m = c.modelById.get('m');
    expect(m?.cheapestInput).toMatchObject({ price: 0.2, provider: { id: 'paid' } });
    expect(m?.freeTiers.map((p) => p.id)).toEqual(['free']);
    expect(m?.offers.map((o) => o.provider.id)).toEqual(['paid', 'free']);
  });
});

describe('claims that must read as true', () => {
  it('lists a smaller window in a figure a reader can tell from the model’s', () => {
    const c = catalog(
      [model('g', { context_window: 1_048_576 })],
      [
        provider('deep', [offer('g', 1, 1, { context_window: 1_000_000 })]),
        provider('poe', [offer('g', 1, 1, { context_window: 960_000 })]),
        provider('full', [offer('g', 1, 1)]),
      ],
    );
    const g = c.modelById.get('g');
    const answer = g && faqFor(g, []).find((f) => f.q.startsWith('What is the context'))?.a;
    expect(answer).toBe(
      'G has a context window of 1,048,576 tokens (1M). Some providers serve a smaller window: Deep (1,000,000) and Poe (960K).',
    );
  });

  it('says "tied for" the largest when another model of the tier has the same window', () => {
    const c = catalog(
      ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
        model(id, { context_window: i < 2 ? 1_000_000 : 128_000 }),
      ),
      [
        provider(
          'p',
          ['a', 'b', 'c', 'd', 'e'].map((id) => offer(id, 1, 1)),
        ),
      ],
    );
    const a = c.modelById.get('a');
    if (!a) throw new Error('a');
    const { strengths } = deriveInsights(a, c.ranks.get('a') ?? {});
    expect(strengths).toContain(
      'Long context: 1M tokens, tied for the largest of 5 balanced models (median 128K).',
    );
  });

  it('quotes the cheapest price of a paid offer even where one of its prices is 0', () => {
    // An embedding model: one provider bills no output; that is a price, not a free tier.
    const c = catalog(
      [model('emb')],
      [provider('one', [offer('emb', 0.1, 0.1)]), provider('two', [offer('emb', 0.1, 0)])],
    );
    const emb = c.modelById.get('emb');
    expect(emb?.cheapestOutput).toMatchObject({ price: 0, provider: { id: 'two' } });
    expect(emb?.freeTiers).toEqual([]);
  });
});
