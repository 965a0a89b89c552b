/**
 * The real site built for a project path, as GitHub Pages serves a repository's site at
 * https://<owner>.github.io/<repo>/: every link, asset, address and script stays under the path.
 * This file builds its own site (the global setup's is built at the root), with its own Astro cache
 * so it cannot race the build tests for the data store.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_TODAY } from './global-setup.ts';
import { browseSite, drawn, type SiteBrowser } from './helpers/browser.ts';
import { ASTRO, run } from '../src/harness/run.ts';

const BASE = '/model-atlas/';
const SITE = 'https://example.github.io';
const ORIGIN = `${SITE}${BASE}`;

let tmp: string;
let out: string;
let pages: Map<string, string>;

/** Every file under `dir`, as paths relative to it. */
async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The built file a site path under BASE opens, as a server would find it; undefined if none. */
function target(sitePath: string): string | undefined {
  const pathname = decodeURIComponent(sitePath.replace(/[?#].*$/, ''));
  if (!pathname.startsWith(BASE)) return undefined;
  const rel = pathname.slice(BASE.length);
  const file = path.join(out, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
  return existsSync(file) ? file : undefined;
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'atlas-base-'));
  out = path.join(tmp, 'dist');
  const built = run([ASTRO, 'build', '--outDir', out], {
    ATLAS_BASE: BASE,
    ATLAS_SITE: SITE,
    ATLAS_TODAY: SITE_TODAY,
    ATLAS_CACHE_DIR: path.join(tmp, 'cache'),
  });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}\n${built.stderr}`);
  pages = new Map();
  for (const f of (await files(out)).filter((f) => f.endsWith('.html'))) {
    pages.set(f, await readFile(path.join(out, f), 'utf8'));
  }
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('a build under /model-atlas/', () => {
  it('writes the catalog pages', () => {
    expect(pages.size).toBeGreaterThan(100);
    expect(pages.has('models/gpt-4o-mini/index.html')).toBe(true);
  });

  it('starts every internal href, src and action with the base path, and each opens a file', () => {
    const outside: string[] = [];
    const broken: string[] = [];
    let checked = 0;
    for (const [page, html] of pages) {
      for (const m of html.matchAll(/\s(href|src|action|srcset)="([^"]*)"/g)) {
        const value = decode(m[2] ?? '');
        if (value.startsWith('#') || /^(https?:|mailto:|data:)/.test(value)) continue;
        checked++;
        if (!value.startsWith(BASE)) outside.push(`${page}: ${m[1]}="${value}"`);
        // The search form's action is the search page; its query is the visitor's.
        else if (!target(value)) broken.push(`${page}: ${m[1]}="${value}"`);
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('gives every page its canonical and og:url under the base path', () => {
    const wrong: string[] = [];
    let canonicals = 0;
    for (const [page, html] of pages) {
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
      const og = /<meta property="og:url" content="([^"]*)"/.exec(html)?.[1];
      if (canonical === undefined) continue;
      canonicals++;
      if (!canonical.startsWith(ORIGIN) || !target(new URL(canonical).pathname)) {
        wrong.push(`${page}: canonical ${canonical}`);
      }
      if (og !== canonical) wrong.push(`${page}: og:url ${og} is not the canonical`);
    }
    expect(wrong).toEqual([]);
    expect(canonicals).toBeGreaterThan(pages.size - 5);
    expect(/<link rel="canonical" href="([^"]*)"/.exec(pages.get('index.html') ?? '')?.[1]).toBe(
      ORIGIN,
    );
  });

  it('lists full addresses under the base path in the sitemap, and robots.txt points to it', async () => {
    const index = await readFile(path.join(out, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(sitemaps).toEqual([`${ORIGIN}sitemap-0.xml`]);
    const sitemap = await readFile(path.join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((l) => !l.startsWith(ORIGIN) || !target(new URL(l).pathname))).toEqual([]);
    expect(locs).toContain(`${ORIGIN}models/gpt-4o-mini/`);

    const robots = await readFile(path.join(out, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ORIGIN}sitemap-index.xml`);
  });

  it('names addresses under the base path in the JSON API and the feed', async () => {
    const addresses: string[] = [];
    const api = (await files(path.join(out, 'api'))).filter((f) => f.endsWith('.json'));
    expect(api.length).toBeGreaterThan(50);
    for (const f of api) {
      const file = JSON.parse(await readFile(path.join(out, 'api', f), 'utf8')) as {
        $schema: string;
        models?: { url: string }[];
        model?: { url: string };
        providers?: { page: string }[];
      };
      addresses.push(file.$schema);
      addresses.push(...(file.models ?? []).map((m) => m.url));
      if (file.model) addresses.push(file.model.url);
      addresses.push(...(file.providers ?? []).map((p) => p.page));
    }
    const feed = await readFile(path.join(out, 'changes.xml'), 'utf8');
    addresses.push(...[...feed.matchAll(/<link [^>]*href="([^"]*)"/g)].map((m) => m[1] ?? ''));
    expect(addresses.length).toBeGreaterThan(300);
    expect(addresses.filter((a) => !a.startsWith(ORIGIN) || !target(new URL(a).pathname))).toEqual(
      [],
    );
  });
});

describe('the site served under /model-atlas/, in Chromium', () => {
  let site: SiteBrowser;
  beforeAll(async () => {
    site = await browseSite(out, BASE);
  });
  afterAll(async () => {
    expect(site.problems).toEqual([]);
    await site.close();
  });

  it('answers "4o mini" in the header search box with a link that opens GPT-4o mini', async () => {
    const page = await site.open(`${BASE}models/o3/`);
    await page.keyboard.press('/');
    await page.keyboard.type('4o mini');
    const first = page.locator('#site-search-panel a:has(.hit-title)').first();
    await expect.poll(() => first.locator('.hit-title').textContent()).toBe('GPT-4o mini');
    expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname).toBe(
      `${BASE}models/gpt-4o-mini/`,
    );
    const opened = page.waitForResponse(
      (r) => new URL(r.url()).pathname === `${BASE}models/gpt-4o-mini/`,
    );
    await first.click();
    expect((await opened).status()).toBe(200);
    await page.waitForURL(`**${BASE}models/gpt-4o-mini/`);
    expect(await page.locator('h1').textContent()).toContain('GPT-4o mini');
    await page.close();
  });

  it('draws the /compare/ picker from the JSON API', async () => {
    const page = await site.open(`${BASE}compare/?a=gpt-4o-mini&b=claude-haiku-4.5`);
    await drawn(page, '#picker-output');
    expect(await page.locator('#picker-body tr').count()).toBeGreaterThan(3);
    expect(await page.locator('#picker-output').isVisible()).toBe(true);
    expect(await page.locator('#picker-head').textContent()).toContain('GPT-4o mini');
    const link = page.locator('#picker-page a');
    expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toBe(
      `${BASE}compare/claude-haiku-4.5-vs-gpt-4o-mini/`,
    );
    await page.close();
  });
});
