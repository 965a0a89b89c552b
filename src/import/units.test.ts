import { describe, expect, it } from 'vitest';
import { offer, provider } from '../../test/helpers/catalog.ts';
import type { Price } from '../schemas/offer.ts';
import { withoutDoubtfulUnits } from '../schemas/units.ts';
import type { SourceEntry } from '../sources/types.ts';
import { addUnits, planUnits } from './units.ts';

const REF = 'litellm@00035b69';
const entry = (id: string, price: Price, ref = REF, name = 'openai'): SourceEntry => ({
  source: 'litellm',
  ref,
  asOf: '2026-07-18',
  provider: name,
  id,
  price,
});
const PRIORITY = { priority: { input: 4.25, output: 17 } };
const openai = (offers: ReturnType<typeof offer>[]) =>
  provider('openai', offers, { sources: { litellm: 'openai' } });

describe('planUnits', () => {
  it('adds the units of the snapshot the offer cites, for its own id, and nothing it has', () => {
    const { fills } = planUnits(
      [
        openai([
          offer('gpt-4o', 2.5, 10, {
            source: REF,
            price: { input: 2.5, output: 10, reasoning: 9 },
          }),
        ]),
      ],
      [entry('gpt-4o', { input: 2.5, output: 10, reasoning: 10, tiers: PRIORITY })],
    );
    expect(fills.map((f) => [f.model, f.units])).toEqual([
      [
        'gpt-4o',
        [
          ['tiers.priority.input', 4.25],
          ['tiers.priority.output', 17],
        ],
      ],
    ]);
  });

  it('takes nothing from another revision, another id, or an entry at other token prices', () => {
    const offers = [
      offer('a', 2.5, 10, { source: 'litellm@2026-11-24' }),
      offer('b', 2.5, 10, { source: REF }),
      offer('c', 2.5, 10, { source: REF }),
      offer('d', 2.5, 10, { source: 'https://openai.com/api/pricing/' }),
    ];
    const { fills } = planUnits(
      [openai(offers)],
      [
        entry('a', { input: 2.5, output: 10, tiers: PRIORITY }),
        entry('b-latest', { input: 2.5, output: 10, tiers: PRIORITY }),
        entry('c', { input: 3, output: 10, tiers: PRIORITY }),
        entry('d', { input: 2.5, output: 10, tiers: PRIORITY }),
      ],
    );
    expect(fills).toEqual([]);
  });

  it('leaves out a tier that contradicts the price beside it, and says why', () => {
    const { fills, skipped } = planUnits(
      [openai([offer('nano', 0.05, 0.4, { source: REF })])],
      [
        entry('nano', {
          input: 0.05,
          output: 0.4,
          reasoning: 0.4,
          tiers: { priority: { input: 2.5 } },
        }),
      ],
    );
    expect(fills.map((f) => f.units)).toEqual([[['reasoning', 0.4]]]);
    expect(skipped).toEqual(['openai nano: tiers.priority.input 2.5 is more than 4× input 0.05']);
  });
});

describe('addUnits', () => {
  it('writes the units under the offer’s price, keeping every comment and line', () => {
    const text = `name: OpenAI
offers:
  # the flagship
  - model: gpt-4o
    provider_model_id: gpt-4o
    price:
      input: 2.5 # per 1M
      output: 10
    updated: 2026-07-18
    source: ${REF}
`;
    const price: Price = {
      input: 2.5,
      output: 10,
      fees: { web_search_per_1k: 10 },
      image: { per_image: [{ size: '1024x1024', usd: 0.04 }] },
    };
    const out = addUnits(text, [
      {
        provider: 'openai',
        index: 0,
        model: 'gpt-4o',
        from: `${REF} openai/gpt-4o`,
        units: [
          ['fees.web_search_per_1k', 10],
          ['image.per_image[1024x1024]', 0.04],
        ],
        price,
      },
    ]);
    expect(out).toBe(`name: OpenAI
offers:
  # the flagship
  - model: gpt-4o
    provider_model_id: gpt-4o
    price:
      input: 2.5 # per 1M
      output: 10
      fees:
        web_search_per_1k: 10
      image:
        per_image:
          - size: 1024x1024
            usd: 0.04
    updated: 2026-07-18
    source: ${REF}
`);
  });
});

describe('withoutDoubtfulUnits', () => {
  it('drops only the units that contradict the price, and empty groups with them', () => {
    expect(
      withoutDoubtfulUnits({
        input: 0.05,
        output: 0.4,
        cache_write: 1,
        cache_write_1h: 0.5,
        tiers: { priority: { input: 2.5 }, flex: { input: 0.025 } },
        image: { per_image: [{ usd: 0.00012 }] },
      }),
    ).toEqual({ input: 0.05, output: 0.4, cache_write: 1, tiers: { flex: { input: 0.025 } } });
    const fine = { input: 1, output: 2, tiers: { priority: { input: 2 } } };
    expect(withoutDoubtfulUnits(fine)).toBe(fine);
  });
});
