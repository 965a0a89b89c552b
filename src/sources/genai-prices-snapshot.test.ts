/**
 * genai-prices' vendored snapshot: the script that writes it from the npm bundle
 * (scripts/snapshot-genai-prices.ts), and what readGenaiPrices makes of the file it wrote,
 * reference/genai-prices-0.1.8.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledData, parseLiteral, toWireShape } from '../../scripts/snapshot-genai-prices.ts';
import { Price } from '../schemas/offer.ts';
import { model, provider } from './genai-prices.fixtures.ts';
import { GenaiPrices, readGenaiPrices, type GenaiEntry } from './genai-prices.ts';
import { GENAI_PRICES_SNAPSHOT, loadReference } from './reference.ts';

describe('the snapshot script', () => {
  it('reads a plain-data literal the way JavaScript would', () => {
    const source = `const E = [{ id: "a\\u0041\\x42", 'k-2': 'it\\'s', t: \`x\ny\`, on: !0, off: !1, n: -1.5e-3,
      nil: null, list: [1, .5, 2,], /* comment */ __proto__: 1 }], J = { f() {} };`;
    const data = bundledData(source);
    const expected = JSON.parse(
      '[{"id":"aAB","k-2":"it\'s","t":"x\\ny","on":true,"off":false,"n":-0.0015,"nil":null,"list":[1,0.5,2],"__proto__":1}]',
    );
    expect(data).toEqual(expected);
    expect(Object.keys(data[0] as object)).toContain('__proto__');
  });

  it('refuses anything that is not plain data', () => {
    for (const code of ['[f()]', '[x]', '[{ a }]', '[`${x}`]', '[1 + 1]', '[new Date()]']) {
      expect(() => parseLiteral(code, 0), code).toThrow();
    }
  });

  it('drops the bundle-only `type` of constraints', () => {
    const bundle = [
      provider('p', [
        model('m', [
          { prices: { input_mtok: 1 } },
          { constraint: { start_date: '2026-01-01', type: 'start_date' }, prices: {} },
          {
            constraint: { start_time: '01:00:00Z', end_time: '02:00:00Z', type: 'time_of_date' },
            prices: {},
          },
        ]),
      ]),
    ];
    expect(JSON.stringify(toWireShape(bundle))).not.toContain('"type"');
    expect(() =>
      toWireShape([
        provider('p', [
          model('m', [{ constraint: { start_date: '2026-01-01', type: 'x' }, prices: {} }]),
        ]),
      ]),
    ).toThrow(/type/);
  });
});

describe('the vendored snapshot, genai-prices 0.1.8', () => {
  const raw = JSON.parse(readFileSync(`reference/${GENAI_PRICES_SNAPSHOT.file}`, 'utf8')) as {
    id: string;
    models: { id: string; prices: unknown }[];
  }[];
  const at = (asOf: string) => readGenaiPrices(raw, GENAI_PRICES_SNAPSHOT.ref, asOf);
  const entries = at(GENAI_PRICES_SNAPSHOT.asOf);
  const find = (list: GenaiEntry[], provider: string, id: string) =>
    list.find((e) => e.provider === provider && e.id === id);

  it('is whole and in the wire shape: 43 providers, 1,694 models, no bundle `type`', () => {
    expect(GenaiPrices.safeParse(raw).success).toBe(true);
    expect(raw).toHaveLength(43);
    expect(raw.reduce((n, p) => n + p.models.length, 0)).toBe(1694);
    expect(JSON.stringify(raw)).not.toMatch(/"type":"(start_date|time_of_date)"/);
  });

  it('gives only prices the offer schema accepts', () => {
    const prices = entries.flatMap((e) => [
      e.price,
      ...[...(e.history ?? []), ...(e.scheduled ?? []), ...(e.timeOfDay ?? [])].map((h) => h.price),
    ]);
    expect(prices.filter((p) => !Price.safeParse(p).success)).toEqual([]);
  });

  it('prices claude-opus-4-6 flat from 2026-03-13 and tiered at 200000 before', () => {
    expect(find(entries, 'anthropic', 'claude-opus-4-6')).toMatchObject({
      price: { input: 5, output: 25, cached_input: 0.5, cache_write: 6.25 },
      contextWindow: 1000000,
    });
    expect(find(entries, 'anthropic', 'claude-opus-4-6')?.price.long_context).toBeUndefined();
    const before = find(at('2026-03-01'), 'anthropic', 'claude-opus-4-6');
    expect(before?.price).toEqual({
      input: 5,
      output: 25,
      cached_input: 0.5,
      cache_write: 6.25,
      cache_write_1h: 10,
      fees: { web_search_per_1k: 10 },
      long_context: { threshold: 200000, input: 10, output: 37.5, cached_input: 1 },
    });
    expect(before?.scheduled?.map((s) => s.from)).toEqual(['2026-03-13']);
  });

  it("keeps DeepSeek's off-peak price as the headline and its peak windows apart", () => {
    const flash = find(entries, 'deepseek', 'deepseek-v4-flash');
    expect(flash?.price).toEqual({ input: 0.22, output: 0.66, cached_input: 0.007 });
    expect(flash?.timeOfDay?.map((w) => [w.start, w.end, w.price.input, w.price.output])).toEqual([
      ['01:00:00Z', '04:00:00Z', 0.44, 1.32],
      ['06:00:00Z', '10:00:00Z', 0.44, 1.32],
    ]);
    expect(flash?.history?.[0]?.price).toEqual({ input: 0.14, output: 0.28, cached_input: 0.0028 });
    // deepseek-chat is laid out the other way: the default is the discount, the window the standard rate.
    const chat = find(entries, 'deepseek', 'deepseek-chat');
    expect(chat?.price).toEqual({ input: 0.135, output: 0.55, cached_input: 0.035 });
    expect(chat?.timeOfDay).toEqual([
      {
        start: '00:30:00Z',
        end: '16:30:00Z',
        price: { input: 0.27, output: 1.1, cached_input: 0.07 },
      },
    ]);
  });

  it('reads x-ai grok-4.20 with its long-context tier at 199999', () => {
    expect(find(entries, 'x-ai', 'grok-4.20')?.price).toEqual({
      input: 1.25,
      output: 2.5,
      cached_input: 0.2,
      long_context: { threshold: 199999, input: 2.5, output: 5, cached_input: 0.4 },
    });
  });

  it("rounds the source's float noise and keeps Gemini 3.6 Flash's 2027 price as scheduled", () => {
    const qwen = raw.find((p) => p.id === 'huggingface_together')?.models;
    expect(qwen?.find((m) => m.id === 'Qwen/Qwen3-VL-8B-Instruct')?.prices).toMatchObject({
      input_mtok: 0.18000000000000002,
    });
    expect(find(entries, 'huggingface_together', 'Qwen/Qwen3-VL-8B-Instruct')?.price.input).toBe(
      0.18,
    );
    const gemini = find(entries, 'google', 'gemini-3.6-flash');
    expect(gemini?.price).toEqual({ input: 0.75, output: 3.75, cached_input: 0.075 });
    expect(gemini?.scheduled).toEqual([
      {
        from: '2027-01-01',
        until: undefined,
        price: { input: 1.5, output: 7.5, cached_input: 0.15 },
      },
    ]);
  });

  it('leaves out free and non-token models', () => {
    expect(find(entries, 'openrouter', 'agentica-org/deepcoder-14b-preview:free')).toBeUndefined();
    expect(find(entries, 'mistral', 'mistral-ocr-latest')).toBeUndefined();
    expect(find(entries, 'openai', 'whisper-1')).toBeUndefined();
  });

  it('is part of the reference entries', () => {
    const genai = loadReference().entries.filter((e) => e.source === 'genai-prices');
    expect(genai).toHaveLength(entries.length);
    expect(genai.every((e) => e.ref === 'genai-prices@0.1.8' && e.asOf === '2026-09-23')).toBe(
      true,
    );
  });
});
