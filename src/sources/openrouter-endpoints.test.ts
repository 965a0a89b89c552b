/**
 * readEndpointList, OpenRouter's /api/v1/models/{id}/endpoints read into one reading per provider
 * endpoint: on the spec fixture and on recorded responses.
 */
import { describe, expect, it } from 'vitest';
import {
  readEndpointList,
  readEndpoints,
  type EndpointReading,
} from '../refresh/sources/openrouter.ts';
import { DAY, GPT4_UNITS, load, REF, specEndpoints, type Json } from './openrouter.fixtures.ts';

const RECORDED_KIMI = 'reference/openrouter/endpoints-moonshotai--kimi-k3-2026-08-04.json';
const RECORDED_QWEN = 'reference/openrouter/endpoints-qwen--qwen3.8-max-2026-08-04.json';

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
          ...GPT4_UNITS,
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
      ...GPT4_UNITS,
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
