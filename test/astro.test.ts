import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, childEnv, run, type Run } from '../src/harness/run.ts';

const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

// Builds and the dev server run one after another in this file: they share the project's .astro folder.
describe('astro build', () => {
  let tmp: string;
  let out: string;
  let built: Run;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'atlas-build-'));
    out = path.join(tmp, 'dist');
    built = run([ASTRO, 'build', '--outDir', out], {
      ATLAS_DATA_DIR: 'test/fixtures/valid',
      ATLAS_TODAY: '2026-07-10',
    });
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  const page = (p: string) => readFile(path.join(out, p), 'utf8');

  it('builds a small data folder', () => {
    expect(built.stderr).not.toMatch(/error/i);
    expect(built.status).toBe(0);
  });

  it('writes a page for every model, the overview, the sitemap and the search index', () => {
    for (const p of [
      'index.html',
      'models/gpt-4o-mini/index.html',
      'models/gpt-4o/index.html',
      'models/claude-haiku-4.5/index.html',
      'sitemap-index.xml',
      'pagefind/pagefind.js',
      'pagefind/quick/pagefind.js',
      'favicon.svg',
    ]) {
      expect(existsSync(path.join(out, p)), p).toBe(true);
    }
  });

  it("shows a model's facts and each provider's prices", async () => {
    const html = await page('models/gpt-4o-mini/index.html');
    expect(html).toMatch(/<h1[^>]*>GPT-4o mini <span class="badge tier-lightweight">/);
    expect(html).toContain('Input from $0.15 / 1M tokens across 2 providers');
    expect(html).toContain(
      'GPT-4o mini API prices by provider, US dollars per 1M tokens, cheapest input first',
    );
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) =>
      (m[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    // Eight days after the prices were taken, said as their age: fresh, so no warning on the rows
    // or under the table.
    expect(rows).toContain(
      'OpenAI maker’s own API $0.15 cheapest $0.60 cheapest $0.075 2 Jul 2026 8 days old models.dev Report a problem with the prices at OpenAI',
    );
    expect(rows).toContain(
      'OpenRouter reseller $0.15 cheapest $0.60 cheapest $0.075 2 Jul 2026 8 days old models.dev Report a problem with the prices at OpenRouter',
    );
    expect(html).not.toContain('Not confirmed recently');
  });

  it('writes a page for every provider and creator, and the 404 page', () => {
    for (const p of [
      'providers/index.html',
      'providers/openai/index.html',
      'providers/openrouter/index.html',
      'creators/index.html',
      'creators/openai/index.html',
      'creators/anthropic/index.html',
      '404.html',
    ]) {
      expect(existsSync(path.join(out, p)), p).toBe(true);
    }
  });

  it('lists every model on the overview, cheapest input first', async () => {
    const html = await page('index.html');
    const names = [...html.matchAll(/<th scope="row"><a href="\/models\/([^/]+)\/">/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(['gpt-4o-mini', 'claude-haiku-4.5', 'gpt-4o']);
  });

  it('lists every page in the sitemap with the configured site', async () => {
    const sitemap = await page('sitemap-0.xml');
    expect(sitemap).toContain('<loc>http://localhost:4321/models/claude-haiku-4.5/</loc>');
    expect(sitemap).toContain('<loc>http://localhost:4321/providers/openrouter/</loc>');
    expect(sitemap).not.toContain('404');
    // Overview, 3 models, 2 providers, 2 creators, the three lists (every model, providers,
    // creators), the price changes, /compare/ and its one pair, /search/, /find/ and /benchmarks/
    // (the header links it; this folder has none).
    expect(sitemap).toContain('<loc>http://localhost:4321/search/</loc>');
    expect(sitemap).toContain('<loc>http://localhost:4321/find/</loc>');
    expect(sitemap).toContain('<loc>http://localhost:4321/benchmarks/</loc>');
    expect(sitemap).toContain('<loc>http://localhost:4321/models/</loc>');
    expect(sitemap.match(/<loc>/g)).toHaveLength(17);
  });

  it('fails on bad data with every problem located, and writes nothing', async () => {
    const broken = path.join(tmp, 'broken-dist');
    const result = run([ASTRO, 'build', '--outDir', broken], {
      ATLAS_DATA_DIR: 'test/fixtures/broken',
    });
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain(
      'test/fixtures/broken/providers/openai.yaml:10:14: offers[0].price.input: expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
    );
    expect(output).toContain(
      'test/fixtures/broken/models/nobody/orphan.yaml:1:1: unknown creator "nobody"',
    );
    expect(output).not.toContain('Browser APIs');
    expect(existsSync(broken)).toBe(false);
  });
});

describe('astro dev', () => {
  let tmp: string;
  let server: ChildProcess;
  let log = '';
  let base: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'atlas-dev-'));
    await cp('test/fixtures/valid', tmp, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        env: childEnv({ ATLAS_DATA_DIR: tmp }),
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await until(
      () => /read 7 data files/.test(log) && log.includes(`${port}`),
      () => log,
    );
  });
  afterAll(async () => {
    server.kill();
    await rm(tmp, { recursive: true, force: true });
  });

  const gpt4oPage = async () => (await fetch(`${base}/models/gpt-4o/`)).text();
  const reads = () => log.match(/read 7 data files/g)?.length ?? 0;
  const setPrice = async (from: string, to: string) => {
    const file = path.join(tmp, 'providers', 'openai.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
  };

  it('serves the data, reading the folder once for every collection', async () => {
    expect(await gpt4oPage()).toContain('$2.50');
    expect(reads()).toBe(1);
  });

  it('shows an edit after one more read of the folder', async () => {
    await setPrice('input: 2.5\n', 'input: 2.4\n');
    await until(
      async () => (await gpt4oPage()).includes('$2.40'),
      () => log,
    );
    expect(reads()).toBe(2);
  });

  it('reports a bad edit once, located, and keeps serving the last good data', async () => {
    await setPrice('input: 2.4\n', 'input: "2.4 USD"\n');
    await until(
      () => log.includes('got "2.4 USD"'),
      () => log,
    );
    expect(log.match(/got "2\.4 USD"/g)).toHaveLength(1);
    expect(log).toMatch(
      /providers\/openai\.yaml:\d+:\d+: offers\[1\]\.price\.input: expected a non-negative number/,
    );
    expect(await gpt4oPage()).toContain('$2.40');
  });

  it('says in the search box that the dev server has no search index, instead of breaking', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // The first visit may reload once while Vite optimises dependencies; let it settle.
      await page.goto(`${base}/models/gpt-4o/`, { waitUntil: 'networkidle' });
      await page.goto(`${base}/models/gpt-4o/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.keyboard.type('haiku');
      const status = page.locator('.site-search-status');
      await until(
        async () => ((await status.textContent()) ?? '').includes('npm run build'),
        () => log,
      );
      expect(await page.locator('#site-search-panel').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it holds, for at most 60 s; on time-out, says what `context` returns. */
async function until(
  check: () => boolean | Promise<boolean>,
  context: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (
    !(await Promise.resolve()
      .then(check)
      .catch(() => false))
  ) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the dev server; its log:\n${context()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
