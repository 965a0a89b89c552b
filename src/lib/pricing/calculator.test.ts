import { describe, expect, it } from 'vitest';
import { seeded } from '../../bench/random.ts';
import { loadData } from '../../data/load.ts';
import {
  costOf,
  flatMonthly,
  monthlyCost,
  peakShareOfWeek,
  rankCosts,
  type PricedOffer,
} from './calculator.ts';
import {
  describeWorkload,
  TYPICAL_WORKLOAD,
  workloadFromQuery,
  workloadToQuery,
} from './workload.ts';

describe('costOf', () => {
  const mini = { input: 0.15, output: 0.6, cached_input: 0.075 };

  it('charges input, cached input and output at their own prices', () => {
    // 6,000 fresh × $0.15 + 4,000 cached × $0.075 + 1,000 out × $0.60 = $0.0018 per request.
    const cost = costOf(mini, {
      ...TYPICAL_WORKLOAD,
      inputTokens: 10_000,
      outputTokens: 1_000,
      cachedShare: 0.4,
      requestsPerDay: 100,
      timing: 'spread' as const,
      place: 'global' as const,
      batchShare: 0,
    });
    expect(cost?.perRequest).toBeCloseTo(0.0018, 12);
    expect(cost?.perMonth).toBeCloseTo(5.4, 9);
    expect(cost?.longContext).toBe(false);
  });

  it('charges cached tokens at the input price where no cached price is published', () => {
    const cost = costOf(
      { input: 1, output: 2 },
      {
        ...TYPICAL_WORKLOAD,
        inputTokens: 1_000,
        outputTokens: 0,
        cachedShare: 0.5,
        requestsPerDay: 1,
        timing: 'spread' as const,
        place: 'global' as const,
        batchShare: 0,
      },
    );
    expect(cost?.perRequest).toBeCloseTo(0.001, 12);
  });

  it('switches to long-context prices past the threshold, and only then', () => {
    const price = {
      input: 1.25,
      output: 10,
      long_context: { threshold: 200_000, input: 2.5, output: 15 },
    };
    const at = costOf(price, {
      ...TYPICAL_WORKLOAD,
      inputTokens: 200_000,
      outputTokens: 0,
      cachedShare: 0,
      requestsPerDay: 1,
      timing: 'spread' as const,
      place: 'global' as const,
      batchShare: 0,
    });
    const past = costOf(price, {
      ...TYPICAL_WORKLOAD,
      inputTokens: 200_001,
      outputTokens: 1_000,
      cachedShare: 0,
      requestsPerDay: 1,
      timing: 'spread' as const,
      place: 'global' as const,
      batchShare: 0,
    });
    expect(at?.perRequest).toBeCloseTo(0.25, 12);
    expect(past?.longContext).toBe(true);
    expect(past?.perRequest).toBeCloseTo((200_001 * 2.5 + 1_000 * 15) / 1e6, 12);
  });

  it('gives no cost when a price the workload needs is unknown, rather than counting it free', () => {
    expect(costOf({ input: 1, output: null }, TYPICAL_WORKLOAD)).toBeUndefined();
    expect(costOf({ input: null, output: 1 }, TYPICAL_WORKLOAD)).toBeUndefined();
    // No output tokens: the missing output price does not matter.
    expect(
      costOf({ input: 1, output: null }, { ...TYPICAL_WORKLOAD, outputTokens: 0 })?.perRequest,
    ).toBeCloseTo(0.002, 12);
  });
});

