/**
 * Resellers in a real browser: the headline price says who sells it and sets the maker's own price
 * beside a reseller's, and the "Leave out resellers" switch of the overview, a comparison page and
 * the finder answers from the makers and hosts alone. The models are picked from the YAML: one
 * whose cheapest input is a reseller's while its maker sells it too, and one only resellers sell.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { drawn, settled } from './helpers/browser.ts';
import { roundedFrom } from './helpers/html.ts';
import { siteForFile } from './helpers/site-per-file.ts';

const { data } = await loadData('data');
const site = siteForFile();
/** The makers whose own API has another id than theirs (src/rules/own-api.ts says the same). */
const OWN_API: Record<string, string> = { google: 'google-gemini', zhipuai: 'zai' };

interface Sale {
  provider: string;
  kind: string;
  input: number;
  output: number | null | undefined;
}
/** Paid offers on sale with an input price, by model. */
const sales = new Map<string, Sale[]>();
for (const p of data.providers)
  for (const o of p.offers) {
    const input = o.price.input;
    if (o.withdrawn !== undefined || input == null || input === 0) continue;
    const list = sales.get(o.model) ?? [];
    list.push({ provider: p.id, kind: p.kind, input, output: o.price.output });
    sales.set(o.model, list);
  }
const lowest = (list: Sale[]) => Math.min(...list.map((s) => s.input));
const onSale = data.models.filter((m) => m.status !== 'retired');

// A model a reseller undercuts its maker on, with a comparison page.
const comparePages = readdirSync(path.join(inject('siteDir'), 'compare'));
const undercut = onSale.find((m) => {
  const list = sales.get(m.id) ?? [];
  const own = list.find((s) => s.provider === (OWN_API[m.creator] ?? m.creator));
  const cheapest = list.find((s) => s.input === lowest(list));
  return (
    own !== undefined &&
    cheapest?.kind === 'aggregator' &&
    list.filter((s) => s.input === lowest(list)).every((s) => s.kind === 'aggregator') &&
    own.input > lowest(list) &&
    comparePages.some((p) => p.split('-vs-').includes(m.id))
  );
});
if (!undercut) throw new Error('no model in the data has a reseller below its maker');
const mine = sales.get(undercut.id) ?? [];
const own = mine.find((s) => s.provider === (OWN_API[undercut.creator] ?? undercut.creator));
const direct = lowest(mine.filter((s) => s.kind !== 'aggregator'));
const resoldOnly = onSale.find((m) => {
  const list = sales.get(m.id) ?? [];
  return list.length > 0 && list.every((s) => s.kind === 'aggregator');
});

/** A figure on the page read back as a number: "$10.00" → 10. */
const dollars = (s: string | undefined) => Number((s ?? '').replace(/[$,]/g, ''));
const rowOf = (page: Page, name: string) =>
  page.locator('#model-table tbody tr', {
    has: page.getByRole('link', { name, exact: true }),
  });
const cellText = async (page: Page, name: string, col: 'input' | 'output') =>
  (await rowOf(page, name).locator(`td[data-col="${col}"]`).innerText()).replace(/\s+/g, ' ');

