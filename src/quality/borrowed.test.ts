import { describe, expect, it } from 'vitest';
import { offer, provider } from '../../test/helpers/catalog.ts';
import type { SourceEntry } from '../sources/types.ts';
import { borrowedPrices } from './borrowed.ts';

const entry = (id: string, input: number, output: number): SourceEntry => ({
  source: 'genai-prices',
  ref: 'genai-prices@0.1.8',
  asOf: '2026-09-23',
  provider: 'together',
  id,
  price: { input, output },
});
const entries = [entry('Llama-3-8B-Lite', 0.1, 0.1), entry('Llama-3-8B', 0.2, 0.2)];
const together = (fields: Parameters<typeof offer>[3], input = 0.2) =>
  provider(
    'togetherai',
    [
      offer('llama-3-8b', input, input, {
        provider_model_id: 'Llama-3-8B-Lite',
        source: 'genai-prices@0.1.8',
        ...fields,
      }),
    ],
    {
      sources: { 'genai-prices': 'together' },
    },
  );

describe('borrowedPrices', () => {
  it("flags an offer whose source_ids borrow another id's price while its own id is listed", () => {
    const found = borrowedPrices(
      { providers: [together({ source_ids: { 'genai-prices': 'Llama-3-8B' } })] },
      entries,
    );
    expect(found).toEqual([
      {
        where: 'togetherai: llama-3-8b',
        message:
          'cites genai-prices@0.1.8 through source_ids "Llama-3-8B", but genai-prices@0.1.8 prices "Llama-3-8B-Lite" itself at input 0.1, output 0.1 (here input 0.2, output 0.2): another model\'s price',
      },
    ]);
  });

  it('accepts the price of its own id, and source_ids where the catalogue lists no such id', () => {
    expect(borrowedPrices({ providers: [together({}, 0.1)] }, entries)).toEqual([]);
    const spelled = together(
      {
        provider_model_id: 'llama-3-8b-lite-v2',
        source_ids: { 'genai-prices': 'Llama-3-8B-Lite' },
      },
      0.1,
    );
    expect(borrowedPrices({ providers: [spelled] }, entries)).toEqual([]);
  });
});