describe('costOf with time-of-day and regional prices', () => {
  // DeepSeek V4 Flash from 2026-08-17 (genai-prices@0.1.8): off-peak above, peak in two UTC windows.
  const flash = {
    input: 0.22,
    output: 0.66,
    cached_input: 0.007,
    peak: {
      hours: ['01:00-04:00', '06:00-10:00'],
      input: 0.44,
      output: 1.32,
      cached_input: 0.014,
    },
  };
  const work = { ...TYPICAL_WORKLOAD, inputTokens: 1_000_000, outputTokens: 1_000_000 };

  it('bills all-peak and all-off-peak work at those prices', () => {
    expect(costOf(flash, { ...work, timing: 'off-peak' })?.perRequest).toBeCloseTo(0.88, 12);
    const peak = costOf(flash, { ...work, timing: 'peak' });
    expect(peak?.perRequest).toBeCloseTo(1.76, 12);
    expect(peak?.peakShare).toBe(1);
  });

  it('weights work spread over the day by the hours the windows cover', () => {
    // 7 of 24 hours are peak: 0.88 + (1.76 - 0.88) × 7/24.
    const spread = costOf(flash, work);
    expect(spread?.peakShare).toBeCloseTo(7 / 24, 12);
    expect(spread?.perRequest).toBeCloseTo(0.88 + 0.88 * (7 / 24), 12);
    // Off-peak weekends leave peak on five days of seven.
    expect(peakShareOfWeek({ ...flash.peak, weekdays_only: true })).toBeCloseTo(
      (7 / 24) * (5 / 7),
      12,
    );
  });

  it('charges in-region prices only when asked for, and only where an offer has them', () => {
    const sonnet = {
      input: 3,
      output: 15,
      regional: { label: 'geographic profiles', input: 3.3, output: 16.5 },
    };
    const one = { ...work, outputTokens: 0 };
    expect(costOf(sonnet, one)?.perRequest).toBeCloseTo(3, 12);
    const kept = costOf(sonnet, { ...one, place: 'in-region' });
    expect(kept?.perRequest).toBeCloseTo(3.3, 12);
    expect(kept?.regional).toBe(true);
    // An offer without regional prices costs the same either way.
    expect(costOf({ input: 3, output: 15 }, { ...one, place: 'in-region' })?.regional).toBe(false);
  });

  it('ignores time of day for an offer without peak prices', () => {
    expect(costOf({ input: 1, output: 1 }, { ...work, timing: 'peak' })?.peakShare).toBe(0);
  });
});

describe('costOf by part, with a batch share', () => {
  // OpenAI's GPT-4o mini: batch at half price.
  const mini = {
    input: 0.15,
    output: 0.6,
    cached_input: 0.075,
    batch_input: 0.075,
    batch_output: 0.3,
  };
  const work = {
    ...TYPICAL_WORKLOAD,
    inputTokens: 1_000_000,
    outputTokens: 1_000_000,
    cachedShare: 0.5,
  };

  it('splits a request into fresh input, cached input and output, adding up to the whole', () => {
    const cost = costOf(mini, work);
    expect(cost?.parts.input).toBeCloseTo(0.075, 12);
    expect(cost?.parts.cached).toBeCloseTo(0.0375, 12);
    expect(cost?.parts.output).toBeCloseTo(0.6, 12);
    expect(cost?.parts.batch).toBe(0);
    expect(cost?.perRequest).toBeCloseTo(0.7125, 12);
  });

  it('bills the batch share at batch prices', () => {
    // A quarter through batch: 0.75 × 0.7125 + 0.25 × (0.5 × 0.075 + 0.5 × 0.075 + 0.3).
    const cost = costOf(mini, { ...work, batchShare: 0.25 });
    expect(cost?.parts.batch).toBeCloseTo(0.25 * 0.375, 12);
    expect(cost?.perRequest).toBeCloseTo(0.75 * 0.7125 + 0.25 * 0.375, 12);
    expect(cost?.batchPriced).toBe(true);
  });

  it('bills batch requests at the usual prices where the offer has none, and says so', () => {
    const cost = costOf({ input: 1, output: 2 }, { ...work, cachedShare: 0, batchShare: 1 });
    expect(cost?.perRequest).toBeCloseTo(3, 12);
    expect(cost?.batchPriced).toBe(false);
  });
});

