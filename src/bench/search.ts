/**
 * The first search in a real browser: opens a model page of the built site, presses "/" and types
 * a query, and measures what the search downloaded (response bodies as the local server sends
 * them, uncompressed, and as a CDN would with text gzipped) and how long the first result took to appear after the first key.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../harness/serve.ts';

export interface SearchCost {
  /** Everything the model page itself downloaded before the search. */
  pageBytes: number;
  /** The same, as a CDN that gzips text would send it. */
  pageGzipBytes: number;
  /** What the search downloaded: Pagefind's script, its WebAssembly, index and fragments. */
  searchBytes: number;
  /** The same, as a CDN that gzips text would send it: the figure the 200 KB target is about. */
  searchGzipBytes: number;
  searchRequests: number;
  firstResultMs: number;
}

const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;
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
    let bytes = 0;
    let gzipped = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    // Playwright sees the requests of Pagefind's web worker too, which the page's own DevTools
    // session does not.
    context.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          const type = response?.headers()['content-type'] ?? '';
          bytes += body.length;
          // Pagefind's index files are gzipped already; text a CDN would compress.
          gzipped += TEXT.test(type) ? gzipSync(body).length : body.length;
          requests++;
        })(),
      );
    });
    await page.goto(`${site.url}${modelPath}`, { waitUntil: 'networkidle' });
    await Promise.all(pending.splice(0));
    const pageBytes = bytes;
    const pageGzipBytes = gzipped;
    bytes = 0;
    gzipped = 0;
    requests = 0;
    const started = performance.now();
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await page.locator('#site-search-panel .hit-title').first().waitFor({ timeout: 30_000 });
    const firstResultMs = performance.now() - started;
    // Let the fragments of the results still on their way finish, so they are counted.
    await page.waitForLoadState('networkidle');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await Promise.all(pending);
    return {
      pageBytes,
      pageGzipBytes,
      searchBytes: bytes,
      searchGzipBytes: gzipped,
      searchRequests: requests,
      firstResultMs,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
