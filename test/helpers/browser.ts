/**
 * Debian's Chromium (through playwright-core) against a built site served on 127.0.0.1, for the
 * browser tests: each page opened records its console errors, uncaught exceptions and failed
 * requests, so a test can require that none happened.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../../src/harness/serve.ts';

/**
 * Waits for the state a page declares when it has finished drawing: loaded, its fonts and images
 * ready, and every element marked `data-draw` (filled by a script after load: search results, the
 * compare picker's table) set to "done" by that script, then painted. Never a fixed delay: a slow machine waits
 * longer, a fast one not at all.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    async () => {
      await document.fonts.ready;
      const images = [...document.images].every((img) => img.complete);
      return images && document.querySelector('[data-draw]:not([data-draw="done"])') === null;
    },
    undefined,
    { timeout: 30_000 },
  );
  // Two frames: the last drawing has been laid out and painted, and its layout shifts reported.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Waits until the element `selector` names says, through its `data-draw`, that it shows the page's
 * current state (set to "" by the page when its state changes, "done" once drawn).
 */
export async function drawn(page: Page, selector: string): Promise<void> {
  await page.locator(`${selector}[data-draw="done"]`).waitFor({ state: 'attached' });
}

export const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

export interface OpenOptions {
  width?: number;
  dark?: boolean;
  /** Runs in the page before any of its own scripts (Playwright's addInitScript). */
  init?: () => void;
  /** Slows the page's CPU this many times (Chromium's CPU throttling), as a cheap phone's is. */
  cpuSlowdown?: number;
  /** False to open the page as a browser with JavaScript turned off. */
  javaScript?: boolean;
}

export interface SiteBrowser {
  open: (path: string, options?: OpenOptions) => Promise<Page>;
  /** "<path>: <what went wrong>" for every page opened so far. */
  problems: string[];
  close: () => Promise<void>;
}

/** Serves `root` at `prefix` (see serve.ts); the paths given to `open` include the prefix. */
export async function browseSite(root: string, prefix = '/'): Promise<SiteBrowser> {
  const site = await serve(root, prefix);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox'],
  });
  const problems: string[] = [];
  return {
    problems,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.dark ? 'dark' : 'light',
        javaScriptEnabled: options.javaScript ?? true,
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`${path}: failed ${r.url()}`));
      if (options.init) await page.addInitScript(options.init);
      if (options.cpuSlowdown) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
      }
      await page.goto(`${site.url}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
