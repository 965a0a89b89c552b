import { describe, expect, it } from 'vitest';
import { priceLines } from './price-lines.ts';

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
