/**
 * The planner on the units beside the token prices: a tier's or a fee's move is held to the same
 * bound as any price, a unit that contradicts its price is refused, and a fee that comes or goes
 * is reported. Hand-made plans; the run over HTTP is in test/refresh-units.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { offer, provider } from '../../../test/helpers/catalog.ts';
import type { Price } from '../../schemas/offer.ts';
import type { SourceEntry } from '../../sources/types.ts';
import { renderReport } from '../report.ts';
import { guard } from './guards.ts';
import { needsPerson, plan } from './plan.ts';
import { changedFields, mergePrice } from './prices.ts';

const TODAY = '2026-11-24';
const GPT: Price = {
  input: 2.5,
  output: 10,
  tiers: { priority: { input: 4.25, output: 17 }, flex: { input: 1.25 } },
  fees: { web_search_per_1k: 10 },
};
const entry = (price: Price): SourceEntry => ({
  source: 'litellm',
  ref: `litellm@${TODAY}`,
  asOf: TODAY,
  provider: 'openai',
  id: 'gpt-x',
  price,
});
const planFor = (current: Price, stated: Price) =>
  plan({
    providers: [
      provider(
        'openai',
        [offer('gpt-x', 2.5, 10, { source: 'litellm@00035b69', price: current, updated: TODAY })],
        { sources: { litellm: 'openai' } },
      ),
    ],
    reads: [{ id: 'litellm', ok: true, entries: [entry(stated)] }],
    state: undefined,
    today: TODAY,
  });

describe('the units in the refresh', () => {
  it('merges a stated unit over the offer’s, keeping what the source leaves out', () => {
    const after = mergePrice(GPT, { input: 2.5, tiers: { priority: { input: 5 } }, reasoning: 10 });
    expect(after.tiers).toEqual({ priority: { input: 5, output: 17 }, flex: { input: 1.25 } });
    expect(changedFields(GPT, after)).toEqual(['tiers.priority.input', 'reasoning']);
  });

  it('refuses a tier or a fee that moves more than 3×, like any price', () => {
    expect(guard(GPT, mergePrice(GPT, { tiers: { priority: { output: 60 } } }))).toBe(
      'tiers.priority.output: 17 → 60, more than 3× in one step',
    );
    expect(guard(GPT, mergePrice(GPT, { fees: { web_search_per_1k: 35 } }))).toBe(
      'fees.web_search_per_1k: 10 → 35, more than 3× in one step',
    );
    expect(guard(GPT, mergePrice(GPT, { tiers: { priority: { input: 5 } } }))).toBeUndefined();
  });

  it('refuses a unit that contradicts its price: a flex tier dearer than standard', () => {
    expect(guard(GPT, mergePrice(GPT, { tiers: { flex: { input: 3 } } }))).toBe(
      'tiers.flex.input 3 is not cheaper than input 2.5',
    );
  });

  it('applies and reports a fee that appears, and keeps and reports one that is gone', () => {
    const added = planFor(
      { input: 2.5, output: 10 },
      { input: 2.5, output: 10, fees: { web_search_per_1k: 10 } },
    );
    expect(added.changes).toHaveLength(1);
    expect(added.fees).toEqual([
      expect.objectContaining({ field: 'fees.web_search_per_1k', change: 'added', after: 10 }),
    ]);
    expect(needsPerson(added)).toBe(false);
    expect(renderReport(added)).toContain(
      '- openai / gpt-x: fees.web_search_per_1k $10.00 added (litellm), applied with the change',
    );

    const gone = planFor(GPT, { input: 2.5, output: 10, tiers: GPT.tiers });
    expect(gone.changes).toEqual([]);
    expect(gone.confirmations).toHaveLength(1);
    expect(gone.fees).toEqual([
      expect.objectContaining({ field: 'fees.web_search_per_1k', change: 'gone', before: 10 }),
    ]);
    expect(needsPerson(gone)).toBe(true);
    const report = renderReport(gone);
    expect(report).toContain('**Needs a person:** 1 fee no longer stated by its source.');
    expect(report).toContain(
      "- openai / gpt-x: fees.web_search_per_1k $10.00 is no longer stated by litellm; kept, check the provider's page",
    );
  });
});
