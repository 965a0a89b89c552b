import { describe, expect, it } from 'vitest';
import { feeCell, feeColumns } from './fees.ts';

describe('feeColumns', () => {
  // Hand-made: one offer with a web search fee and a daily allowance, one with grounding and a
  // fixed charge per request, one with no fee.
  const search = { web_search_per_1k: 35, web_search_free_per_day: 1500 };
  const grounding = { grounding_per_1k: 2.5, per_request: 0.005 };

  it('has a column only for the fees some offer states', () => {
    expect(feeColumns([{ web_search_per_1k: 10 }, undefined]).map((c) => c.label)).toEqual([
      'Web search, per 1,000 calls',
    ]);
    expect(feeColumns([search, grounding]).map((c) => c.label)).toEqual([
      'Web search, per 1,000 calls',
      'Grounding, per 1,000 prompts',
      'Per request',
    ]);
    expect(feeColumns([undefined])).toEqual([]);
  });

  it('writes each fee with its allowance, and "—" where an offer states none', () => {
    const [web, ground, request] = feeColumns([search, grounding]);
    if (!web || !ground || !request) throw new Error('expected three columns');
    expect(feeCell(web, search)).toBe('$35.00, first 1,500 a day free');
    expect(feeCell(web, { web_search_per_1k: 14 })).toBe('$14.00');
    expect(feeCell(web, grounding)).toBe('—');
    expect(feeCell(ground, grounding)).toBe('$2.50');
    expect(feeCell(request, grounding)).toBe('$0.005');
  });
});
