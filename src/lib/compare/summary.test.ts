import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { TYPICAL_WORKLOAD } from '../pricing/workload.ts';
import { sideOf } from './facts.ts';
import { cheapestWorkload, verdict, workloadVerdict } from './summary.ts';

const cat = catalog(
  [
    model('cheap', { creator: 'acme', name: 'Cheap', context_window: 128_000 }),
    model('dear', { creator: 'globex', name: 'Dear', context_window: 1_000_000 }),
    model('twin', { creator: 'initech', name: 'Twin', context_window: 128_000 }),
    model('unpriced', { creator: 'hooli', name: 'Unpriced', context_window: 128_000 }),
  ],
  [
    provider('p', [offer('cheap', 1, 1), offer('dear', 4, 4), offer('twin', 1, 1)]),
    provider('free', [offer('dear', 0, 0)]),
  ],
);
const side = (id: string) => {
  const m = cat.modelById.get(id);
  if (!m) throw new Error(id);
  return sideOf(m);
};

describe('verdict', () => {
  it('names the cheaper model on the blended price, by how much, and the bigger context', () => {
    // Blended 1 against 4 (the free tier does not count while a paid price exists): 75% less.
    expect(verdict(side('dear'), side('cheap'))).toBe(
      'Cheap costs 75% less than Dear on the blended price ($1.00 against $4.00 per 1M tokens, 3 input to 1 output); Dear has the bigger context window (1M against 128K).',
    );
  });

  it('says so when price and context are the same', () => {
    expect(verdict(side('cheap'), side('twin'))).toBe(
      'Cheap and Twin cost the same on the blended price ($1.00 per 1M tokens, 3 input to 1 output); both read up to 128K tokens of context.',
    );
  });

  it('does not call a model cheaper than one whose price is unknown', () => {
    expect(verdict(side('unpriced'), side('cheap'))).toMatch(
      /^Only Cheap has a known price in this catalog;/,
    );
  });
});

describe('cheapestWorkload', () => {
  it('costs the workload at the cheapest paid offer, leaving free tiers out', () => {
    const dear = cat.modelById.get('dear');
    const best = cheapestWorkload(dear?.offers ?? [], TYPICAL_WORKLOAD);
    // 2,000 × $4 + 500 × $4 per 1M = $0.01 a request; × 1,000 a day × 30 days = $300.
    expect(best?.provider).toBe('P');
    expect(best?.cost.perRequest).toBeCloseTo(0.01, 10);
    expect(best?.cost.perMonth).toBeCloseTo(300, 6);
  });

  it('has nothing to say for a model with no paid offer', () => {
    expect(cheapestWorkload([], TYPICAL_WORKLOAD)).toBeUndefined();
  });
});

describe('workloadVerdict', () => {
  const at = (perMonth: number) => ({
    provider: 'P',
    cost: {
      perRequest: 0,
      perMonth,
      parts: { input: 0, cached: 0, output: 0, batch: 0, write: 0, search: 0, fee: 0, media: 0 },
      longContext: false,
      peakShare: 0,
      regional: false,
      batchPriced: true,
      tierPriced: true,
      writePriced: true,
    },
  });

  it('names the model the workload costs less on, and the monthly difference', () => {
    expect(workloadVerdict({ name: 'A', cost: at(300) }, { name: 'B', cost: at(75) })).toBe(
      'B is cheaper for this workload: $75.00 a month against $300.00 on A, $225.00 (75%) less.',
    );
  });

  it('calls equal costs equal, and says when a price is missing', () => {
    expect(workloadVerdict({ name: 'A', cost: at(75) }, { name: 'B', cost: at(75) })).toBe(
      'The workload costs the same on both: $75.00 a month.',
    );
    expect(workloadVerdict({ name: 'A', cost: undefined }, { name: 'B', cost: at(75) })).toBe(
      'Only B has the prices this workload needs.',
    );
  });
});

describe('verdict on windows that round alike', () => {
  it('names the bigger window in figures that differ', () => {
    const c = catalog(
      [
        model('m1', { creator: 'acme', name: 'M1', context_window: 1_048_576 }),
        model('m2', { creator: 'globex', name: 'M2', context_window: 1_000_000 }),
      ],
      [provider('p', [offer('m1', 1, 1), offer('m2', 1, 1)])],
    );
    const s = (id: string) => {
      const m = c.modelById.get(id);
      if (!m) throw new Error(id);
      return sideOf(m);
    };
    expect(verdict(s('m1'), s('m2'))).toContain(
      'M1 has the bigger context window (1,048,576 against 1,000,000)',
    );
  });
});
