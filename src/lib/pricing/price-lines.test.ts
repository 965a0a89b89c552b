import { describe, expect, it } from 'vitest';
import { conditionNotes, priceLines } from './price-lines.ts';

describe('priceLines', () => {
  // Claude Opus 5.5 at Anthropic as data/providers/anthropic.yaml has it (a $5 cache write), with
  // a batch input price added here to show that lines stay with their own kind.
  const price = { input: 4, output: 20, cached_input: 0.2, cache_write: 5, batch_input: 2 };

  it('says the cache write under the cached input, and only there', () => {
    expect(priceLines(price, 'cached_input')).toEqual(['cache write $5.00']);
    expect(priceLines(price, 'input')).toEqual(['batch $2.00']);
    expect(priceLines(price, 'output')).toEqual([]);
  });

  it('says nothing of a cache write nobody has published', () => {
    expect(priceLines({ input: 1, output: 2, cached_input: 0.1 }, 'cached_input')).toEqual([]);
  });

  it('adds the in-region cache write beside the global one', () => {
    const regional = {
      ...price,
      regional: { label: 'US only', input: 4.4, cached_input: 0.22, cache_write: 5.5 },
    };
    expect(priceLines(regional, 'cached_input')).toEqual([
      'cache write $5.00',
      'in-region $0.22',
      'in-region cache write $5.50',
    ]);
  });
});

describe('the service tiers, cache writes and reasoning', () => {
  // Hand-made: a standard tier at $2.50 / $15.00 / $0.25 with priority and flex beside it, a
  // five-minute and a one-hour cache write, and reasoning dearer than output.
  const price = {
    input: 2.5,
    output: 15,
    cached_input: 0.25,
    cache_write: 3.75,
    cache_write_1h: 6,
    reasoning: 20,
    tiers: {
      priority: { input: 3.75, output: 30, cached_input: 0.375 },
      flex: { input: 0.625, output: 7.5 },
    },
  };

  it('says each tier sold on one line under its own kind of token', () => {
    expect(priceLines(price, 'input')).toEqual(['priority $3.75 · flex $0.625']);
    expect(priceLines(price, 'cached_input')).toContain('priority $0.375');
  });

  it('says both cache writes on one line under the cached input', () => {
    expect(priceLines(price, 'cached_input')).toEqual([
      'cache write $3.75 · 1-hour write $6.00',
      'priority $0.375',
    ]);
    expect(priceLines({ input: 5, cache_write_1h: 10 }, 'cached_input')).toEqual([
      '1-hour write $10.00',
    ]);
  });

  it('says reasoning under output, after the tiers, only where it costs other than output', () => {
    expect(priceLines(price, 'output')).toEqual([
      'priority $30.00 · flex $7.50',
      'reasoning $20.00',
    ]);
    expect(priceLines({ input: 0.5, output: 3, reasoning: 3 }, 'output')).toEqual([]);
  });

  it('names a fast tier as such, after batch', () => {
    const fast = { input: 5, output: 25, batch_output: 12.5, tiers: { fast: { output: 150 } } };
    expect(priceLines(fast, 'output')).toEqual(['batch $12.50', 'fast $150.00']);
    expect(priceLines(fast, 'input')).toEqual([]);
  });

  it('leaves audio and image prices to their own lines', () => {
    const audio = { input: 4, output: 16, audio: { input: 32, output: 64 } };
    expect(priceLines(audio, 'input')).toEqual([]);
    expect(priceLines(audio, 'output')).toEqual([]);
  });
});

describe('conditionNotes', () => {
  it('says what each tier, the 1-hour write, reasoning and media lines mean, once each', () => {
    const notes = conditionNotes([
      { input: 1, tiers: { priority: { input: 2 } } },
      { input: 1, tiers: { priority: { input: 1.8 }, flex: { input: 0.5 } } },
      { input: 1, cache_write: 1.25, cache_write_1h: 2 },
      { input: 1, output: 2, reasoning: 6 },
      { input: 1, audio: { output_per_minute: 0.024 } },
    ]);
    expect(notes).toEqual([
      '“priority” prices are for priority processing: faster, more reliable service at a higher price.',
      '“flex” prices are for flex processing: cheaper, slower requests that may wait, or be refused when the provider is busy.',
      '“1-hour write” is the price of writing to the prompt cache for one hour, where the default “cache write” keeps it for less (five minutes at Anthropic).',
      '“reasoning” is the price of reasoning (thinking) tokens, where it differs from the output price.',
      '“audio” and “image” lines are the prices of audio and image tokens, per 1M unless marked “/ min” (per minute of audio) or “each” (per image); the main price is for text.',
    ]);
  });

  it('says the fast tier only where a table has one, and nothing of reasoning priced as output', () => {
    expect(conditionNotes([{ input: 5, output: 25, reasoning: 25 }])).toEqual([]);
    expect(conditionNotes([{ input: 5, tiers: { fast: { input: 30 } } }])).toEqual([
      '“fast” prices are for a faster mode of the same model, which the provider sells at its own price.',
    ]);
  });
});
