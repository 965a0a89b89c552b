/**
 * The workload finder's cost in a real browser: the size of `/find-data.json` (as served, and as a
 * CDN that gzips text would send it), and the time from the data's last byte arriving to the first
 * answer drawn from it (the results table saying `data-draw="done"`), measured inside the page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../harness/serve.ts';

export interface FinderCost {
  dataBytes: number;
  dataGzipBytes: number;
  /** From the data's last byte to the answer drawn, milliseconds: the median of `loads`. */
  answerMs: number;
  /** Each load's figure, in the order measured (absent in results from before 2026-12-02). */
  loadsMs?: number[];
}

/** Page loads measured: one load's figure swings by tens of milliseconds on a busy 2-core machine. */
const LOADS = 5;

const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Runs in the page before its scripts: notes when the results table says it is drawn, and keeps a
 * promise of it, which the bench awaits with a plain `evaluate`. Playwright's `waitForFunction`
 * would compile its injected helper script into the page (11 to 15 ms of script on this machine)
 * just after the load event, which is when the data arrives: the bench's own cost, measured as the
 * page's.
 */
function watchDraw() {
  const w = window as unknown as { __drawnAt?: number; __drawn?: Promise<number> };
  w.__drawn = new Promise((resolve) => {
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (el.id === 'find-results' && el.dataset['draw'] === 'done' && r.oldValue === '') {
          w.__drawnAt ??= performance.now();
          resolve(w.__drawnAt);
        }
      }
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-draw'],
    });
  });
}

export async function firstAnswer(root: string): Promise<FinderCost> {
  const body = await readFile(path.join(root, 'find-data.json'));
  const site = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const loadsMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh context each time: nothing cached from the load before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(watchDraw);
      // A link carrying a question (the default one, cheapest first): a plain /find/ shows the
      // build's answer and fetches the data only once its form is touched.
      await page.goto(`${site.url}/find/?sort=cost`);
      await page.evaluate(() => (window as { __drawn?: Promise<number> }).__drawn);
      loadsMs.push(
        await page.evaluate(() => {
          const entry = performance
            .getEntriesByType('resource')
            .find((e) => e.name.endsWith('/find-data.json')) as
            PerformanceResourceTiming | undefined;
          const drawn = (window as { __drawnAt?: number }).__drawnAt ?? NaN;
          return drawn - (entry?.responseEnd ?? NaN);
        }),
      );
      await context.close();
    }
    const sorted = [...loadsMs].sort((a, b) => a - b);
    return {
      dataBytes: body.length,
      dataGzipBytes: gzipSync(body).length,
      answerMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      loadsMs: loadsMs.map((ms) => Math.round(ms)),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
