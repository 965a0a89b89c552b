/**
 * Weight and stability budgets, measured on the built site: what a model page costs a visitor
 * (HTML, CSS and the JavaScript it loads, gzipped as a CDN sends them), that no page reaches for
 * another origin (web fonts included), and that nothing moves once drawn (layout shift).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browseSite, settled, type SiteBrowser } from './helpers/browser.ts';
import { recordLayoutShift, shiftsOf } from './helpers/layout-shift.ts';

const dist = inject('siteDir');
const KB = 1024;
/**
 * The finder's script grew from 15 to 16 KB on 2026-12-07, when it came to price service tiers,
 * cache writes, web searches, audio and images (src/lib/pricing/calculator.ts and workload.ts).
 */
/**
 * `overview`: the overview as a phone first loads it, before the visitor touches a control. It holds
 * the first 50 rows only, so it weighs the same at any catalog size: 20 KB when measured at 409
 * models (HTML 11 KB, CSS 4.5 KB, scripts 4.5 KB, gzip -9).
 */
const BUDGET = { modelPage: 60 * KB, modelPageJs: 15 * KB, finderJs: 16.5 * KB, overview: 30 * KB };

let site: SiteBrowser;
beforeAll(async () => {
  site = await browseSite(dist);
});
afterAll(() => site.close());

const gzipped = async (file: string) => gzipSync(await readFile(file)).length;

/** The same-origin files a page fetched while loading, by kind, gzipped. */
async function weigh(
  page: Page,
): Promise<{ html: number; css: number; js: number; other: string[] }> {
  const origin = new URL(page.url()).origin;
  const urls = await page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType('resource').map((e) => e.name),
  ]);
  const weight = { html: 0, css: 0, js: 0, other: [] as string[] };
  for (const url of urls) {
    const u = new URL(url);
    if (u.origin !== origin) {
      weight.other.push(url);
      continue;
    }
    const file = path.join(dist, u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname);
    const size = await gzipped(file);
    if (file.endsWith('.html')) weight.html += size;
    else if (file.endsWith('.css')) weight.css += size;
    else if (file.endsWith('.js')) weight.js += size;
  }
  return weight;
}

describe('a model page', () => {
  it(`costs at most ${BUDGET.modelPage / KB} KB gzipped, of which ${BUDGET.modelPageJs / KB} KB JavaScript`, async () => {
    const page = await site.open('/models/gpt-4o-mini/');
    await page.waitForLoadState('networkidle');
    const w = await weigh(page);
    expect(w.other).toEqual([]);
    expect(w.js).toBeLessThanOrEqual(BUDGET.modelPageJs);
    expect(w.html + w.css + w.js).toBeLessThanOrEqual(BUDGET.modelPage);
    await page.context().close();
  });

  it('stays within the budget on every model page, the heaviest included', async () => {
    // Each model's folder (/models/index.html, the page of every model, is no model's page).
    const models = (await readdir(path.join(dist, 'models'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    let heaviest = { page: '', bytes: 0 };
    for (const id of models) {
      const file = path.join(dist, 'models', id, 'index.html');
      const html = await readFile(file, 'utf8');
      // The stylesheets and scripts the page names load with it.
      const assets = [
        ...html.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="([^"]+)"/g),
      ];
      let bytes = await gzipped(file);
      for (const [, src] of assets) bytes += await gzipped(path.join(dist, src ?? ''));
      if (bytes > heaviest.bytes) heaviest = { page: id, bytes };
    }
    expect(models.length).toBeGreaterThan(100);
    expect(heaviest.bytes, heaviest.page).toBeLessThanOrEqual(BUDGET.modelPage);
  });
});

describe('the overview', () => {
  it(`loads at most ${BUDGET.overview / KB} KB gzipped until a control is used, fetching the other rows only then`, async () => {
    const page = await site.open('/');
    await page.waitForLoadState('networkidle');
    const first = await weigh(page);
    expect(first.other).toEqual([]);
    expect(first.html + first.css + first.js).toBeLessThanOrEqual(BUDGET.overview);
    // The page of every model is fetched once the visitor reaches for the filters.
    const fetched = page.waitForRequest((r) => new URL(r.url()).pathname === '/models/');
    await page.getByLabel('Filter by name').focus();
    await fetched;
    await page.context().close();
  });
});

describe('the finder', () => {
  // Its script ranks the whole catalog in the browser; the data comes as JSON, the code stays small.
  it(`loads at most ${BUDGET.finderJs / KB} KB of JavaScript gzipped`, async () => {
    const page = await site.open('/find/');
    await page.waitForLoadState('networkidle');
    const w = await weigh(page);
    expect(w.js).toBeGreaterThan(0);
    expect(w.js).toBeLessThanOrEqual(BUDGET.finderJs);
    await page.context().close();
  });
});

describe('the scripts pages load', () => {
  // The data schemas are for the build and the command line: a page script that imports a list
  // from them (as the finder's once did, 100 KB of it zod) makes the page heavier and slower.
  it('carry none of the data schemas', async () => {
    const dir = path.join(dist, '_astro');
    const scripts = (await readdir(dir)).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) {
      expect(await readFile(path.join(dir, f), 'utf8'), f).not.toMatch(/ZodError|\$ZodType/);
    }
  });
});

describe('provider, creator and benchmark pages', () => {
  it('load no JavaScript at all', async () => {
    for (const p of [
      '/providers/',
      '/providers/openai/',
      '/creators/',
      '/creators/openai/',
      '/benchmarks/',
      '/benchmarks/gpqa-diamond/',
    ]) {
      const page = await site.open(p);
      await page.waitForLoadState('networkidle');
      const w = await weigh(page);
      expect(w.html, p).toBeGreaterThan(0);
      expect(w.js, p).toBe(0);
      await page.context().close();
    }
  });
});

describe('every kind of page', () => {
  const pages = [
    '/',
    '/models/gpt-4o-mini/',
    '/providers/openai/',
    '/creators/openai/',
    '/changes/',
    '/models/',
    '/find/',
    '/search/?q=cheapest+vision+model',
    '/compare/?a=gpt-4o-mini&b=claude-haiku-4.5',
    '/benchmarks/',
    '/benchmarks/gpqa-diamond/',
    '/models/gpt-5/',
    '/?bench=vectara-hallucination-rate&sort=score&dir=asc',
  ];

  // One test per page (and width below), each with its own time limit.
  it.each(pages)(
    'fetches nothing from another origin on %s: no web fonts, no third-party scripts',
    async (p) => {
      const page = await site.open(p);
      await page.waitForLoadState('networkidle');
      expect((await weigh(page)).other, p).toEqual([]);
      await page.context().close();
    },
  );

  // On a CPU slowed 4 times, as Lighthouse's phone runs are: a browser paints whatever it has
  // parsed when its parser pauses, and on a slow or busy machine that was once half a header (the
  // search box moved left when the nav arrived) or half a table (columns widened as rows came).
  it.each(pages.flatMap((p) => [375, 1280].map((width) => [p, width] as const)))(
    'does not shift its layout while loading %s at %i px (a slow phone, a desktop)',
    async (p, width) => {
      const page = await site.open(p, { width, init: recordLayoutShift, cpuSlowdown: 4 });
      // Results and tables drawn by scripts arrive after the load: the page says when.
      await settled(page);
      expect(await shiftsOf(page), `${p} at ${width} px`).toEqual([]);
      await page.context().close();
    },
  );
});
