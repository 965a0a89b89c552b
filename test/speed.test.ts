/**
 * Speed and time to first token, end to end: `npm run refresh` reads OpenRouter's endpoint
 * statistics from a server on 127.0.0.1 that, as OpenRouter's spec says, gives them only to a
 * request with an API key; with a key the readings reach the YAML, and a build of that data shows
 * them, with their date, on the model page, in the JSON API and on the comparison page. Without a
 * key the report and the page say so.
 *
 * The endpoints response for openai/gpt-4o-mini is the recorded kimi-k3 response
 * (reference/openrouter/, 2026-08-04) with its endpoints replaced by two, for the providers our
 * data sells gpt-4o-mini through that OpenRouter routes to; its statistics are the spec's shape
 * (PercentileStats: p50, p75, p90, p99; throughput in tokens per second, latency in milliseconds;
 * see test/fixtures/openrouter/README.md). Their values are test inputs, never catalog data.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, childEnv, run } from '../src/harness/run.ts';
import { startSourceServer, type SourceServer } from './helpers/source-server.ts';

const TODAY = '2026-11-24';
const MODEL = 'openai/gpt-4o-mini';
const ROUTE = `/openrouter/api/v1/models/${MODEL}/endpoints`;
const MEASURED = {
  OpenAI: { throughput: 87.4, latency: 612 },
  Azure: { throughput: 141.9, latency: 420.6 },
};

const stats = (p50: number) => ({ p50, p75: p50 * 1.1, p90: p50 * 1.3, p99: p50 * 2 });

/** The endpoints of gpt-4o-mini, with statistics only for an authenticated request. */
async function endpointsResponse(): Promise<(authenticated: boolean) => unknown> {
  const recorded = JSON.parse(
    await readFile('reference/openrouter/endpoints-moonshotai--kimi-k3-2026-08-04.json', 'utf8'),
  ) as { data: { endpoints: Record<string, unknown>[] } & Record<string, unknown> };
  const template = recorded.data.endpoints[0] ?? {};
  return (authenticated) => ({
    data: {
      ...recorded.data,
      id: MODEL,
      name: 'OpenAI: GPT-4o-mini',
      endpoints: Object.entries(MEASURED).map(([provider, m]) => ({
        ...template,
        name: `${provider} | ${MODEL}`,
        model_id: MODEL,
        provider_name: provider,
        tag: provider.toLowerCase(),
        pricing: { prompt: '0.00000015', completion: '0.0000006', input_cache_read: '0.000000075' },
        throughput_last_30m: authenticated ? stats(m.throughput) : null,
        latency_last_30m: authenticated ? stats(m.latency) : null,
      })),
    },
  });
}

