/**
 * readOpenRouterModelList, OpenRouter's /api/v1/models read into source entries: on the spec
 * fixture (every documented field, one changed at a time) and on a recorded list. Its
 * pricing.overrides, the endpoints and the reads over HTTP have files of their own
 * (openrouter-overrides, openrouter-endpoints, openrouter-http).
 */
import { describe, expect, it } from 'vitest';
import {
  DAY,
  GPT4_UNITS,
  gpt4,
  load,
  priceOf,
  readModels,
  REF,
  specModels,
  type Json,
} from './openrouter.fixtures.ts';
import { readOpenRouterModels } from './openrouter.ts';

const RECORDED_MODELS = 'reference/openrouter/models-2026-08-01.json';

// The price of openai/gpt-4 in the spec fixture, per 1M tokens.
const GPT4_PRICE = {
  input: 30,
  output: 60,
  cached_input: 3,
  cache_write: 37.5,
  long_context: { threshold: 200000, input: 60, output: 90, cached_input: 6 },
  ...GPT4_UNITS,
};

describe('readOpenRouterModelList on the spec fixture', () => {
  it('reads every field we model from a model that has every documented field', () => {
    const read = readModels(specModels());
    expect(read.skipped).toEqual([]);
    expect(read.notes).toEqual([]);
    expect(read.entries).toEqual([
      {
        source: 'openrouter',
        ref: REF,
        asOf: DAY,
        provider: 'OpenRouter',
        id: 'openai/gpt-4',
        price: GPT4_PRICE,
        contextWindow: 8192,
        maxOutput: 4096,
        status: 'expires 2025-06-01',
        facts: {
          name: 'GPT-4',
          released: '2023-08-24',
          knowledgeCutoff: '2024-10-01',
          input: ['text'],
          output: ['text'],
          toolCalling: false,
          structuredOutput: false,
          reasoning: false,
        },
      },
      {
        source: 'openrouter',
        ref: REF,
        asOf: DAY,
        provider: 'OpenRouter',
        id: 'openrouter/auto',
        // "-1" is a router's "priced by the model routed to": no price, never -1,000,000.
        price: {},
        contextWindow: undefined,
        maxOutput: undefined,
        status: undefined,
        facts: {
          name: 'Auto Router',
          released: '2023-11-08',
          knowledgeCutoff: undefined,
          // "file" is OpenRouter's word for a document input, which we call pdf.
          input: ['text', 'image', 'pdf', 'audio', 'video'],
          output: ['text'],
          toolCalling: false,
          structuredOutput: false,
          reasoning: false,
        },
      },
    ]);
    expect(readOpenRouterModels(specModels(), REF, DAY)).toEqual(read.entries);
  });

  it('reads model facts for the importer: maker prefix off the name, open weights from a Hugging Face id', () => {
    const list = specModels();
    const model = list.data[0] as Json;
    model['name'] = 'OpenAI: GPT-4';
    model['hugging_face_id'] = 'openai/gpt-4';
    model['supported_parameters'] = ['tools', 'structured_outputs', 'reasoning'];
    model['architecture'] = { input_modalities: ['text', 'file'], output_modalities: ['text'] };
    const [entry] = readModels(list).entries;
    expect(entry?.facts).toEqual({
      name: 'GPT-4',
      released: '2023-08-24',
      knowledgeCutoff: '2024-10-01',
      input: ['text', 'pdf'],
      output: ['text'],
      toolCalling: true,
      structuredOutput: true,
      reasoning: true,
      openWeights: true,
      weights: 'https://huggingface.co/openai/gpt-4',
    });
    // Without supported_parameters nothing is known about tools, rather than "no tools".
    delete model['supported_parameters'];
    expect(readModels(list).entries[0]?.facts?.toolCalling).toBeUndefined();
  });

  // Each documented pricing key we model, set to a new value: the read must move with it, so a
  // key that is silently ignored (or read into the wrong field) fails here.
  const FIELDS: [string, (p: Json & { overrides: Json[] }) => void, Record<string, unknown>][] = [
    ['pricing.prompt', (p) => (p['prompt'] = '0.000031'), { input: 31 }],
    ['pricing.completion', (p) => (p['completion'] = '0.000061'), { output: 61 }],
    [
      'pricing.input_cache_read',
      (p) => (p['input_cache_read'] = '0.0000031'),
      { cached_input: 3.1 },
    ],
    [
      'pricing.input_cache_write',
      (p) => (p['input_cache_write'] = '0.0000376'),
      { cache_write: 37.6 },
    ],
    // The units beside the token prices (PublicPricing l.21415–21477): a "0" is a unit not billed.
    [
      'pricing.input_cache_write_1h',
      (p) => (p['input_cache_write_1h'] = '0.000061'),
      { cache_write_1h: 61 },
    ],
    [
      'pricing.internal_reasoning',
      (p) => (p['internal_reasoning'] = '0.000062'),
      { reasoning: 62 },
    ],
    [
      'pricing.audio',
      (p) => (p['audio'] = '0.000041'),
      { audio: { ...GPT4_UNITS.audio, input: 41 } },
    ],
    [
      'pricing.audio_output',
      (p) => (p['audio_output'] = '0'),
      { audio: { input: 40, cached_input: 4 } },
    ],
    [
      'pricing.input_audio_cache',
      (p) => (p['input_audio_cache'] = '0.0000041'),
      { audio: { ...GPT4_UNITS.audio, cached_input: 4.1 } },
    ],
    ['pricing.image', (p) => (p['image'] = '0.00003'), { image: { input: 30 } }],
    ['pricing.image_output', (p) => (p['image_output'] = '0.00004'), { image: { output: 40 } }],
    ['pricing.web_search', (p) => (p['web_search'] = '0.014'), { fees: { web_search_per_1k: 14 } }],
    [
      'pricing.request',
      (p) => (p['request'] = '0.005'),
      { fees: { web_search_per_1k: 10, per_request: 0.005 } },
    ],
    [
      'overrides[].min_prompt_tokens',
      (p) => (p.overrides[0] = { ...p.overrides[0], min_prompt_tokens: 128000 }),
      { long_context: { ...GPT4_PRICE.long_context, threshold: 128000 } },
    ],
    [
      'overrides[].prompt',
      (p) => (p.overrides[0] = { ...p.overrides[0], prompt: '0.000061' }),
      { long_context: { ...GPT4_PRICE.long_context, input: 61 } },
    ],
    [
      'overrides[].completion',
      (p) => (p.overrides[0] = { ...p.overrides[0], completion: '0.000091' }),
      { long_context: { ...GPT4_PRICE.long_context, output: 91 } },
    ],
    [
      'overrides[].input_cache_read',
      (p) => (p.overrides[0] = { ...p.overrides[0], input_cache_read: '0.0000061' }),
      { long_context: { ...GPT4_PRICE.long_context, cached_input: 6.1 } },
    ],
  ];
  for (const [field, change, expected] of FIELDS) {
    it(`reads ${field}`, () => {
      const list = specModels();
      change(gpt4(list).pricing);
      expect(priceOf(list)).toEqual({ ...GPT4_PRICE, ...expected });
    });
  }

  it('skips an entry of an unexpected shape, reports it, and reads the rest', () => {
    const list = specModels();
    const good = list.data[0] as Json;
    const pricing = good['pricing'] as Json;
    list.data = [
      { ...good, id: 'a/number-price', pricing: { ...pricing, prompt: 0.00003 } },
      { ...good, id: undefined },
      { ...good, id: 'a/no-pricing', pricing: undefined },
      { ...good, id: 'a/not-a-decimal', pricing: { ...pricing, completion: 'cheap' } },
      'not a model' as unknown as Json,
      good,
    ];
    const read = readModels(list);
    expect(read.entries.map((e) => e.id)).toEqual(['openai/gpt-4']);
    expect(read.skipped).toEqual([
      expect.stringMatching(/^data\[0\] \(a\/number-price\): pricing\.prompt: .*expected string/),
      expect.stringMatching(/^data\[1\]: id: /),
      expect.stringMatching(/^data\[2\] \(a\/no-pricing\): pricing: /),
      expect.stringMatching(
        /^data\[3\] \(a\/not-a-decimal\): pricing\.completion: expected a decimal/,
      ),
      expect.stringMatching(/^data\[4\]: /),
    ]);
  });

  it('refuses only a response that is not a model list at all', () => {
    expect(() => readModels({ models: [] })).toThrow(/not a model list: data: /);
    expect(() => readModels([])).toThrow(/not a model list/);
  });

  it('drops negative prices, in the base and in a tier, and keeps the rest', () => {
    const list = specModels();
    const p = gpt4(list).pricing;
    p['input_cache_write'] = '-1';
    p.overrides[0] = { ...p.overrides[0], completion: '-0.5' };
    const { cache_write, ...rest } = GPT4_PRICE;
    expect(cache_write).toBe(37.5);
    expect(priceOf(list)).toEqual({
      ...rest,
      long_context: { threshold: 200000, input: 60, cached_input: 6 },
    });
  });

  it('notes a listed discount and a next page, without applying or following them', () => {
    const list = specModels();
    gpt4(list).pricing['discount'] = 0.2;
    list['links'] = { next: '/api/v1/models?offset=2&limit=2' };
    const read = readModels(list);
    expect(read.entries[0]?.price).toEqual(GPT4_PRICE);
    expect(read.notes).toEqual([
      'openai/gpt-4: discount 0.2 is not applied to the prices read',
      'the list has a next page (/api/v1/models?offset=2&limit=2); only the first was read',
    ]);
  });
});

