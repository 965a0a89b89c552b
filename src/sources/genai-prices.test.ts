/**
 * readGenaiPrices on hand-made inputs (genai-prices.fixtures.ts): plain, tiered, dated and
 * time-of-day prices, and input it must skip or refuse. The snapshot script and the vendored
 * snapshot are tested in genai-prices-snapshot.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { model, provider } from './genai-prices.fixtures.ts';
import { genaiPriceHistory, readGenaiPrices, type GenaiEntry } from './genai-prices.ts';

const read = (models: unknown[], asOf = '2026-09-23') =>
  readGenaiPrices([provider('acme', models)], 'genai-prices@test', asOf);
const one = (prices: unknown, asOf = '2026-09-23'): GenaiEntry | undefined =>
  read([model('m', prices)], asOf)[0];

describe('readGenaiPrices: plain price sets', () => {
  it('maps the per-1M keys as they are (no unit conversion) and drops float noise', () => {
    const entries = read([
      model(
        'Qwen/Qwen3-VL-8B-Instruct',
        {
          input_mtok: 0.18000000000000002,
          cache_write_mtok: 0.08333333333333334,
          cache_read_mtok: 0.03,
          output_mtok: 0.68,
          // The units beside the token prices: web searches by the thousand, audio per 1M,
          // the one-hour cache write.
          web_searches_kcount: 10,
          input_audio_mtok: 3,
          cache_write_1h_mtok: 6,
        },
        { name: 'Qwen3 VL 8B', context_window: 262144, deprecated: true },
      ),
    ]);
    expect(entries).toEqual([
      {
        source: 'genai-prices',
        ref: 'genai-prices@test',
        asOf: '2026-09-23',
        provider: 'acme',
        id: 'Qwen/Qwen3-VL-8B-Instruct',
        price: {
          input: 0.18,
          output: 0.68,
          cached_input: 0.03,
          cache_write: 0.083333,
          cache_write_1h: 6,
          audio: { input: 3 },
          fees: { web_search_per_1k: 10 },
        },
        contextWindow: 262144,
        status: 'deprecated',
      },
    ]);
  });

  it('keeps a model with only an input price, and leaves out free and non-token models', () => {
    const entries = read([
      model('embed', { input_mtok: 0.02 }),
      model('free:free', {}),
      model('whisper', { audio_hours: 0.111, input_audio_hours: 0.04 }),
      model('ocr', { input_document_kpages: 1 }),
    ]);
    expect(entries.map((e) => [e.id, e.price])).toEqual([['embed', { input: 0.02 }]]);
    expect(entries[0]?.status).toBeUndefined();
  });

  it('gives one entry per provider and model, the model id kept as written', () => {
    const entries = readGenaiPrices(
      [
        provider('a', [model('X-1', { input_mtok: 1 }), model('X-1', { input_mtok: 2 })]),
        provider('b', [model('X-1', { input_mtok: 3 })]),
      ],
      'r',
      '2026-09-23',
    );
    expect(entries.map((e) => [e.provider, e.id, e.price.input])).toEqual([
      ['a', 'X-1', 1],
      ['b', 'X-1', 3],
    ]);
  });
});

describe('readGenaiPrices: tiered prices', () => {
  it('takes the base as the flat price and the one tier as long_context', () => {
    // anthropic claude-opus-4-6 before 2026-03-13: every value tiered at 200000 input tokens.
    const tier = (base: number, price: number) => ({ base, tiers: [{ start: 200000, price }] });
    expect(
      one({
        input_mtok: tier(5, 10),
        cache_write_mtok: tier(6.25, 12.5),
        cache_read_mtok: tier(0.5, 1),
        output_mtok: tier(25, 37.5),
        cache_write_1h_mtok: tier(10, 20),
      })?.price,
    ).toEqual({
      input: 5,
      output: 25,
      cached_input: 0.5,
      cache_write: 6.25,
      cache_write_1h: 10,
      long_context: { threshold: 200000, input: 10, output: 37.5, cached_input: 1 },
    });
  });

  it('keeps the start as written: 199999 is how genai says "from 200K" (tiers fire above start)', () => {
    const price = one({
      input_mtok: { base: 1.25, tiers: [{ start: 199999, price: 2.5 }] },
      output_mtok: 2.5,
    })?.price;
    // The untiered output is left out of long_context: the flat price applies above it too.
    expect(price).toEqual({
      input: 1.25,
      output: 2.5,
      long_context: { threshold: 199999, input: 2.5 },
    });
  });

  it('gives no long_context for several tiers, differing starts, or a tier on cache writes only', () => {
    const two = {
      input_mtok: {
        base: 1,
        tiers: [
          { start: 128000, price: 2 },
          { start: 512000, price: 4 },
        ],
      },
      output_mtok: 3,
    };
    expect(one(two)?.price).toEqual({ input: 1, output: 3 });
    const differ = {
      input_mtok: { base: 1, tiers: [{ start: 128000, price: 2 }] },
      output_mtok: { base: 3, tiers: [{ start: 200000, price: 6 }] },
    };
    expect(one(differ)?.price).toEqual({ input: 1, output: 3 });
    const writes = {
      input_mtok: 1,
      cache_write_mtok: { base: 1.25, tiers: [{ start: 200000, price: 2.5 }] },
    };
    expect(one(writes)?.price).toEqual({ input: 1, cache_write: 1.25 });
  });
});

describe('readGenaiPrices: dated lists', () => {
  // The default entry first, then dated entries oldest first, as in all of genai's data.
  const list = [
    { prices: { input_mtok: 10, output_mtok: 40 } },
    { constraint: { start_date: '2025-06-10' }, prices: { input_mtok: 2, output_mtok: 8 } },
    { constraint: { start_date: '2027-01-01' }, prices: { input_mtok: 3, output_mtok: 9 } },
  ];

  it('uses the latest entry that has started, from its start day on', () => {
    expect(one(list, '2025-06-09')?.price).toEqual({ input: 10, output: 40 });
    expect(one(list, '2025-06-10')?.price).toEqual({ input: 2, output: 8 });
    expect(one(list, '2026-12-31')?.price).toEqual({ input: 2, output: 8 });
    expect(one(list, '2027-01-01')?.price).toEqual({ input: 3, output: 9 });
  });

  it('gives the spans so far as history and a future entry as scheduled, never as current', () => {
    const entry = one(list, '2026-09-23');
    expect(entry?.history).toEqual([
      { from: undefined, until: '2025-06-10', price: { input: 10, output: 40 } },
      { from: '2025-06-10', until: '2027-01-01', price: { input: 2, output: 8 } },
    ]);
    expect(entry?.scheduled).toEqual([
      { from: '2027-01-01', until: undefined, price: { input: 3, output: 9 } },
    ]);
    expect(entry?.timeOfDay).toBeUndefined();
    // A model with one price set has none of these.
    expect(one({ input_mtok: 1 })).not.toHaveProperty('history');
  });

  it('reads the npm bundle form (constraints with `type`) the same as the wire form', () => {
    const bundled = list.map((e) =>
      e.constraint ? { ...e, constraint: { ...e.constraint, type: 'start_date' } } : e,
    );
    expect(one(bundled)).toEqual(one(list));
  });

  it('falls back to the first entry when no entry applies, as genai does', () => {
    // No default entry: before both dates the engine still charges prices[0].
    const undefaulted = [
      { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: 1, output_mtok: 2 } },
      { constraint: { start_date: '2026-06-01' }, prices: { input_mtok: 3, output_mtok: 4 } },
    ];
    const entry = one(undefaulted, '2025-12-01');
    expect(entry?.price).toEqual({ input: 1, output: 2 });
    expect(entry?.scheduled?.map((s) => [s.from, s.price.input])).toEqual([['2026-06-01', 3]]);
  });

  it('skips a model whose current entry has no token price, whatever its history', () => {
    const ocr = [
      { prices: { input_mtok: 1 } },
      { constraint: { start_date: '2026-01-01' }, prices: { input_document_kpages: 2 } },
    ];
    expect(one(ocr, '2026-09-23')).toBeUndefined();
    expect(one(ocr, '2025-09-23')?.price).toEqual({ input: 1 });
  });
});

describe('readGenaiPrices: time-of-day windows', () => {
  // deepseek-v4-flash in 0.1.8: a default, a dated off-peak price, two peak windows after it.
  const peak = { input_mtok: 0.44, cache_read_mtok: 0.014, output_mtok: 1.32 };
  const flash = [
    { prices: { input_mtok: 0.14, cache_read_mtok: 0.0028, output_mtok: 0.28 } },
    {
      constraint: { start_date: '2026-08-17' },
      prices: { input_mtok: 0.22, cache_read_mtok: 0.007, output_mtok: 0.66 },
    },
    { constraint: { start_time: '01:00:00Z', end_time: '04:00:00Z' }, prices: peak },
    { constraint: { start_time: '06:00:00Z', end_time: '10:00:00Z' }, prices: peak },
  ];

  it('never makes a window the headline price, and lists the windows with their prices', () => {
    const entry = one(flash);
    expect(entry?.price).toEqual({ input: 0.22, output: 0.66, cached_input: 0.007 });
    const peakPrice = { input: 0.44, output: 1.32, cached_input: 0.014 };
    expect(entry?.timeOfDay).toEqual([
      { start: '01:00:00Z', end: '04:00:00Z', price: peakPrice },
      { start: '06:00:00Z', end: '10:00:00Z', price: peakPrice },
    ]);
    expect(entry?.history?.map((h) => [h.from, h.until, h.price.input])).toEqual([
      [undefined, '2026-08-17', 0.14],
      ['2026-08-17', undefined, 0.22],
    ]);
  });

  it('drops a window that an entry later in the list overrides (the engine reads last to first)', () => {
    const shadowed = [
      { prices: { input_mtok: 1 } },
      { constraint: { start_time: '00:30:00Z', end_time: '16:30:00Z' }, prices: { input_mtok: 2 } },
      { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: 3 } },
    ];
    expect(one(shadowed, '2025-12-31')?.timeOfDay?.map((w) => w.price.input)).toEqual([2]);
    expect(one(shadowed, '2026-01-01')?.timeOfDay).toBeUndefined();
  });

  it('has no headline price when only windows could apply', () => {
    const windows = [{ constraint: { start_time: '01:00Z', end_time: '02:00Z' }, prices: peak }];
    expect(genaiPriceHistory({ prices: windows }, '2026-09-23').current).toBeUndefined();
  });
});

describe('readGenaiPrices: bad input', () => {
  it('skips a malformed model and keeps the rest', () => {
    const entries = read([
      model('words', { input_mtok: 'cheap' }),
      model('negative', { input_mtok: -1 }),
      model('odd-constraint', [
        { prices: { input_mtok: 1 } },
        { constraint: { weekday: 6 }, prices: {} },
      ]),
      model('empty-list', []),
      { match: { equals: 'no-id' }, prices: { input_mtok: 1 } },
      model('good', { input_mtok: 1, output_mtok: 2 }),
    ]);
    expect(entries.map((e) => e.id)).toEqual(['good']);
  });

  it('refuses a top level that is not an array of providers, and a date that is not one', () => {
    expect(() => readGenaiPrices({ providers: [] }, 'r', '2026-09-23')).toThrow();
    expect(() => readGenaiPrices([{ id: 'acme' }], 'r', '2026-09-23')).toThrow(/models/);
    expect(() => read([model('m', { input_mtok: 1 })], '23/09/2026')).toThrow(/YYYY-MM-DD/);
  });
});
