/**
 * The /compare/ picker in a real browser against the built site: it builds the table from the JSON
 * API, keeps the pair in the URL, links the static page when there is one, and says so when the
 * API cannot be read. Screenshots land in test-results/ for a person to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { browseSite, drawn, settled, type SiteBrowser } from './helpers/browser.ts';
import { shownPrice } from './helpers/html.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const nameOf = (id: string) => data.models.find((m) => m.id === id)?.name;
const hasPage = (x: string, y: string) =>
  existsSync(path.join(dist, 'compare', [x, y].sort().join('-vs-')));

/** The lowest paid input price in the YAML. */
const cheapestPaidInput = (id: string) =>
  Math.min(
    ...data.providers.flatMap((p) =>
      p.offers.flatMap((o) => {
        const input = o.price.input ?? 0;
        return o.model === id && input > 0 ? [input] : [];
      }),
    ),
  );

// A pair with a static page (the editors name Claude Haiku 4.5 against GPT-4o mini), and a model
// that has no page with GPT-4o mini.
const A = 'gpt-4o-mini';
const B = data.models.find((m) => m.id === A)?.competitors?.find((c) => hasPage(A, c)) ?? 'none';
const STRANGER = data.models.find((m) => m.id !== A && !hasPage(A, m.id))?.id ?? 'none';

let site: SiteBrowser;
beforeAll(async () => {
  site = await browseSite(dist);
});
afterAll(() => site.close());

/** The picker's result, whose data-draw says when it shows the chosen pair. */
const OUTPUT = '#picker-output';
const header = (page: Page) => page.locator('#picker-head th').allTextContents();
const rowCells = (page: Page, label: string) =>
  page
    .locator('#picker-body tr', { has: page.getByRole('rowheader', { name: label }) })
    .locator('td');

describe('the comparison picker', () => {
  it("draws both models' names and cheapest prices from the API for ?a=…&b=…", async () => {
    const page = await site.open(`/compare/?a=${A}&b=${B}`);
    await drawn(page, OUTPUT);
    expect(await header(page)).toEqual(['Fact', nameOf(A), nameOf(B)]);
    const inputs = await rowCells(page, 'Cheapest input').allTextContents();
    expect(inputs.map((c) => shownPrice(c.trim()))).toEqual([
      cheapestPaidInput(A),
      cheapestPaidInput(B),
    ]);
    const lower = cheapestPaidInput(A) < cheapestPaidInput(B) ? 0 : 1;
    expect(inputs[lower]).toMatch(/cheaper$/);
    expect(await page.getByLabel('First model').inputValue()).toBe(A);
  });

  it('keeps the chosen pair in the URL as the selects change', async () => {
    const page = await site.open(`/compare/?a=${A}&b=${B}`);
    await drawn(page, OUTPUT);
    expect(await header(page)).toContain(nameOf(B));
    await page.getByLabel('Second model').selectOption(STRANGER);
    await drawn(page, OUTPUT);
    expect(page.url()).toContain(`?a=${A}&b=${STRANGER}`);
    expect(await header(page)).toEqual(['Fact', nameOf(A), nameOf(STRANGER)]);
  });

  it('links the static page for a pair that has one, and no page for a pair without', async () => {
    const page = await site.open(`/compare/?a=${B}&b=${A}`);
    const link = page.locator('#picker-page a');
    await drawn(page, OUTPUT);
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`/compare/${[A, B].sort().join('-vs-')}/`);
    await link.click();
    await page.waitForURL(/\/compare\/.+-vs-.+\/$/);
    expect(await page.locator('h1').textContent()).toContain(nameOf(A));

    const other = await site.open(`/compare/?a=${A}&b=${STRANGER}`);
    await drawn(other, OUTPUT);
    expect(await header(other)).toContain(nameOf(STRANGER));
    expect(await other.locator('#picker-page a').isVisible()).toBe(false);
  });

  it('says so, visibly, when the API cannot be read', async () => {
    const page = await site.open('/compare/?offline');
    await page.context().route('**/api/v1/models/*.json', (route) => route.abort());
    await page.getByLabel('First model').selectOption(A);
    await page.getByLabel('Second model').selectOption(B);
    const status = page.locator('#picker-status');
    await drawn(page, OUTPUT);
    expect(await status.textContent()).toMatch(/^Could not load the models' data/);
    expect(await status.isVisible()).toBe(true);
    expect(await page.locator('#picker-output').isVisible()).toBe(false);
  });
});

describe('the comparison pages in a browser', () => {
  it('fit a 375 px phone without sideways scrolling, and save screenshots', async () => {
    await mkdir('test-results', { recursive: true });
    const pair = `/compare/${[A, B].sort().join('-vs-')}/`;
    for (const [name, url] of [
      ['compare-pair', pair],
      ['compare-picker', `/compare/?a=${A}&b=${B}`],
    ] as const) {
      for (const width of [375, 1280]) {
        for (const dark of [false, true]) {
          const page = await site.open(url, { width, dark });
          await settled(page);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - innerWidth,
          );
          expect(overflow, `${url} at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `test-results/${name}-${width}-${dark ? 'dark' : 'light'}.png`,
            fullPage: true,
          });
          await page.context().close();
        }
      }
    }
  });

  it('log no errors and fail no requests, save the one the offline test blocked', () => {
    expect(site.problems.filter((p) => !p.startsWith('/compare/?offline'))).toEqual([]);
  });
});
