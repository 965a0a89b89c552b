/**
 * The first search in a real browser: opens a model page of the built site, presses "/" and types
 * a query, and measures what the search downloaded (response bodies as transferred, from the
 * DevTools protocol) and how long the first result took to appear after the first key.
 */
import { chromium } from 'playwright-core';
import { serve } from '../../test/serve.ts';

export interface SearchCost {
  /** Everything the model page itself downloaded before the search. */
  pageBytes: number;
  /** What the search downloaded: Pagefind's script, its WebAssembly, index and fragments. */
  searchBytes: number;
  searchRequests: number;
  firstResultMs: number;
}

const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

export async function firstSearch(
  root: string,
  modelPath: string,
  query: string,
): Promise<SearchCost> {
  const site = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests++;
    });
    await page.goto(`${site.url}${modelPath}`, { waitUntil: 'networkidle' });
    const pageBytes = bytes;
    bytes = 0;
    requests = 0;
    const started = performance.now();
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await page.locator('#site-search-panel .hit-title').first().waitFor({ timeout: 30_000 });
    const firstResultMs = performance.now() - started;
    // Let the fragments of the results still on their way finish, so they are counted.
    await page.waitForLoadState('networkidle');
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { pageBytes, searchBytes: bytes, searchRequests: requests, firstResultMs };
  } finally {
    await browser.close();
    await site.close();
  }
}