describe(`the overview, with ${undercut.name} undercut by a reseller`, () => {
  it("names the reseller, sets the maker's price beside it, and leaves resellers out when asked", async () => {
    // Every row listed: the models picked need not be among the 50 cheapest.
    const page = await site.open('/?all=1');
    await settled(page);
    const before = await cellText(page, undercut.name, 'input');
    expect(roundedFrom(dollars(/^\$[\d.]+/.exec(before)?.[0]), lowest(mine)), before).toBe(true);
    expect(before).toMatch(/, a reseller/);
    expect(before).toContain('own API: $');
    expect(roundedFrom(dollars(/own API: (\$[\d.]+)/.exec(before)?.[1]), own?.input ?? 0)).toBe(
      true,
    );
    if (resoldOnly) await expect(rowOf(page, resoldOnly.name).isVisible()).resolves.toBe(true);

    await page.getByLabel('Leave out resellers').check();
    await settled(page);
    const after = await cellText(page, undercut.name, 'input');
    expect(roundedFrom(dollars(/^\$[\d.]+/.exec(after)?.[0]), direct), after).toBe(true);
    expect(after).not.toMatch(/reseller/);
    expect(new URL(page.url()).searchParams.get('direct')).toBe('1');
    expect(new URL(page.url()).searchParams.get('all')).toBe('1');
    await expect(page.locator('#model-count').innerText()).resolves.toContain(
      'Resellers left out.',
    );
    // A model only resellers sell has no price left, so it leaves the list.
    if (resoldOnly) await expect(rowOf(page, resoldOnly.name).isVisible()).resolves.toBe(false);
  });

  it('opens with resellers left out from a shared link', async () => {
    const page = await site.open('/?direct=1&all=1');
    await settled(page);
    await expect(page.getByLabel('Leave out resellers').isChecked()).resolves.toBe(true);
    const shown = await cellText(page, undercut.name, 'input');
    expect(roundedFrom(dollars(/^\$[\d.]+/.exec(shown)?.[0]), direct), shown).toBe(true);
  });
});

describe(`${undercut.name}'s own page`, () => {
  it("says who sells the headline price and what the maker's own API charges", async () => {
    const page = await site.open(`/models/${undercut.id}/`);
    const price = (await page.locator('.price-fact dd').innerText()).replace(/\s+/g, ' ');
    expect(price).toMatch(/^Input from \$[\d.]+ \/ 1M tokens across \d+ providers/);
    expect(price).toMatch(/at .+, a reseller · \d+ \w+ old/);
    expect(price).toMatch(/’s own API: \$[\d.]+ in/);
    // The price table keeps the exact figure and names each reseller.
    const table = await page.locator('table.prices tbody').innerText();
    expect(table).toContain('reseller');
    expect(table).toContain('maker’s own API');
  });
});

describe('a comparison page', () => {
  const slug = comparePages.find((p) => p.split('-vs-').includes(undercut.id)) ?? '';

  it('hides the resellers and quotes the makers and hosts when the switch is on', async () => {
    const page = await site.open(`/compare/${slug}/`);
    const resellerRows = page.locator('table.vs-prices tbody tr.reseller');
    const count = await resellerRows.count();
    expect(count).toBeGreaterThan(0);
    await expect(resellerRows.first().isVisible()).resolves.toBe(true);
    const cheapestInput = page.locator('table.vs-facts tbody tr', {
      has: page.getByRole('rowheader', { name: 'Cheapest input' }),
    });
    const visibleText = async () => {
      const texts: string[] = [];
      for (const row of await cheapestInput.all())
        if (await row.isVisible()) texts.push((await row.innerText()).replace(/\s+/g, ' '));
      return texts;
    };
    const before = await visibleText();
    expect(before).toHaveLength(1);
    expect(before[0]).toMatch(/a reseller/);

    await page.getByLabel(/Leave out resellers/).check();
    await expect(resellerRows.first().isVisible()).resolves.toBe(false);
    const after = await visibleText();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toMatch(/reseller/);
  });
});

describe('the finder', () => {
  const sellersIn = async (page: Page) =>
    (await page.locator('#find-results tbody td .sub').allInnerTexts()).filter(
      (t) => t === 'reseller',
    ).length;

  it('marks resellers in its answer, and answers without them when asked', async () => {
    const page = await site.open('/find/');
    await drawn(page, '#find-results');
    expect(await sellersIn(page)).toBeGreaterThan(0);

    const without = await site.open('/find/?direct=1');
    await drawn(without, '#find-results');
    await expect(without.getByLabel(/Leave out resellers/).isChecked()).resolves.toBe(true);
    expect(await sellersIn(without)).toBe(0);
    await expect(without.locator('#find-summary').innerText()).resolves.toContain(
      'Resellers are left out.',
    );
  });
});
