import { describe, expect, it } from 'vitest';
import { HistoryEntry, Offer } from './offer.ts';
import { unitFields, unitLabel } from './units.ts';

const offer = {
  model: 'gpt-4o',
  provider_model_id: 'gpt-4o',
  price: { input: 2.5, output: 10 },
  updated: '2026-07-18',
  source: 'litellm@00035b69',
};

/** Every unit at once, as a person writes them in YAML. */
const UNITS = {
  cache_write_1h: 6,
  reasoning: 10,
  tiers: {
    priority: { input: 4.25, output: 17, cached_input: 2.125 },
    flex: { input: 1.25, output: 5 },
    fast: { input: 30, output: 150 },
  },
  audio: { input: 40, output: 80, cached_input: 2.5, input_per_minute: 0.006 },
  image: {
    input: 5,
    output: 40,
    input_per_image: 0.001315,
    per_image: [{ size: '1024x1024', quality: 'high', usd: 0.167 }, { usd: 0.039 }],
  },
  fees: {
    web_search_per_1k: 10,
    web_search_free_per_day: 1500,
    grounding_per_1k: 35,
    per_request: 0.005,
  },
};

const messages = (value: unknown) =>
  (Offer.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the units beside an offer’s token prices', () => {
  it('accepts every unit, and a history entry carries them as the price does', () => {
    const parsed = Offer.parse({ ...offer, price: { ...offer.price, ...UNITS } });
    expect(parsed.price.tiers?.priority?.input).toBe(4.25);
    expect(parsed.price.fees?.web_search_per_1k).toBe(10);
    const past = HistoryEntry.parse({ price: parsed.price, until: '2026-11-24' });
    expect(past.price.image?.per_image).toEqual(UNITS.image.per_image);
  });

  it('refuses an unknown tier, an empty group and a per-token price in a tier, each at its path', () => {
    expect(
      messages({ ...offer, price: { ...offer.price, tiers: { turbo: { input: 1 } } } }),
    ).toEqual(['price.tiers: Unrecognized key: "turbo"']);
    expect(messages({ ...offer, price: { ...offer.price, tiers: {} } })).toEqual([
      'price.tiers: missing: expected at least one tier (priority, flex or fast)',
    ]);
    expect(messages({ ...offer, price: { ...offer.price, audio: {} } })).toEqual([
      'price.audio: missing: expected at least one price in this group',
    ]);
    expect(
      messages({ ...offer, price: { ...offer.price, tiers: { priority: { input: 0.00000425 } } } }),
    ).toEqual([
      expect.stringMatching(/^price\.tiers\.priority\.input: .*looks like a price per token/),
    ]);
  });

  it('refuses a negative fee and float noise in an amount, and keeps 0 (free) apart from unknown', () => {
    expect(messages({ ...offer, price: { ...offer.price, fees: { per_request: -1 } } })).toEqual([
      'price.fees.per_request: expected a non-negative amount in USD, got -1',
    ]);
    expect(
      messages({ ...offer, price: { ...offer.price, fees: { web_search_per_1k: 0.1 + 0.2 } } })[0],
    ).toMatch(/floating-point noise\? write 0\.3/);
    const free = Offer.parse({ ...offer, price: { ...offer.price, fees: { per_request: 0 } } });
    expect(free.price.fees?.per_request).toBe(0);
  });
});

describe('unitFields and unitLabel', () => {
  it('lists every unit by its path, and names each in words', () => {
    const fields = unitFields(UNITS);
    expect(fields.map(([path]) => [path, unitLabel(path)])).toEqual([
      ['cache_write_1h', '1-hour cache write'],
      ['reasoning', 'reasoning'],
      ['tiers.priority.input', 'priority input'],
      ['tiers.priority.output', 'priority output'],
      ['tiers.priority.cached_input', 'priority cached input'],
      ['tiers.flex.input', 'flex input'],
      ['tiers.flex.output', 'flex output'],
      ['tiers.fast.input', 'fast input'],
      ['tiers.fast.output', 'fast output'],
      ['audio.input', 'audio input'],
      ['audio.output', 'audio output'],
      ['audio.cached_input', 'audio cached input'],
      ['audio.input_per_minute', 'audio input per minute'],
      ['image.input', 'image input'],
      ['image.output', 'image output'],
      ['image.input_per_image', 'image input per image'],
      ['image.per_image[1024x1024 high]', 'image 1024x1024 high, per image'],
      ['image.per_image[any size]', 'image any size, per image'],
      ['fees.web_search_per_1k', 'web search fee per 1,000 calls'],
      ['fees.web_search_free_per_day', 'free web searches per day'],
      ['fees.grounding_per_1k', 'grounding fee per 1,000 prompts'],
      ['fees.per_request', 'per-request fee'],
    ]);
    expect(unitFields({})).toEqual([]);
  });
});