let server: SourceServer;
let tmp: string;
beforeAll(async () => {
  server = await startSourceServer();
  server.routes.set(ROUTE, await endpointsResponse());
  tmp = await mkdtemp(path.join(tmpdir(), 'atlas-speed-'));
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

async function refresh(dir: string, key: string | undefined) {
  const report = path.join(tmp, `${path.basename(dir)}-report.md`);
  await promisify(execFile)(
    process.execPath,
    ['scripts/refresh-prices.ts', '--today', TODAY, '--sources', 'openrouter', '--report', report],
    {
      env: childEnv({
        ATLAS_DATA_DIR: dir,
        ATLAS_OPENROUTER_URL: server.urls.openrouter,
        ATLAS_REFRESH_BACKOFF_MS: '10',
        OPENROUTER_API_KEY: key,
        GITHUB_STEP_SUMMARY: undefined,
      }),
    },
  ).catch((e: { code: number }) => {
    // 2 means something needs a person (the recordings hold a few), not that the run failed.
    if (e.code !== 2) throw e;
  });
  return readFile(report, 'utf8');
}

const offerOf = async (dir: string, provider: string) =>
  (
    parse(await readFile(path.join(dir, 'providers', `${provider}.yaml`), 'utf8')) as {
      offers: { model: string; speed?: Record<string, unknown> }[];
    }
  ).offers.find((o) => o.model === 'gpt-4o-mini');

describe('speed readings from OpenRouter', () => {
  let dir: string;
  let report: string;
  let out: string;
  beforeAll(async () => {
    dir = path.join(tmp, 'with-key');
    await cp('data', dir, { recursive: true });
    server.requests.length = 0;
    server.authorizations.length = 0;
    report = await refresh(dir, 'test-key');
    out = path.join(tmp, 'dist');
    const built = run([ASTRO, 'build', '--outDir', out], {
      ATLAS_DATA_DIR: dir,
      ATLAS_TODAY: TODAY,
      // A cache of its own: builds in other test files run at the same time.
      ATLAS_CACHE_DIR: path.join(tmp, 'cache'),
    });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
  }, 300_000);

  it('sends the key to OpenRouter and says in the report that statistics were read', () => {
    const at = server.requests.indexOf(ROUTE);
    expect(at).toBeGreaterThan(-1);
    expect(server.authorizations[at]).toBe('Bearer test-key');
    expect(report).toContain('endpoint statistics read with an API key');
  });

  it('writes each provider its own median speed and time to first token, dated, with the source', async () => {
    expect((await offerOf(dir, 'openai'))?.speed).toMatchObject({
      tokens_per_second: MEASURED.OpenAI.throughput,
      ttft_ms: MEASURED.OpenAI.latency,
      measured: TODAY,
      source: `openrouter@${TODAY}`,
    });
    expect((await offerOf(dir, 'azure-openai'))?.speed).toMatchObject({
      tokens_per_second: MEASURED.Azure.throughput,
      ttft_ms: Math.round(MEASURED.Azure.latency),
      measured: TODAY,
    });
  });

  it('shows them on the model page with their date, and in the JSON API', async () => {
    const html = await readFile(path.join(out, 'models/gpt-4o-mini/index.html'), 'utf8');
    const table = html.slice(html.indexOf('id="pricing"'), html.indexOf('id="details"'));
    expect(table).toContain('tok/s');
    const row = (provider: string) =>
      [...table.matchAll(/<tr>(.*?)<\/tr>/gs)]
        .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '))
        .find((r) => r.trim().startsWith(provider));
    expect(row('OpenAI')).toContain(`${Math.round(MEASURED.OpenAI.throughput)} 24 Nov 2026 612 ms`);
    expect(table).toContain('as OpenRouter measured each provider');

    const api = JSON.parse(
      await readFile(path.join(out, 'api/v1/models/gpt-4o-mini.json'), 'utf8'),
    ) as { model: { offers: { provider: { id: string }; speed?: Record<string, unknown> }[] } };
    const azure = api.model.offers.find((o) => o.provider.id === 'azure-openai');
    expect(azure?.speed).toMatchObject({
      tokens_per_second: MEASURED.Azure.throughput,
      measured: TODAY,
      source: `openrouter@${TODAY}`,
    });
  });

  it('names the fastest measured speed on the comparison page', async () => {
    const html = await readFile(
      path.join(out, 'compare/claude-haiku-4.5-vs-gpt-4o-mini/index.html'),
      'utf8',
    );
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(
      new RegExp(`Fastest measured speed[^|]*?${Math.round(MEASURED.Azure.throughput)} tokens/s`),
    );
  });
});

describe('without an OpenRouter key', () => {
  it('reads prices, writes no speed or time to first token, and says in the report why', async () => {
    const dir = path.join(tmp, 'without-key');
    await cp('data', dir, { recursive: true });
    server.requests.length = 0;
    server.authorizations.length = 0;
    const report = await refresh(dir, undefined);
    expect(server.authorizations[server.requests.indexOf(ROUTE)]).toBeUndefined();
    expect(report).toContain('no OPENROUTER_API_KEY: endpoint statistics are null without one');
    // Uptime is public; speed and time to first token are not.
    const speed = (await offerOf(dir, 'openai'))?.speed;
    expect(speed?.['tokens_per_second']).toBeUndefined();
    expect(speed?.['ttft_ms']).toBeUndefined();
  });
});
