/**
 * The /search/ page's controls in Chromium against the built site: "Show more" reaches every
 * result from the keyboard, each reading of the query can be dropped, a corrected query can be
 * searched as typed, retired and deprecated models say so in words, and axe finds nothing wrong
 * with any of it, light or dark. Expectations come from the YAML in data/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteForFile } from './helpers/site-per-file.ts';
import { models, sold } from './helpers/search-facts.ts';

const site = siteForFile();

const drawn = (page: Page) =>
  page.locator('#search-results[data-draw="done"]').waitFor({ state: 'attached' });
async function titles(page: Page): Promise<string[]> {
  await drawn(page);
  return page.locator('#search-results .hit-title').allTextContents();
}
const status = (page: Page) => page.locator('#search-status').textContent();

/** 2025-06-30 → 30 Jun 2025, as a reader would write it. */
const day = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

describe('every result is reachable', () => {
  it('shows 30, then 30 more at each press of "Show more", until every open-weights model is listed once', async () => {
    const open = models.filter((m) => m.open_weights).map((m) => m.name);
    expect(open.length).toBeGreaterThan(60);
    const page = await site.open('/search/?q=open+weights');
    expect(await titles(page)).toHaveLength(30);
    expect(await status(page)).toContain(`30 of ${open.length} shown`);
    const more = page.locator('#search-more');
    for (let shown = 30; shown < open.length; shown += 30) {
      // From the keyboard: Tab reaches the button, Enter presses it.
      await more.focus();
      await page.keyboard.press('Enter');
      const next = Math.min(shown + 30, open.length);
      await expect.poll(async () => (await titles(page)).length).toBe(next);
      // Focus moves to the first new result, so reading goes on where it stopped.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        (await page.locator('#search-results .hit-title').nth(shown).textContent()) ?? '?',
      );
    }
    expect(await more.isHidden()).toBe(true);
    const all = await titles(page);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...open].sort());
    await page.close();
  });
});

describe('how the query was read', () => {
  it('lists each reading in the form, and dropping one searches without its words', async () => {
    const page = await site.open('/search/?q=cheapest+reasoning+model');
    await drawn(page);
    const readings = page.locator('#search-form #search-reading button');
    expect(await readings.allTextContents()).toEqual([
      'Drop reasons before answering ✕',
      'Drop cheapest input first ✕',
      'Drop retired models left out ✕',
    ]);
    await readings.nth(1).click();
    const reasoning = models.filter((m) => m.capabilities.reasoning === true);
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe('reasoning model');
    await drawn(page);
    expect(page.url()).toContain('q=reasoning+model');
    // No order now, so no model is left out: retired ones too, marked.
    expect(await status(page)).toContain(`${reasoning.length} results`);
    expect(await readings.allTextContents()).toEqual(['Drop reasons before answering ✕']);
    await page.close();
  });

  it('keeps retired models in an order once that reading is dropped', async () => {
    const page = await site.open('/search/?q=largest+context+window');
    await drawn(page);
    expect(await status(page)).toContain(`${models.filter(sold).length} results`);
    await page.getByRole('button', { name: 'Drop retired models left out' }).click();
    await expect.poll(() => page.locator('select[name="status"]').inputValue()).toBe('all');
    await drawn(page);
    expect(await status(page)).toContain(`${models.length} results`);
    expect(page.url()).toContain('status=all');
    await page.close();
  });

  it('says when it corrected a word, and searches the words as typed when asked', async () => {
    const page = await site.open('/search/?q=gemni');
    await drawn(page);
    expect(await status(page)).toContain('Showing results for “gemini” (you typed “gemni”)');
    await page.getByRole('link', { name: 'Search for “gemni” as typed' }).click();
    await page.waitForURL(/as-typed=1/);
    await drawn(page);
    expect(await status(page)).toContain('0 results for “gemni”');
    await page.close();
  });
});

describe('status in words', () => {
  const retired = models.find((m) => m.name === 'Nano Banana');
  it('marks a retired model with the day it stopped, even when named exactly', async () => {
    if (!retired?.retired || retired.status !== 'retired') throw new Error('Nano Banana retired');
    const page = await site.open('/search/?q=nano+banana');
    expect((await titles(page))[0]).toBe('Nano Banana');
    expect(await page.locator('#search-results .hit-facts').first().textContent()).toContain(
      `Retired ${day(retired.retired)}`,
    );
    await page.close();
  });

  it('gives each deprecated model its shutdown date', async () => {
    const deprecated = models.filter((m) => m.status === 'deprecated');
    const page = await site.open('/search/?q=deprecated');
    const shown = await titles(page);
    expect(shown.sort()).toEqual(deprecated.map((m) => m.name).sort());
    for (const m of deprecated) {
      const facts = await page
        .locator('#search-results li', { has: page.getByText(m.name, { exact: true }) })
        .locator('.hit-facts')
        .textContent();
      expect(facts, m.name).toContain(
        m.retired ? `Deprecated, shuts down ${day(m.retired)}` : 'Deprecated, no shutdown date',
      );
    }
    await page.close();
  });

  it('marks them in the header box too', async () => {
    const gpt4o = models.find((m) => m.name === 'GPT-4o');
    if (!gpt4o?.retired || gpt4o.status !== 'deprecated') throw new Error('GPT-4o deprecated');
    const page = await site.open('/changes/');
    await page.keyboard.press('/');
    await page.keyboard.type('gpt-4o');
    const first = page.locator('#site-search-panel .hits li').first();
    await expect.poll(() => first.locator('.hit-title').textContent()).toBe('GPT-4o');
    expect(await first.locator('.hit-facts').textContent()).toContain(
      `Deprecated, shuts down ${day(gpt4o.retired)}`,
    );
    await page.close();
  });
});

describe('accessibility of the readings, the correction and "Show more"', () => {
  it.each(['light', 'dark'] as const)('has no axe violations in the %s scheme', async (scheme) => {
    const page = await site.open('/search/?q=cheapset+model', { dark: scheme === 'dark' });
    await drawn(page);
    expect(await page.locator('#search-more').isVisible()).toBe(true);
    expect(await page.locator('#search-as-typed').isVisible()).toBe(true);
    expect(await page.locator('#search-reading').isVisible()).toBe(true);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const found = result.violations.map(
      (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found).toEqual([]);
    await page.close();
  });
});