describe('flatMonthly', () => {
  const month = (price: Parameters<typeof costOf>[0], work: typeof TYPICAL_WORKLOAD) =>
    flatMonthly(
      price.input,
      price.output,
      price.cached_input,
      price.batch_input,
      price.batch_output,
      work,
    );

  it("is costOf's month to the last bit for flat prices, NaN where costOf gives none", () => {
    const r = seeded(7);
    // Prices of every shape the catalog has: round, fine, zero, and each one sometimes unknown.
    const rate = () =>
      r.chance(0.2) ? undefined : r.pick([0, 0.075, 0.15, 0.6, 1.25, 3, 15, 0.0375, r.next() * 40]);
    let priced = 0;
    for (let i = 0; i < 20_000; i++) {
      const price = {
        input: rate(),
        output: rate(),
        cached_input: rate(),
        batch_input: r.chance(0.5) ? undefined : rate(),
        batch_output: r.chance(0.5) ? undefined : rate(),
      };
      const work = {
        ...TYPICAL_WORKLOAD,
        inputTokens: r.pick([0, 1, 2_000, 60_000, 1_234_567]),
        outputTokens: r.pick([0, 500, 7_777]),
        cachedShare: r.pick([0, 0.5, 1, r.next()]),
        batchShare: r.pick([0, 1, 0.25, r.next()]),
        requestsPerDay: r.pick([0, 1, 1_000, 33_333]),
        timing: r.pick(['spread', 'peak', 'off-peak'] as const),
        place: r.pick(['global', 'in-region'] as const),
      };
      const expected = costOf(price, work)?.perMonth ?? Number.NaN;
      expect(month(price, work), JSON.stringify({ price, work })).toBe(expected);
      if (!Number.isNaN(expected)) priced++;
    }
    // Most of the cases priced, so the equality above is mostly about numbers, not NaN.
    expect(priced).toBeGreaterThan(8_000);
  });

  it("agrees with costOf on every flat offer in data/ for the finder's ready-made workloads", async () => {
    const { PRESETS } = await import('../find/presets.ts');
    const { data } = await loadData('data');
    const flat = data.providers
      .flatMap((p) => p.offers.map((o) => o.price))
      .filter((p) => !p.long_context && !p.peak && !p.regional);
    expect(flat.length).toBeGreaterThan(500);
    for (const { query } of PRESETS)
      for (const price of flat)
        expect(month(price, query.work)).toBe(costOf(price, query.work)?.perMonth ?? Number.NaN);
  });
});

describe('monthlyCost', () => {
  it("is costOf's month for every offer in data/, conditional prices included, for many workloads", async () => {
    const { data } = await loadData('data');
    const prices = data.providers.flatMap((p) => p.offers.map((o) => o.price));
    // The catalog has each kind of conditional price: long prompts, peak hours, regions.
    expect(prices.filter((p) => p.long_context).length).toBeGreaterThan(20);
    expect(prices.some((p) => p.peak)).toBe(true);
    expect(prices.some((p) => p.regional)).toBe(true);
    const r = seeded(11);
    for (let i = 0; i < 40; i++) {
      const work = {
        ...TYPICAL_WORKLOAD,
        // Both sides of the usual long-prompt thresholds (128K, 200K, 256K).
        inputTokens: r.pick([0, 2_000, 128_000, 128_001, 200_001, 300_000, 1_500_000]),
        outputTokens: r.pick([0, 500, 7_777]),
        cachedShare: r.pick([0, 0.5, 1, r.next()]),
        batchShare: r.pick([0, 1, r.next()]),
        requestsPerDay: r.pick([1, 1_000]),
        timing: r.pick(['spread', 'peak', 'off-peak'] as const),
        place: r.pick(['global', 'in-region'] as const),
      };
      for (const price of prices)
        expect(monthlyCost(price, work), JSON.stringify({ price, work })).toBe(
          costOf(price, work)?.perMonth ?? Number.NaN,
        );
    }
  });
});

