/**
 * Debian's Chromium (through playwright-core) against a built site served on 127.0.0.1, for the
 * browser tests: each page opened records its console errors, uncaught exceptions and failed
 * requests, so a test can require that none happened.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../serve.ts';

export const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

export interface OpenOptions {
  width?: number;
  dark?: boolean;
  /** Runs in the page before any of its own scripts (Playwright's addInitScript). */
  init?: () => void;
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
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`${path}: failed ${r.url()}`));
      if (options.init) await page.addInitScript(options.init);
      await page.goto(`${site.url}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
