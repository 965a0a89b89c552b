/**
 * The live readers of LiteLLM, genai-prices and models.dev on the units beside the token prices,
 * over HTTP from a server on 127.0.0.1 serving entries copied from the sources' own files (see
 * test/fixtures/units/README.md for each file and commit). OpenRouter's are in openrouter*.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelsDevApi } from '../../test/helpers/modelsdev-api.ts';
import { DEFAULT_FETCH } from '../refresh/http.ts';
import { readGenaiPricesLive } from '../refresh/sources/genai-prices.ts';
import { readLiteLLMLive } from '../refresh/sources/litellm.ts';
import { readModelsDevLive } from '../refresh/sources/modelsdev.ts';
import type { SourceEntry } from './types.ts';

const fixture = (file: string): unknown =>
  JSON.parse(readFileSync(`test/fixtures/units/${file}`, 'utf8'));
const snapshot = JSON.parse(readFileSync('reference/modelsdev-snapshot.json', 'utf8')) as Record<
  string,
  unknown
>;
const ROUTES: Record<string, () => unknown> = {
  '/litellm.json': () => fixture('litellm.json'),
  '/genai.json': () => fixture('genai-prices.json'),
  '/api.json': () => ({ alibaba: (modelsDevApi(snapshot) as Record<string, unknown>)['alibaba'] }),
};
const DAY = '2026-11-24';
const options = { ...DEFAULT_FETCH, retries: 0, timeoutMs: 5000 };
const price = (entries: SourceEntry[], provider: string, id: string) =>
  entries.find((e) => e.provider === provider && e.id === id)?.price;

describe('the units, read over HTTP', () => {
  let base = '';
  const server = createServer((req, res) => {
    const body = ROUTES[req.url ?? ''];
    if (!body) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body()));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads every LiteLLM unit key, and leaves out entries not priced per text token', async () => {
    const entries = await readLiteLLMLive(`${base}/litellm.json`, `litellm@${DAY}`, DAY, options);
    expect(price(entries, 'vertex_ai-language-models', 'gemini-3.1-flash-lite')).toMatchObject({
      reasoning: 1.5,
      tiers: {
        priority: { input: 0.45, output: 2.7, cached_input: 0.045 },
        flex: { input: 0.125, output: 0.75, cached_input: 0.0125 },
      },
      audio: { input: 0.5 },
      fees: { web_search_per_1k: 14 },
    });
    expect(price(entries, 'anthropic', 'claude-sonnet-4-5')).toMatchObject({
      cache_write: 3.75,
      cache_write_1h: 6,
      fees: { web_search_per_1k: 10 },
    });
    expect(price(entries, 'azure', 'gpt-audio-2025-08-28')?.audio).toEqual({
      input: 40,
      output: 80,
    });
    expect(price(entries, 'perplexity', 'sonar-small-online')?.fees).toEqual({
      per_request: 0.005,
    });
    expect(price(entries, 'vertex_ai-language-models', 'gemini-3.1-pro-preview')?.image).toEqual({
      per_image: [{ usd: 0.00012 }],
    });
    expect(
      price(entries, 'bedrock_converse', 'amazon.nova-2-pro-preview-20251202-v1:0')?.image,
    ).toEqual({ input: 2.1875 });
    // A free model's units are stated free, not left unknown.
    expect(price(entries, 'gemini', 'learnlm-1.5-pro-experimental')).toMatchObject({
      audio: { input_per_minute: 0 },
      image: { input_per_image: 0 },
    });
    expect(entries.map((e) => e.id)).not.toContain('gpt-realtime-mini');
    expect(entries.map((e) => e.id)).not.toContain('gpt-image-1');
  });

  it('reads every genai-prices v2 unit key', async () => {
    const entries = await readGenaiPricesLive(`${base}/genai.json`, 'genai-prices@x', DAY, options);
    expect(price(entries, 'anthropic', 'claude-3-5-haiku-latest')).toMatchObject({
      cache_write_1h: 1.6,
      fees: { web_search_per_1k: 10 },
    });
    expect(price(entries, 'google', 'gemini-2.0-flash')?.audio).toEqual({
      input: 0.7,
      cached_input: 0.175,
    });
    expect(price(entries, 'google', 'gemini-2.5-flash-image')?.image).toEqual({ output: 30 });
    expect(price(entries, 'google', 'gemini-3.1-flash-live-preview')).toMatchObject({
      audio: { input: 3, output: 12 },
      image: { input: 1 },
    });
    expect(price(entries, 'openai', 'gpt-realtime')).toMatchObject({
      audio: { input: 32, output: 64, cached_input: 0.4 },
      image: { input: 5, cached_input: 0.5 },
    });
    expect(price(entries, 'openai', 'gpt-image-1')?.image).toEqual({
      input: 10,
      cached_input: 2.5,
    });
    expect(price(entries, 'openrouter', 'perplexity/sonar-deep-research')?.reasoning).toBe(3);
    // USD 12 per 1,000 requests is USD 0.012 a request.
    expect(price(entries, 'perplexity', 'sonar')?.fees).toEqual({ per_request: 0.012 });
    // Audio by the hour and no price per token: not a model Atlas prices.
    expect(price(entries, 'groq', 'whisper-large-v3')).toBeUndefined();
  });

  it("reads models.dev's reasoning, input_audio and output_audio", async () => {
    const entries = await readModelsDevLive(`${base}/api.json`, 'modelsdev@x', DAY, options);
    expect(price(entries, 'alibaba', 'qwen-omni-turbo')).toEqual({
      input: 0.07,
      output: 0.27,
      audio: { input: 4.44, output: 8.89 },
    });
    expect(price(entries, 'alibaba', 'qwen-plus')).toMatchObject({ reasoning: 4 });
  });
});
