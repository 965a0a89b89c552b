import { describe, expect, it } from 'vitest';
import { model, provider } from '../../test/helpers/catalog.ts';
import type { SourceEntry } from '../sources/types.ts';
import { planOffers } from './importer.ts';

const entry = (fields: Partial<SourceEntry>): SourceEntry => ({
  source: 'openrouter',
  ref: 'openrouter@2026-08-01',
  asOf: '2026-08-01',
  provider: 'OpenRouter',
  id: 'qwen/qwq-32b',
  price: { input: 0.15, output: 0.4 },
  ...fields,
});
const genai = entry({
  source: 'genai-prices',
  ref: 'genai-prices@0.1.8',
  asOf: '2026-09-23',
  provider: 'openrouter',
  id: 'qwq-32b',
  price: { input: 0.12, output: 0.36 },
});
const openrouter = provider('openrouter', [], {
  sources: { openrouter: 'OpenRouter', 'genai-prices': 'openrouter' },
});
const models = [model('qwq-32b')];

describe('planOffers', () => {
  it("takes genai-prices' newer price with the provider's own id from another source", () => {
    const plan = planOffers(openrouter, models, [entry({}), genai]);
    expect(plan.offers.map((o) => o.offer)).toEqual([
      {
        model: 'qwq-32b',
        provider_model_id: 'qwen/qwq-32b',
        source_ids: { 'genai-prices': 'qwq-32b' },
        price: { input: 0.12, output: 0.36 },
        updated: '2026-09-23',
        source: 'genai-prices@0.1.8',
      },
    ]);
  });

  it("leaves for a person an offer whose only id is not in the provider's shape", () => {
    const plan = planOffers(openrouter, models, [genai]);
    expect(plan.offers).toEqual([]);
    expect(plan.skipped).toEqual([
      'genai-prices@0.1.8 openrouter/qwq-32b: "qwq-32b" is not an OpenRouter id (<maker>/<model>); add the offer by hand',
    ]);
  });

  it("takes genai-prices' own id where it is the provider's shape", () => {
    const anthropic = provider('anthropic', [], { sources: { 'genai-prices': 'anthropic' } });
    const opus = { ...genai, provider: 'anthropic', id: 'claude-opus-5' };
    const plan = planOffers(anthropic, [model('claude-opus-5')], [opus]);
    expect(plan.offers.map((o) => o.offer.provider_model_id)).toEqual(['claude-opus-5']);
  });
});