describe('workload in the URL', () => {
  it('carries the timing and the region, and ignores values it does not know', () => {
    const work = { ...TYPICAL_WORKLOAD, timing: 'peak' as const, place: 'in-region' as const };
    expect(workloadToQuery(work).toString()).toBe('when=peak&where=in-region');
    expect(workloadFromQuery(new URLSearchParams('when=peak&where=in-region'))).toEqual(work);
    expect(workloadFromQuery(new URLSearchParams('when=noon&where=moon'))).toEqual(
      TYPICAL_WORKLOAD,
    );
  });

  it('round-trips a workload through its query', () => {
    const work = {
      ...TYPICAL_WORKLOAD,
      inputTokens: 12_345,
      outputTokens: 678,
      cachedShare: 0.25,
      requestsPerDay: 42,
      timing: 'spread' as const,
      place: 'global' as const,
      batchShare: 0,
    };
    const query = workloadToQuery(work);
    expect(query.toString()).toBe('in=12345&out=678&cached=25&rpd=42');
    expect(workloadFromQuery(new URLSearchParams(query.toString()))).toEqual(work);
  });

  it('leaves the typical workload out of the URL', () => {
    expect(workloadToQuery(TYPICAL_WORKLOAD).toString()).toBe('');
  });

  it('falls back on malformed values and clamps out-of-range ones', () => {
    const work = workloadFromQuery(new URLSearchParams('in=abc&out=-5&cached=250&rpd='));
    expect(work).toEqual({ ...TYPICAL_WORKLOAD, outputTokens: 0, cachedShare: 1 });
  });
});

describe('rankCosts', () => {
  it('lists free, rate-limited tiers after every paid offer, however little they cost', () => {
    const ranked = rankCosts(
      [
        { name: 'Free', price: { input: 0, output: 0 } },
        { name: 'Dear', price: { input: 1, output: 4 } },
        { name: 'Unknown', price: { input: 1, output: null } },
        { name: 'Free output', price: { input: 0.1, output: 0 } },
      ],
      TYPICAL_WORKLOAD,
    );
    // A price of 0 for output alone is a paid offer's price, not a free tier.
    expect(ranked.map((r) => [r.name, r.free])).toEqual([
      ['Free output', false],
      ['Dear', false],
      ['Unknown', false],
      ['Free', true],
    ]);
  });

  it('puts every free tier of the real catalog last, each model, as the YAML prices them', async () => {
    const { data } = await loadData('data');
    const offers = new Map<string, PricedOffer[]>();
    for (const p of data.providers) {
      for (const o of p.offers) {
        if (o.withdrawn) continue;
        offers.set(o.model, [
          ...(offers.get(o.model) ?? []),
          { name: `${p.id}:${o.variant ?? ''}`, price: o.price },
        ]);
      }
    }
    let models = 0;
    for (const [id, list] of offers) {
      const free = list.filter((o) => o.price.input === 0 && o.price.output === 0);
      if (free.length === 0 || free.length === list.length) continue;
      models++;
      const ranked = rankCosts(list, TYPICAL_WORKLOAD).map((r) => r.name);
      const tail = ranked.slice(-free.length);
      expect(tail.sort(), id).toEqual(free.map((o) => o.name).sort());
    }
    expect(models).toBeGreaterThan(5);
  });

  it('orders providers cheapest first, unknown last, and describes the workload', () => {
    const ranked = rankCosts(
      [
        { name: 'Dear', price: { input: 1, output: 4 } },
        { name: 'Unknown', price: { input: 1, output: null } },
        { name: 'Cheap', price: { input: 0.1, output: 0.4 } },
      ],
      TYPICAL_WORKLOAD,
    );
    expect(ranked.map((r) => r.name)).toEqual(['Cheap', 'Dear', 'Unknown']);
    expect(describeWorkload({ ...TYPICAL_WORKLOAD, cachedShare: 0.25 })).toBe(
      'Cost of 2,000 input (25% cached) and 500 output tokens per request, 1,000 requests a day, cheapest first',
    );
  });
});
