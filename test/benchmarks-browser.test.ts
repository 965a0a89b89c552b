/**
 * Benchmark scores in a real browser against the built site: a benchmark's board keeps the
 * headline score and price of its first row on a 375 px phone and needs no sideways scroll at
 * 1280 px; the overview's score column sorts as its URL says, checked against the YAML; the
 * comparison picker draws the same benchmarks table as the static page. One test per page and
 * width, so each has its own time limit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import type { BenchmarkRecord } from '../src/schemas/records.ts';
import { browseSite, drawn, settled, type SiteBrowser } from './helpers/browser.ts';
import { bestScore } from './helpers/scores-reference.ts';

const { data } = await loadData('data');
const benchmark = (id: string) => data.benchmarks.find((b) => b.id === id) as BenchmarkRecord;

let site: SiteBrowser;
beforeAll(async () => {
  site = await browseSite(inject('siteDir'));
});
afterAll(() => site.close());

const BOARDS = ['/benchmarks/gpqa-diamond/', '/benchmarks/vectara-hallucination-rate/'];

/** Where the first row's score and price are, once the row is scrolled into view. */
async function firstRowBoxes(page: Page) {
  const row = page.locator('#board tbody tr').first();
  await row.scrollIntoViewIfNeeded();
  return {
    score: await row.locator('.value').evaluate((e) => e.getBoundingClientRect().toJSON()),
    price: await row.locator('td.price').evaluate((e) => e.getBoundingClientRect().toJSON()),
    viewport: page.viewportSize(),
  };
}

describe('a benchmark board', () => {
  it.each(BOARDS)('keeps the first row’s score and price on a 375 px phone: %s', async (path) => {
    const page = await site.open(path, { width: 375 });
    await settled(page);
    const { score, price, viewport } = await firstRowBoxes(page);
    for (const box of [score, price]) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(viewport?.width ?? 0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(viewport?.height ?? 0);
    }
    // The page itself never scrolls sideways; the chart may, inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    await page.context().close();
  });

  it.each(BOARDS)('fits 1280 px without sideways scroll: %s', async (path) => {
    const page = await site.open(path, { width: 1280 });
    await settled(page);
    const overflow = await page.evaluate(() => {
      const scroll = document.querySelector('#board')?.closest('.scroll');
      return {
        page: document.documentElement.scrollWidth,
        table: scroll ? scroll.scrollWidth - scroll.clientWidth : -1,
        chart: (() => {
          const c = document.querySelector('.value-chart');
          return c ? c.scrollWidth - c.clientWidth : -1;
        })(),
      };
    });
    expect(overflow).toEqual({ page: 1280, table: 0, chart: 0 });
    await page.context().close();
  });
});

describe("the overview's score column", () => {
  // Every row listed (all=1 in each address below), not only the first 50.
  // Read once the table shows the page's state: a change may wait for the rows past the first 50.
  const names = async (page: Page) => {
    await page.locator('#model-table[data-draw=""]').waitFor({ state: 'detached' });
    return page.locator('#model-table tbody tr:not([hidden]) th a').allTextContents();
  };
  const scores = (page: Page) =>
    page.locator('#model-table tbody tr:not([hidden]) [data-score-cell]').allTextContents();

  /** Every model's name in the order the URL asks for: scored best first, the unscored last. */
  function expected(id: string, dir: 'asc' | 'desc') {
    const bench = benchmark(id);
    // The overview lists models on sale: retired ones only when asked for.
    const rows = data.models
      .filter((m) => m.status !== 'retired')
      .map((m) => ({ name: m.name, score: bestScore(m, bench) }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const scored = rows
      .filter((r) => r.score !== undefined)
      .sort((a, b) => (dir === 'asc' ? 1 : -1) * ((a.score ?? 0) - (b.score ?? 0)) || byName(a, b));
    const unscored = rows.filter((r) => r.score === undefined).sort(byName);
    return { order: [...scored, ...unscored].map((r) => r.name), scored: scored.length };
  }

  it('sorts by GPQA Diamond, best first, for ?sort=score&dir=desc', async () => {
    const page = await site.open('/?sort=score&dir=desc&all=1');
    await settled(page);
    const want = expected('gpqa-diamond', 'desc');
    expect(await names(page)).toEqual(want.order);
    const shown = await scores(page);
    expect(shown.slice(want.scored).every((s) => s === '—')).toBe(true);
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.context().close();
  });

  it('shows and sorts the benchmark the URL names, lower-is-better ascending', async () => {
    const page = await site.open('/?bench=vectara-hallucination-rate&sort=score&dir=asc&all=1');
    await settled(page);
    const want = expected('vectara-hallucination-rate', 'asc');
    expect(await names(page)).toEqual(want.order);
    expect(await page.getByLabel('Score on').inputValue()).toBe('vectara-hallucination-rate');
    expect(await page.locator('#score-bench').textContent()).toContain('lower is better');
    const first = data.models.find((m) => m.name === want.order[0]);
    const best = first && bestScore(first, benchmark('vectara-hallucination-rate'));
    expect((await scores(page))[0]).toBe(`${best}%`);
    await page.context().close();
  });

  it('switches benchmark from the select and sorts best first on a click, keeping both in the URL', async () => {
    const page = await site.open('/');
    await settled(page);
    await page.getByLabel('Score on').selectOption('livecodebench');
    await page.locator('th[data-sort="score"]').getByRole('button').click();
    // Without all=1 the first 50 of that order are listed.
    expect(await names(page)).toEqual(expected('livecodebench', 'desc').order.slice(0, 50));
    expect(new URL(page.url()).search).toBe('?bench=livecodebench&sort=score&dir=desc');
    await page.context().close();
  });
});

describe('the comparison picker', () => {
  it('draws the benchmarks table of the static page for the same pair', async () => {
    const static_ = await site.open('/compare/claude-haiku-4.5-vs-gpt-4o-mini/');
    const rowsOf = (page: Page, table: string) =>
      page.locator(`${table} tbody tr`).evaluateAll((trs) =>
        // Spaces dropped: the static mark is written "73%<span>better</span>", the script's with a space.
        trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, '')),
      );
    const want = await rowsOf(static_, 'table.vs-scores');
    expect(want.length).toBeGreaterThan(2);
    const picked = await site.open('/compare/?a=claude-haiku-4.5&b=gpt-4o-mini');
    await drawn(picked, '#picker-output');
    expect(await rowsOf(picked, '#picker-scores table')).toEqual(want);
    const only = (page: Page, scope: string) =>
      page.locator(`${scope} .only-scored`).allInnerTexts();
    expect(await only(picked, '#picker-scores')).toEqual(
      await only(static_, 'section[aria-labelledby="benchmarks"]'),
    );
    await static_.context().close();
    await picked.context().close();
  });
});
