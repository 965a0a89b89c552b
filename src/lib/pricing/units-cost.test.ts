/**
 * The calculator's month for the units beside plain tokens: service tiers, cache writes by
 * lifetime, web searches, per-request fees, audio minutes and generated images. Every expected
 * figure is worked out by hand in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { costOf, monthlyCost, rankCosts } from './calculator.ts';
import { TYPICAL_WORKLOAD, workloadFromQuery, workloadToQuery, type Workload } from './workload.ts';

const work = (fields: Partial<Workload>): Workload => ({
  ...TYPICAL_WORKLOAD,
  inputTokens: 10_000,
  outputTokens: 1_000,
  requestsPerDay: 1_000,
  ...fields,
});

describe('service tiers', () => {
  const price = {
    input: 1.25,
    output: 10,
    cached_input: 0.125,
    tiers: {
      priority: { input: 2.5, output: 20, cached_input: 0.25 },
      flex: { input: 0.625, output: 5 },
    },
  };

  it('bills the priority tier at its own prices where the offer sells it', () => {
    // 10,000 × $2.50 + 1,000 × $20 = $0.025 + $0.02 = $0.045 a request; × 1,000 × 30 = $1,350.
    const cost = costOf(price, work({ tier: 'priority' }));
    expect(cost?.perRequest).toBeCloseTo(0.045, 12);
    expect(cost?.perMonth).toBeCloseTo(1350, 8);
    expect(cost?.tierPriced).toBe(true);
  });

  it('bills flex, its cached input at its input price where the tier lists none', () => {
    // 5,000 fresh × $0.625 + 5,000 cached × $0.625 + 1,000 × $5 = $0.003125 × 2 + $0.005 = $0.01125.
    const cost = costOf(price, work({ tier: 'flex', cachedShare: 0.5 }));
    expect(cost?.perRequest).toBeCloseTo(0.01125, 12);
  });

  it('bills standard prices, and says so, where the offer sells no such tier', () => {
    // 10,000 × $1.25 + 1,000 × $10 = $0.0125 + $0.01 = $0.0225.
    const cost = costOf({ input: 1.25, output: 10 }, work({ tier: 'priority' }));
    expect(cost?.perRequest).toBeCloseTo(0.0225, 12);
    expect(cost?.tierPriced).toBe(false);
  });

  it('leaves batch requests at batch prices whatever tier is asked for', () => {
    // All through batch: 10,000 × $0.625 + 1,000 × $5 = $0.01125, the tier not used.
    const cost = costOf(
      { ...price, batch_input: 0.625, batch_output: 5 },
      work({ tier: 'priority', batchShare: 1 }),
    );
    expect(cost?.perRequest).toBeCloseTo(0.01125, 12);
    expect(cost?.tierPriced).toBe(true);
  });
});

describe('cache writes', () => {
  const claude = { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, cache_write_1h: 6 };
  const noOutput = { outputTokens: 0, cachedShare: 0.5, cacheWriteShare: 0.3 };

  it('bills the written share at the 5-minute write price', () => {
    // 2,000 fresh × $3 + 5,000 cached × $0.30 + 3,000 written × $3.75
    // = $0.006 + $0.0015 + $0.01125 = $0.01875.
    const cost = costOf(claude, work(noOutput));
    expect(cost?.perRequest).toBeCloseTo(0.01875, 12);
    expect(cost?.parts.write).toBeCloseTo(0.01125, 12);
    expect(cost?.writePriced).toBe(true);
  });

  it('bills an hour-long write at the 1-hour price', () => {
    // $0.006 + $0.0015 + 3,000 × $6 = $0.0255.
    const cost = costOf(claude, work({ ...noOutput, cacheLifetime: '1h' }));
    expect(cost?.perRequest).toBeCloseTo(0.0255, 12);
  });

  it('falls back to the 5-minute price for an hour, then to the input price, and says so', () => {
    // No 1-hour price: 3,000 × $3.75 as for 5 minutes, $0.01875 in all.
    const noHour = costOf(
      { ...claude, cache_write_1h: undefined },
      work({ ...noOutput, cacheLifetime: '1h' }),
    );
    expect(noHour?.perRequest).toBeCloseTo(0.01875, 12);
    expect(noHour?.writePriced).toBe(false);
    // No write price at all: written at the input price, 5,000 × $3 + 5,000 × $0.30 = $0.0165.
    const none = costOf({ input: 3, output: 15, cached_input: 0.3 }, work(noOutput));
    expect(none?.perRequest).toBeCloseTo(0.0165, 12);
    expect(none?.writePriced).toBe(false);
  });

  it('never writes more than the cached share leaves of the prompt, read from a URL', () => {
    const w = workloadFromQuery(new URLSearchParams('cached=80&write=50&life=1h'));
    expect(w.cachedShare).toBe(0.8);
    expect(w.cacheWriteShare).toBeCloseTo(0.2, 12);
    expect(w.cacheLifetime).toBe('1h');
  });
});

describe('fees and media', () => {
  const base = { input: 2, output: 8 };
  // Tokens alone: 10,000 × $2 + 1,000 × $8 = $0.02 + $0.008 = $0.028 a request.
  const tokens = 0.028;

  it('adds web searches at the fee per 1,000, past the free daily allowance', () => {
    // 2 searches × $10 / 1,000 = $0.02 a request.
    const fee = { ...base, fees: { web_search_per_1k: 10 } };
    expect(costOf(fee, work({ searchesPerRequest: 2 }))?.perRequest).toBeCloseTo(tokens + 0.02, 12);
    // 2,000 searches a day, 1,500 free: 500 paid, $5 a day, $0.005 a request.
    const allowance = { ...base, fees: { web_search_per_1k: 10, web_search_free_per_day: 1_500 } };
    expect(costOf(allowance, work({ searchesPerRequest: 2 }))?.perRequest).toBeCloseTo(
      tokens + 0.005,
      12,
    );
    // No search fee listed: the workload cannot be priced there.
    expect(costOf(base, work({ searchesPerRequest: 2 }))).toBeUndefined();
  });

  it('adds a fixed per-request charge to every request, and monthlyCost counts it too', () => {
    // $0.028 + $0.005 = $0.033 a request; × 1,000 × 30 = $990.
    const price = { ...base, fees: { per_request: 0.005 } };
    expect(costOf(price, work({}))?.perRequest).toBeCloseTo(0.033, 12);
    expect(monthlyCost(price, work({}))).toBeCloseTo(990, 8);
  });

  it('adds audio minutes and images at their own prices, and cannot price them without', () => {
    // 3 minutes read × $0.006 + 1 minute made × $0.015 = $0.033.
    const audio = { ...base, audio: { input_per_minute: 0.006, output_per_minute: 0.015 } };
    const talk = work({ audioInMinutes: 3, audioOutMinutes: 1 });
    expect(costOf(audio, talk)?.parts.media).toBeCloseTo(0.033, 12);
    expect(costOf(base, talk)).toBeUndefined();
    // 2 images × $0.042 at the first size listed.
    const image = {
      ...base,
      image: { per_image: [{ size: '1024x1024', quality: 'medium', usd: 0.042 }] },
    };
    expect(costOf(image, work({ imagesPerRequest: 2 }))?.parts.media).toBeCloseTo(0.084, 12);
  });
});

describe('the extras in the URL', () => {
  it('round-trip, and a plain workload stays a plain link', () => {
    const w = work({
      tier: 'priority',
      cacheWriteShare: 0.3,
      cacheLifetime: '1h',
      searchesPerRequest: 2,
      audioInMinutes: 1.5,
      imagesPerRequest: 4,
    });
    const query = workloadToQuery(w);
    expect(query.toString()).toBe(
      'in=10000&out=1000&service=priority&write=30&life=1h&search=2&ain=1.5&img=4',
    );
    expect(workloadFromQuery(query)).toEqual(w);
    expect(workloadToQuery(TYPICAL_WORKLOAD).toString()).toBe('');
    expect(workloadFromQuery(new URLSearchParams('service=turbo&life=1d'))).toEqual(
      TYPICAL_WORKLOAD,
    );
  });
});

describe('ranking with a tier asked for', () => {
  it('lists the providers that sell the tier first, however much dearer', () => {
    const offers = [
      { name: 'Cheap', price: { input: 0.1, output: 0.4 } },
      {
        name: 'Maker',
        price: { input: 1, output: 4, tiers: { priority: { input: 2, output: 8 } } },
      },
    ];
    expect(rankCosts(offers, work({ tier: 'priority' })).map((r) => r.name)).toEqual([
      'Maker',
      'Cheap',
    ]);
    // Standard asked for: cheapest first, as ever.
    expect(rankCosts(offers, work({})).map((r) => r.name)).toEqual(['Cheap', 'Maker']);
  });
});
