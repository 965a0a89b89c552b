import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offer, provider } from '../../test/helpers/catalog.ts';
import { DEFAULT_FETCH, type FetchOptions } from '../refresh/http.ts';
import { plan } from '../refresh/plan/plan.ts';
import {
  readEndpointList,
  readEndpoints,
  readOpenRouter,
  type EndpointReading,
} from '../refresh/sources/openrouter.ts';
import { readOpenRouterModelList, readOpenRouterModels } from './openrouter.ts';

type Json = Record<string, unknown>;
const load = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;
const SPEC_MODELS = 'test/fixtures/openrouter/models-spec.json';
const SPEC_ENDPOINTS = 'test/fixtures/openrouter/endpoints-spec.json';
const RECORDED_MODELS = 'reference/openrouter/models-2026-08-01.json';
const RECORDED_KIMI = 'reference/openrouter/endpoints-moonshotai--kimi-k3-2026-08-04.json';
const RECORDED_QWEN = 'reference/openrouter/endpoints-qwen--qwen3.8-max-2026-08-04.json';
const REF = 'openrouter@2026-08-22';
const DAY = '2026-08-22';

/** The spec fixture's models, to change one field at a time. */
const specModels = () => load(SPEC_MODELS) as { data: Json[] } & Json;
const gpt4 = (list: { data: Json[] }) => list.data[0] as { pricing: Json & { overrides: Json[] } };
/** The spec fixture's endpoints: [0] is `openai/fast`, [1] the plain authenticated `openai`. */
const specEndpoints = () => load(SPEC_ENDPOINTS) as { data: { endpoints: Json[] } & Json };

const readModels = (json: unknown) => readOpenRouterModelList(json, REF, DAY);
const priceOf = (json: unknown, id = 'openai/gpt-4') =>
  readModels(json).entries.find((e) => e.id === id)?.price;

