import { describe, expect, it } from 'vitest';
import {
  costOf,
  describeWorkload,
  rankCosts,
  TYPICAL_WORKLOAD,
  workloadFromQuery,
  workloadToQuery,
} from './calculator.ts';

describe('costOf', () => {
  const mini = { input: 0.15, output: 0.6, cached_input: 0.075 };

  it('charges input, cached input and output at their own prices', () => {
    // 6,000 fresh × $0.15 + 4,000 cached × $0.075 + 1,000 out × $0.60 = $0.0018 per request.
    const cost = costOf(mini, {
      inputTokens: 10_000,
      outputTokens: 1_000,
      cachedShare: 0.4,
      requestsPerDay: 100,
    });
    expect(cost?.perRequest).toBeCloseTo(0.0018, 12);
    expect(cost?.perMonth).toBeCloseTo(5.4, 9);
    expect(cost?.longContext).toBe(false);
  });

  it('charges cached tokens at the input price where no cached price is published', () => {
    const cost = costOf(
      { input: 1, output: 2 },
      { inputTokens: 1_000, outputTokens: 0, cachedShare: 0.5, requestsPerDay: 1 },
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
      inputTokens: 200_000,
      outputTokens: 0,
      cachedShare: 0,
      requestsPerDay: 1,
    });
    const past = costOf(price, {
      inputTokens: 200_001,
      outputTokens: 1_000,
      cachedShare: 0,
      requestsPerDay: 1,
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

describe('workload in the URL', () => {
  it('round-trips a workload through its query', () => {
    const work = { inputTokens: 12_345, outputTokens: 678, cachedShare: 0.25, requestsPerDay: 42 };
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
