/**
 * What a buyer came for fits the screen at every width, in Chromium against the built site. At
 * 320, 375, 768 and 1280 px the first price row's input and output prices on a model page, the
 * overview's cheapest prices, the finder's monthly cost and a price change's prices lie inside
 * the window and inside the visible part of their table's box, without scrolling; no page scrolls
 * sideways; at 1280 px every table fits its box whole. One test per page and width, so a slow
 * machine makes them slower, never red.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawn } from './helpers/browser.ts';
import { siteForFile } from './helpers/site-per-file.ts';

const site = siteForFile();

const WIDTHS = [320, 375, 768, 1280];

interface Case {
  path: string;
  /** The cells that must be in view, each the first its selector finds. */
  cells: string[];
  /** The narrowest width the cells must be in view at, where not every width. */
  from?: number;
  /** Waits until the page shows what it will. */
  ready?: (page: Page) => Promise<void>;
}

const CASES: Case[] = [
  {
    path: '/models/gpt-4o-mini/',
    cells: [
      'table.prices tbody tr:first-child [data-col="input"]',
      'table.prices tbody tr:first-child [data-col="output"]',
    ],
  },
  {
    // A model bought for its audio: the audio and image lines come first in each cell.
    path: '/models/gpt-realtime/',
    cells: [
      'table.prices tbody tr:first-child [data-col="input"]',
      'table.prices tbody tr:first-child [data-col="output"]',
    ],
  },
  {
    path: '/',
    cells: [
      '#model-table tbody tr:not([hidden]) [data-col="input"]',
      '#model-table tbody tr:not([hidden]) [data-col="output"]',
    ],
  },
  {
    // Every model, the page "Show all" leads to: the same columns, all its rows.
    path: '/models/',
    cells: [
      '#model-table tbody tr:not([hidden]) [data-col="input"]',
      '#model-table tbody tr:not([hidden]) [data-col="output"]',
    ],
  },
  {
    path: '/find/',
    cells: ['#find-results tbody tr:first-child [data-col="month"]'],
    ready: (page) => drawn(page, '#find-results'),
  },
  {
    path: '/changes/',
    cells: [
      'table.changes tbody tr:first-child [data-col="input"]',
      'table.changes tbody tr:first-child [data-col="output"]',
    ],
    from: 375,
  },
];

/**
 * Each cell that is not wholly in view: left of the window or its box's visible part, or right of
 * either, as "<selector>: <left>–<right> outside <from>–<to>". Empty when all are in view.
 */
function outOfView(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const out: string[] = [];
    for (const selector of selectors) {
      const cell = document.querySelector(selector);
      if (!cell) {
        out.push(`${selector}: missing`);
        continue;
      }
      const { left, right } = cell.getBoundingClientRect();
      let from = 0;
      let to = innerWidth;
      const box = cell.closest('.scroll');
      if (box) {
        const edge = box.getBoundingClientRect().left + box.clientLeft;
        from = Math.max(from, edge);
        to = Math.min(to, edge + box.clientWidth);
      }
      if (left < from || right > to)
        out.push(`${selector}: ${Math.round(left)}–${Math.round(right)} outside ${from}–${to}`);
    }
    return out;
  }, selectors);
}

/** Each table wider than its box, as "<caption>: <table width> in <box width>". */
function overflowingTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table) => {
      const box = table.closest('.scroll') ?? table.parentElement;
      if (!box || box.scrollWidth <= box.clientWidth) return [];
      const name = table.caption?.textContent?.trim() ?? table.className;
      return [`${name}: ${box.scrollWidth} in ${box.clientWidth}`];
    }),
  );
}

describe('the figures that matter, at every width', () => {
  for (const c of CASES) {
    for (const width of WIDTHS) {
      it(`${c.path} at ${width} px: in view without scrolling sideways${width === 1280 ? ', every table whole' : ''}`, async () => {
        const page = await site.open(c.path, { width });
        await c.ready?.(page);
        const pageOverflow = await page.evaluate(
          () => document.documentElement.scrollWidth - innerWidth,
        );
        expect(pageOverflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        if (width >= (c.from ?? 0)) expect(await outOfView(page, c.cells)).toEqual([]);
        if (width === 1280) expect(await overflowingTables(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('a table wider than the screen', () => {
  const hint = (page: Page) =>
    page
      .locator('table.prices caption')
      .evaluate((caption) => getComputedStyle(caption, '::after').content);

  it('says under its caption that it scrolls sideways, on a phone', async () => {
    const page = await site.open('/models/gpt-4o-mini/', { width: 375 });
    expect(await hint(page)).toContain('Scroll sideways for more columns →');
    // Scrolled to the end, the line points back, and keeps its place.
    await page
      .locator('table.prices')
      .evaluate((table) => table.closest('.scroll')?.scrollTo({ left: 1e6 }));
    await expect.poll(() => hint(page)).toContain('← Scroll back for the first columns');
    await page.context().close();
  });

  it('says nothing of the kind where the table fits', async () => {
    const page = await site.open('/models/gpt-4o-mini/', { width: 1280 });
    expect(await hint(page)).toBe('none');
    await page.context().close();
  });
});