// The price of openai/gpt-4 in the spec fixture, per 1M tokens.
const GPT4_PRICE = {
  input: 30,
  output: 60,
  cached_input: 3,
  cache_write: 37.5,
  long_context: { threshold: 200000, input: 60, output: 90, cached_input: 6 },
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

describe('pricing.overrides', () => {
  const BASE = { input: 30, output: 60, cached_input: 3, cache_write: 37.5 };
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

const readSpecEndpoints = (json: unknown = specEndpoints()) => readEndpointList(json, REF, DAY);
const byTag = (readings: EndpointReading[], tag: string) => readings.find((r) => r.tag === tag);

describe('readEndpointList on the spec fixture', () => {
  it('reads both endpoints, the plain one first, keyed by data.id and not the permaslug', () => {
    const read = readSpecEndpoints();
    expect(read.skipped).toEqual([]);
    expect(read.notes).toEqual([]);
    expect(read.endpoints).toEqual([
      {
        source: 'openrouter',
        ref: REF,
        asOf: DAY,
        provider: 'OpenAI',
        id: 'openai/gpt-4',
        price: {
          input: 30,
          output: 60,
          cached_input: 3,
          cache_write: 37.5,
          long_context: { threshold: 200000, input: 60, output: 90, cached_input: 3 },
        },
        contextWindow: 8192,
        maxOutput: 4096,
        tokensPerSecond: 45.2,
        ttftMs: 612.4,
        uptimePct: 99.8,
        tag: 'openai',
        endpointStatus: 0,
        quantization: 'fp16',
        variant: false,
      },
      {
        source: 'openrouter',
        ref: REF,
        asOf: DAY,
        provider: 'OpenAI',
        id: 'openai/gpt-4',
        price: { input: 45, output: 90 },
        contextWindow: 8192,
        maxOutput: undefined,
        // The unauthenticated reading: every statistic null.
        tokensPerSecond: undefined,
        ttftMs: undefined,
        uptimePct: undefined,
        tag: 'openai/fast',
        endpointStatus: -5,
        quantization: undefined,
        variant: true,
      },
    ]);
    expect(readEndpoints(specEndpoints(), REF, DAY)).toEqual(read.endpoints);
  });

  it('reads every pricing field we model of an endpoint too', () => {
    const json = specEndpoints();
    const pricing = json.data.endpoints[1]?.['pricing'] as Json & { overrides: Json[] };
    pricing['prompt'] = '0.000031';
    pricing['completion'] = '0.000061';
    pricing['input_cache_read'] = '0.0000031';
    pricing['input_cache_write'] = '0.0000376';
    pricing.overrides[0] = {
      min_prompt_tokens: 100000,
      prompt: '0.00007',
      input_cache_read: '0.000007',
    };
    expect(byTag(readSpecEndpoints(json).endpoints, 'openai')?.price).toEqual({
      input: 31,
      output: 61,
      cached_input: 3.1,
      cache_write: 37.6,
      long_context: { threshold: 100000, input: 70, output: 61, cached_input: 7 },
    });
  });

  it('takes latency as milliseconds, and refuses a p50 too small to be milliseconds', () => {
    const json = specEndpoints();
    const plain = json.data.endpoints[1] ?? {};
    // The spec's own example latencies (PublicEndpoint, l.21244): 0.25 is not 250 ms, nor 0 ms.
    plain['latency_last_30m'] = { p50: 0.25, p75: 0.35, p90: 0.48, p99: 0.85 };
    const read = readSpecEndpoints(json);
    expect(byTag(read.endpoints, 'openai')?.ttftMs).toBeUndefined();
    expect(byTag(read.endpoints, 'openai')?.tokensPerSecond).toBe(45.2);
    expect(read.notes).toEqual([
      'openai/gpt-4 OpenAI (openai): latency p50 0.25 is under 50 ms, likely seconds; not used',
    ]);
    plain['latency_last_30m'] = { p50: 1834, p75: 2500, p90: 4100, p99: 9800 };
    expect(byTag(readSpecEndpoints(json).endpoints, 'openai')?.ttftMs).toBe(1834);
  });

  it('skips an endpoint of an unexpected shape and reads the other', () => {
    const json = specEndpoints();
    const fast = json.data.endpoints[0] ?? {};
    fast['pricing'] = { prompt: 0.000045, completion: '0.00009' };
    json.data.endpoints.push({ tag: 'nobody' });
    const read = readSpecEndpoints(json);
    expect(read.endpoints.map((e) => e.tag)).toEqual(['openai']);
    // Once its twin is gone, `openai` is simply OpenAI's endpoint.
    expect(read.endpoints[0]?.variant).toBe(false);
    expect(read.skipped).toEqual([
      expect.stringMatching(/^openai\/gpt-4 endpoints\[0\] \(OpenAI\): pricing\.prompt: /),
      expect.stringMatching(/^openai\/gpt-4 endpoints\[2\]: provider_name: /),
    ]);
  });

  it('flags every endpoint of a provider when none is plainer than the others', () => {
    const json = specEndpoints();
    const [fast, plain] = json.data.endpoints;
    json.data.endpoints = [
      { ...plain, tag: 'openai/fp16' },
      { ...fast, tag: 'openai/fast' },
    ];
    expect(readSpecEndpoints(json).endpoints.map((e) => e.variant)).toEqual([true, true]);
  });

  it('keys by the id it asked for when the response has none, and notes a different one', () => {
    const json = specEndpoints();
    delete json.data['id'];
    expect(() => readSpecEndpoints(json)).toThrow(/no data\.id/);
    expect(readEndpoints(json, REF, DAY, 'openai/gpt-4').map((e) => e.id)).toEqual([
      'openai/gpt-4',
      'openai/gpt-4',
    ]);
    const other = readEndpointList(specEndpoints(), REF, DAY, 'openai/gpt-4-turbo');
    expect(other.notes).toEqual([
      'openai/gpt-4-turbo: the endpoints list answered for openai/gpt-4',
    ]);
    expect(() => readSpecEndpoints({ data: { id: 'x' } })).toThrow(
      /not an endpoints list: data\.endpoints: /,
    );
  });
});

describe('readEndpointList on the recorded responses', () => {
  it('keeps both Fireworks, Wafer and Morph endpoints, the plain one first and the /fast flagged', () => {
    const read = readEndpointList(load(RECORDED_KIMI), REF, DAY, 'moonshotai/kimi-k3');
    expect(read.skipped).toEqual([]);
    expect(read.notes).toEqual([]);
    expect(read.endpoints).toHaveLength(12);
    expect(new Set(read.endpoints.map((e) => e.id))).toEqual(new Set(['moonshotai/kimi-k3']));
    const fireworks = read.endpoints.filter((e) => e.provider === 'Fireworks');
    expect(fireworks.map((e) => [e.tag, e.variant, e.price.input, e.price.output])).toEqual([
      ['fireworks', false, 3, 15],
      ['fireworks/fast', true, 4.5, 22.5],
    ]);
    expect(read.endpoints.filter((e) => e.variant).map((e) => e.tag)).toEqual([
      'fireworks/fast',
      'wafer/fast',
      'morph/fast',
    ]);
    // The first reading of each provider is its plain one, whatever the response's order.
    const first = new Map<string, EndpointReading>();
    for (const e of read.endpoints) if (!first.has(e.provider)) first.set(e.provider, e);
    for (const e of first.values()) expect(e.variant).toBe(false);
    // A provider's only endpoint is its endpoint, even with a suffixed tag.
    expect(read.endpoints.find((e) => e.provider === 'Moonshot AI')).toMatchObject({
      tag: 'moonshotai/mxfp4',
      variant: false,
      endpointStatus: 0,
    });
    expect(read.endpoints.map((e) => e.endpointStatus).sort()).toEqual([
      -2, -2, -2, -2, -5, -5, 0, 0, 0, 0, 0, 0,
    ]);
    // Read without a key: no speed, only uptime.
    for (const e of read.endpoints) {
      expect(e.tokensPerSecond).toBeUndefined();
      expect(e.ttftMs).toBeUndefined();
      expect(e.uptimePct).toBeGreaterThan(90);
    }
  });

  it('reads the cache-write price of an endpoint', () => {
    const [alibaba] = readEndpoints(load(RECORDED_QWEN), REF, DAY);
    expect(alibaba).toMatchObject({
      provider: 'Alibaba',
      id: 'qwen/qwen3.8-max',
      tag: 'alibaba',
      variant: false,
      price: { input: 2, output: 6, cached_input: 0.25, cache_write: 2.5 },
    });
  });
});

describe('readOpenRouter over HTTP', () => {
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const routes = new Map<string, () => unknown>();
  let base = '';
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const body = routes.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body()));
  });
  const options: FetchOptions = { ...DEFAULT_FETCH, retries: 0, timeoutMs: 5000 };
  const ids = ['openai/gpt-4', 'openrouter/auto', 'not/listed'];

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const serve = (models: unknown = specModels()) => {
    requests.length = 0;
    routes.clear();
    routes.set('/api/v1/models', () => models);
    routes.set('/api/v1/models/openai/gpt-4/endpoints', specEndpoints);
  };

  it('sends the API key as a bearer token on every request and says it did', async () => {
    serve();
    const withHeader = { ...options, headers: { 'x-title': 'model-atlas', authorization: 'old' } };
    const read = await readOpenRouter(base, ids, REF, DAY, withHeader, 'sk-or-test');
    expect(read.authenticated).toBe(true);
    // The list, then the endpoints of each listed id (openrouter/auto answers 404: none).
    expect(requests.map((r) => r.url).sort()).toEqual([
      '/api/v1/models',
      '/api/v1/models/openai/gpt-4/endpoints',
      '/api/v1/models/openrouter/auto/endpoints',
    ]);
    for (const r of requests) {
      expect(r.headers['authorization']).toBe('Bearer sk-or-test');
      expect(r.headers['x-title']).toBe('model-atlas');
      expect(r.headers['accept']).toBe('application/json');
    }
    expect(read.entries.map((e) => e.id)).toEqual(['openai/gpt-4', 'openrouter/auto']);
    expect(read.endpoints.map((e) => [e.tag, e.variant, e.ttftMs])).toEqual([
      ['openai', false, 612.4],
      ['openai/fast', true, undefined],
    ]);
    expect(read.endpointFailures).toEqual([]);
    expect(read.skipped).toEqual([]);
    expect(read.notes).toEqual([]);
  });

  it('sends no Authorization header without a key, and says so', async () => {
    for (const key of [undefined, '', '  ']) {
      serve();
      const read = await readOpenRouter(base, ids, REF, DAY, options, key);
      expect(read.authenticated).toBe(false);
      expect(requests).toHaveLength(3);
      for (const r of requests) expect(r.headers['authorization']).toBeUndefined();
    }
  });

  it('reports the models and endpoints it skipped, and still reads the rest', async () => {
    const models = specModels();
    models.data.push({ id: 'bad/model', pricing: { prompt: 1 } });
    serve(models);
    routes.set('/api/v1/models/openai/gpt-4/endpoints', () => {
      const json = specEndpoints();
      json.data.endpoints.push({ provider_name: 'Azure', pricing: { prompt: 0.1 } });
      return json;
    });
    const read = await readOpenRouter(base, ids, REF, DAY, options);
    expect(read.entries.map((e) => e.id)).toEqual(['openai/gpt-4', 'openrouter/auto']);
    expect(read.endpoints).toHaveLength(2);
    expect(read.skipped).toEqual([
      expect.stringMatching(/^\/api\/v1\/models data\[2\] \(bad\/model\): pricing\.prompt: /),
      expect.stringMatching(/^openai\/gpt-4 endpoints\[2\] \(Azure\): pricing\.prompt: /),
    ]);
  });

  it('fails the source only when the list is not a list', async () => {
    serve({ error: { code: 500, message: 'oops' } });
    await expect(readOpenRouter(base, ids, REF, DAY, options)).rejects.toThrow(
      /api\/v1\/models: not the expected shape: not a model list: data: /,
    );
  });
});