describe('readOpenRouterModelList on the recorded list', () => {
  const read = readModels(load(RECORDED_MODELS));

  it('reads all 336 models, skips none, and has nothing to note', () => {
    expect(read.entries).toHaveLength(336);
    expect(read.skipped).toEqual([]);
    expect(read.notes).toEqual([]);
  });

  it('gives the routers no price rather than -1,000,000', () => {
    const routers = read.entries.filter((e) =>
      ['auto', 'auto-beta', 'fusion', 'pareto-code', 'bodybuilder'].some(
        (r) => e.id === `openrouter/${r}`,
      ),
    );
    expect(routers).toHaveLength(5);
    for (const r of routers) expect(r.price).toEqual({});
    for (const e of read.entries) {
      for (const value of Object.values(e.price)) {
        if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('reads the smallest of two tiers, and a long-context cached price wherever the base has one', () => {
    const flash = read.entries.find((e) => e.id === 'qwen/qwen3.7-flash');
    expect(flash?.price).toEqual({
      input: 0.03,
      output: 0.13,
      cached_input: 0.006,
      cache_write: 0.038,
      long_context: { threshold: 32000, input: 0.1, output: 0.4, cached_input: 0.02 },
    });
    const tiered = read.entries.filter((e) => e.price.long_context);
    expect(tiered.length).toBeGreaterThanOrEqual(40);
    for (const e of tiered) {
      expect(e.price.long_context?.input).toBeGreaterThanOrEqual(0);
      if (e.price.cached_input != null)
        expect(e.price.long_context?.cached_input).not.toBeUndefined();
    }
  });
});
