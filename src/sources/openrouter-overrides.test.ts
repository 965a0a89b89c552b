/**
 * pricing.overrides in OpenRouter's model list: the token tiers read as a long-context price, and
 * every other override (time windows, unknown conditions, malformed entries) left out without
 * changing the base price or the refresh plan.
 */
import { describe, expect, it } from 'vitest';
import { offer, provider } from '../../test/helpers/catalog.ts';
import { plan } from '../refresh/plan/plan.ts';
import {
  DAY,
  GPT4_UNITS,
  gpt4,
  priceOf,
  readModels,
  specModels,
  type Json,
} from './openrouter.fixtures.ts';

describe('pricing.overrides', () => {
  const BASE = { input: 30, output: 60, cached_input: 3, cache_write: 37.5, ...GPT4_UNITS };
  const TIER = { min_prompt_tokens: 200000, prompt: '0.00006', completion: '0.00009' };
  const withOverrides = (overrides: unknown[] | undefined) => {
    const list = specModels();
    const pricing: Json = gpt4(list).pricing;
    if (overrides === undefined) delete pricing['overrides'];
    else pricing['overrides'] = overrides;
    return list;
  };

  // Every documented override we do not model, and some undocumented ones: none may change the
  // base price or make up a long-context price.
  const NOT_TIERS: [string, Json][] = [
    ['a daily time window', { utc_start: 100, utc_end: 400, prompt: '0.000015' }],
    ['a time window past midnight', { utc_start: 2200, utc_end: 600, completion: '0.00003' }],
    ['a timed token tier', { min_prompt_tokens: 1000, utc_start: 100, prompt: '0.0001' }],
    ['only unknown keys', { region: 'eu', surcharge: '0.00001' }],
    ['a tier with an unknown condition', { min_prompt_tokens: 1000, region: 'eu', prompt: '0.1' }],
    ['no condition', { prompt: '0.0001' }],
    ['nothing at all', {}],
    ['a number where a price belongs', { min_prompt_tokens: 1000, prompt: 0.0001 }],
    ['a fractional threshold', { min_prompt_tokens: 0.5, prompt: '0.0001' }],
  ];
  for (const [what, override] of NOT_TIERS) {
    it(`leaves the base price unchanged for ${what}`, () => {
      expect(priceOf(withOverrides([override]))).toEqual(BASE);
      expect(priceOf(withOverrides([TIER, override]))).toEqual(priceOf(withOverrides([TIER])));
      expect(priceOf(withOverrides([override, TIER]))).toEqual(priceOf(withOverrides([TIER])));
    });
  }

  it('notes the overrides it leaves out that it does not understand, but not time windows', () => {
    const read = readModels(withOverrides(NOT_TIERS.map(([, o]) => o)));
    expect(read.notes).toEqual([
      'openai/gpt-4: pricing.overrides[3] left out (keys not in the spec: region, surcharge)',
      'openai/gpt-4: pricing.overrides[4] left out (keys not in the spec: region)',
      'openai/gpt-4: pricing.overrides[5] left out (no condition)',
      'openai/gpt-4: pricing.overrides[6] left out (no condition)',
      expect.stringMatching(/^openai\/gpt-4: pricing\.overrides\[7\] left out \(prompt: /),
      'openai/gpt-4: pricing.overrides[8] left out (min_prompt_tokens 0.5 is not a positive whole number)',
    ]);
  });

  it('maps the smallest token tier, inheriting the base for keys it leaves out', () => {
    const high = { min_prompt_tokens: 256000, prompt: '0.0002', completion: '0.0008' };
    // Listed after a higher tier and without input_cache_read: the base's 3 is inherited.
    expect(priceOf(withOverrides([high, TIER]))).toEqual({
      ...BASE,
      long_context: { threshold: 200000, input: 60, output: 90, cached_input: 3 },
    });
    // A tier that states only the output price inherits input and cached input too.
    expect(priceOf(withOverrides([{ min_prompt_tokens: 1000, completion: '0.0001' }]))).toEqual({
      ...BASE,
      long_context: { threshold: 1000, input: 30, output: 100, cached_input: 3 },
    });
  });

  it('lets later entries win per key among tiers of the same threshold', () => {
    const later = { min_prompt_tokens: 200000, completion: '0.0001' };
    expect(priceOf(withOverrides([TIER, later]))?.long_context).toEqual({
      threshold: 200000,
      input: 60,
      output: 100,
      cached_input: 3,
    });
  });

  it('gives the same plan with any documented override as without one', () => {
    // OpenRouter's own offer of gpt-4, a little off the list, so the plan has a change to make.
    const router = provider(
      'openrouter',
      [
        offer('gpt-4', 25, 60, {
          provider_model_id: 'openai/gpt-4',
          source: 'openrouter@2026-08-01',
          updated: '2026-08-01',
        }),
      ],
      { sources: { openrouter: 'OpenRouter' } },
    );
    const planOf = (list: unknown) =>
      plan({
        providers: [router],
        reads: [{ id: 'openrouter', ok: true, entries: readModels(list).entries }],
        state: undefined,
        today: DAY,
      });
    const without = planOf(withOverrides(undefined));
    expect(without.changes).toHaveLength(1);
    expect(planOf(withOverrides([]))).toEqual(without);
    for (const [, override] of NOT_TIERS) {
      expect(planOf(withOverrides([override]))).toEqual(without);
    }
    const tiered = planOf(withOverrides([TIER]));
    expect(tiered.changes[0]?.after.long_context).toMatchObject({ threshold: 200000 });
    for (const [, override] of NOT_TIERS) {
      expect(planOf(withOverrides([TIER, override]))).toEqual(tiered);
    }
  });
});
