/**
 * `npm run refresh` for real, against sources that fail: the script in a child process, reading
 * from a server on 127.0.0.1 whose routes answer with errors, HTML, truncated or foreign JSON,
 * late, never, or far too much, editing a copy of the real data/. A source that fails is not
 * used, its offers stay as they were, and the others are still read.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { childEnv } from '../src/harness/run.ts';
import {
  dataCopy,
  offerIn,
  refresh,
  refreshWith,
  SCRIPT,
  server,
  snapshot,
  TODAY,
  useSourceServer,
} from './helpers/refresh.ts';
import type { SourceServer } from './helpers/source-server.ts';

useSourceServer();

describe('faults', () => {
  const HTML = '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>';
  const cases: [string, Parameters<SourceServer['faults']['set']>[1], RegExp][] = [
    ['HTTP 503 every time', { status: 503 }, /HTTP 503 after 4 attempts/],
    [
      'an HTML error page',
      { status: 200, body: HTML, headers: { 'content-type': 'text/html' } },
      /answered with an HTML page, not JSON/,
    ],
    [
      'truncated JSON',
      { status: 200, body: '{"gpt-4o-mini": {"input_cost_per_token": 1.5e-' },
      /malformed or truncated JSON/,
    ],
    ['JSON of another shape', { status: 200, body: '[1, 2, 3]' }, /not the expected shape/],
    [
      'a 429 asking for an hour',
      { status: 429, headers: { 'retry-after': '3600' } },
      /asks to wait 3600 s/,
    ],
  ];

  it.each(cases)(
    'survives %s from LiteLLM: its offers stay as they were, the others are still read',
    async (_what, fault, message) => {
      const dir = await dataCopy();
      const before = await snapshot(dir);
      server.faults.set('/litellm/prices.json', fault);
      const run = await refresh(dir, '--sources', 'litellm,modelsdev');
      expect(run.code).toBe(2);
      expect(run.report).toMatch(message);
      expect(run.report).toMatch(/\| litellm \| not used: /);
      const after = await snapshot(dir);
      // LiteLLM's offers untouched; models.dev's confirmed (their `checked` written).
      const bedrock = offerIn(after.get('providers/amazon-bedrock.yaml') ?? '', 'kimi-k2.5');
      expect(bedrock).toEqual(
        offerIn(before.get('providers/amazon-bedrock.yaml') ?? '', 'kimi-k2.5'),
      );
      expect(after.get('providers/cloudflare-ai-gateway.yaml')).not.toBe(
        before.get('providers/cloudflare-ai-gateway.yaml'),
      );
      expect((await loadData(dir)).data.refreshState?.sources.litellm).toBeUndefined();
      await rm(dir, { recursive: true, force: true });
    },
  );

  it.each(cases)(
    'survives %s from genai-prices, the fourth source, and still reads the others',
    async (_what, fault, message) => {
      const dir = await dataCopy();
      server.faults.set('/genai-prices/data.json', { ...fault });
      const run = await refresh(dir, '--sources', 'genai-prices,litellm');
      expect(run.code).toBe(2);
      expect(run.report).toMatch(message);
      expect(run.report).toMatch(/\| genai-prices \| not used: /);
      expect(run.report).toMatch(/\| litellm \| read \|/);
      const state = (await loadData(dir)).data.refreshState;
      expect(state?.sources['genai-prices']).toBeUndefined();
      expect(state?.sources.litellm).toBeDefined();
      await rm(dir, { recursive: true, force: true });
    },
  );

  it('reads genai-prices, and records it in the refresh state with its model count', async () => {
    const dir = await dataCopy();
    const run = await refresh(dir, '--sources', 'genai-prices');
    const read = /\| genai-prices \| read \| ([\d,]+) \|/.exec(run.report)?.[1] ?? '0';
    // 43 providers' models, less the free and the non-token ones.
    expect(Number(read.replace(/,/g, ''))).toBeGreaterThan(1000);
    const state = (await loadData(dir)).data.refreshState;
    expect(state?.sources['genai-prices']?.models).toBe(Number(read.replace(/,/g, '')));
    await rm(dir, { recursive: true, force: true });
  });

  it('gives up on a source that never answers, after its retries, and keeps its offers', async () => {
    const dir = await dataCopy();
    const before = await snapshot(dir);
    server.faults.set('/litellm/prices.json', { hang: true });
    server.requests.length = 0;
    // The server holds every request open and never answers: only the timeout can end them.
    const run = await refreshWith({ ATLAS_REFRESH_TIMEOUT_MS: '300' }, dir, '--sources', 'litellm');
    expect(run.code).toBe(2);
    expect(run.report).toMatch(/no answer within 0\.3 s after 4 attempts/);
    expect(run.report).toMatch(/\| litellm \| not used: /);
    expect(server.requests.filter((r) => r === '/litellm/prices.json')).toHaveLength(4);
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });

  it('retries a source that stops sending its body, as one slow to answer', async () => {
    const dir = await dataCopy();
    const before = await snapshot(dir);
    const short = { ATLAS_REFRESH_TIMEOUT_MS: '300' };
    server.faults.set('/litellm/prices.json', { stallBody: true });
    const stalled = await refreshWith(short, dir, '--sources', 'litellm');
    expect(stalled.report).toMatch(/the body did not arrive within 0\.3 s after 4 attempts/);
    expect(await snapshot(dir)).toEqual(before);

    // Half a body once, then the whole file: the second attempt reads it.
    server.faults.set('/litellm/prices.json', { stallBody: true, times: 1 });
    server.requests.length = 0;
    const run = await refreshWith(
      { ATLAS_REFRESH_TIMEOUT_MS: '10000' },
      dir,
      '--sources',
      'litellm',
    );
    expect(server.requests.filter((r) => r === '/litellm/prices.json')).toHaveLength(2);
    expect(run.report).toMatch(/\| litellm \| read \|/);
    await rm(dir, { recursive: true, force: true });
  });

  it('retries a 429 as Retry-After asks, and then reads the source', async () => {
    const dir = await dataCopy();
    server.faults.set('/litellm/prices.json', {
      status: 429,
      headers: { 'retry-after': '0' },
      times: 2,
    });
    server.requests.length = 0;
    const run = await refresh(dir, '--sources', 'litellm');
    expect(server.requests.filter((r) => r === '/litellm/prices.json')).toHaveLength(3);
    expect(run.report).toMatch(/\| litellm \| read \|/);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a response far larger than expected while reading it', async () => {
    const dir = await dataCopy();
    const before = await snapshot(dir);
    const run = await promisify(execFile)(
      process.execPath,
      [SCRIPT, '--today', TODAY, '--sources', 'litellm', '--dry-run'],
      {
        encoding: 'utf8',
        env: childEnv({
          ATLAS_DATA_DIR: dir,
          ATLAS_LITELLM_URL: server.urls.litellm,
          ATLAS_REFRESH_MAX_BYTES: '100000',
        }),
      },
    ).catch((e: { code: number; stdout: string }) => e);
    expect(run.stdout).toMatch(/sent more than 100,000 bytes; refused/);
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves every file as it was when no source can be read', async () => {
    const dir = await dataCopy();
    const before = await snapshot(dir);
    for (const route of [
      '/openrouter/api/v1/models',
      '/litellm/prices.json',
      '/modelsdev/api.json',
      '/genai-prices/data.json',
    ]) {
      server.faults.set(route, { status: 500 });
    }
    const run = await refresh(dir);
    expect(run.code).toBe(2);
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });
});
