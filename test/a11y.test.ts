/**
 * Accessibility in a real browser (Debian's Chromium) against the built site: axe-core finds no
 * WCAG 2.2 A or AA violation, nor a breach of its best practices, on each kind of page, in the light and the dark colour scheme, once
 * the page's script has drawn what it draws (the picker's table, search results, the header
 * search's quick results).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browseSite, settled, type SiteBrowser } from './helpers/browser.ts';

// WCAG 2.2 AA (target size among others) and axe's best practices (a landmark's name unique on
// its page, among others): every rule axe runs by default, none left out.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The model page has benchmark scores, with an evaluator's credit; the overview its score column.
// gpt-realtime's prices lead with audio and images; Google's provider page lists its fees.
const PAGES = [
  '/',
  '/models/gpt-4o-mini/',
  '/models/gpt-realtime/',
  '/providers/openai/',
  '/providers/google-gemini/',
  '/creators/openai/',
  '/compare/claude-haiku-4.5-vs-gpt-4o-mini/',
  '/compare/?a=gpt-4o-mini&b=claude-haiku-4.5',
  '/search/?q=cheapest+vision+model',
  '/changes/',
  '/models/',
  '/?sort=context&dir=desc',
  '/benchmarks/',
  '/benchmarks/gpqa-diamond/',
  '/find/',
  '/find/?in=150000&out=2000&rpd=500&ctx=200000&reads=image&sort=context',
  '/nope/',
];

/** One line per violation: its id, impact and the selectors of every failing element. */
export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
}

/**
 * The violations on an open page in the light scheme, then in the dark one: the same page switched
 * with emulateMedia (the dark scheme only changes colours), which saves a second load.
 */
async function inBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await violations(page)).map((v) => `[${colorScheme}] ${v}`));
  }
  await page.context().close();
  return found;
}

let site: SiteBrowser;
beforeAll(async () => {
  site = await browseSite(inject('siteDir'));
});
afterAll(() => site.close());

// One page at a time: axe is CPU-bound, and running several at once on two cores was slower.
describe('accessibility (axe, WCAG 2.2 AA and best practices) at 1280 px, light and dark', () => {
  it.each(PAGES)('has no violations on %s', async (path) => {
    const page = await site.open(path);
    await settled(page);
    const found = await inBothSchemes(page);
    expect(found, `${path}:\n${found.join('\n')}`).toEqual([]);
  });

  it("has no violations with the header search's quick results open", async () => {
    const page = await site.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('claude haiku');
    await page.locator('#site-search-panel .hit-title').first().waitFor();
    const found = await inBothSchemes(page);
    expect(found, `quick search:\n${found.join('\n')}`).toEqual([]);
  });

  it('reports a violation with its id, impact and selector', async () => {
    const page = await site.open('/nope/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'unlabelled';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    const found = await inBothSchemes(page);
    expect(found.join('\n')).toMatch(/^\[dark\] image-alt \(critical\): .*\n {4}#unlabelled$/m);
  });
});
