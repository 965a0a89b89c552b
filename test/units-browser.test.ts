/**
 * The calculator and the finder price the units beside plain tokens, in Chromium against the built
 * site: a service tier and a cache write kept for an hour, chosen in the calculator's form; audio
 * minutes and images typed into the finder's (helpers/units-finder.ts: data/ prices no audio made
 * or image made yet, so test/units-synthetic.test.ts runs those on a catalog that does). Each cost
 * is worked out here from the YAML (the folder the site was built from: data/, or ATLAS_DATA_DIR).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataDir, loadData } from '../src/data/load.ts';
import { browseSite, settled, type SiteBrowser } from './helpers/browser.ts';
import { finderUnitTests } from './helpers/units-finder.ts';

const { data } = await loadData(dataDir());

let site: SiteBrowser;
beforeAll(async () => {
  site = await browseSite(inject('siteDir'));
});
afterAll(() => site.close());

/** The page's typical workload: 2,000 input and 500 output tokens, 1,000 requests a day. */
const IN = 2_000;
const OUT = 500;

/** The first provider (by id) whose offer of a model has `has`, with the offer. */
function find(has: (price: (typeof data.providers)[number]['offers'][number]['price']) => boolean) {
  for (const provider of [...data.providers].sort((a, b) => a.id.localeCompare(b.id)))
    for (const offer of provider.offers)
      if (!offer.withdrawn && has(offer.price)) {
        const model = data.models.find((m) => m.id === offer.model);
        if (model && model.status !== 'retired') return { provider, offer, model };
      }
  throw new Error('no such offer in data/');
}

/** A row's per-request cost as a number: "$0.0018" → 0.0018. */
async function perRequest(page: Page, provider: string): Promise<number> {
  const name = provider.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page.locator('#calc-body tr', { hasText: new RegExp(`^${name}`) }).first();
  return Number((await row.locator('td').first().innerText()).replace(/[$,]/g, ''));
}

/** Within the rounding of the figure shown (three significant digits, or cents). */
const near = (shown: number, want: number) =>
  Math.abs(shown - want) <= Math.max(want * 0.005, 0.005 * (want >= 1 ? 1 : 0));

describe('the calculator with units beside tokens', () => {
  it('prices the priority tier where a provider sells it, from the YAML', async () => {
    const { provider, offer, model } = find(
      (p) => p.tiers?.priority?.input != null && p.tiers.priority.output != null,
    );
    const tier = offer.price.tiers?.priority;
    const want = (IN * (tier?.input ?? 0) + OUT * (tier?.output ?? 0)) / 1e6;
    const standard = (IN * (offer.price.input ?? 0) + OUT * (offer.price.output ?? 0)) / 1e6;
    expect(near(want, standard)).toBe(false);
    const page = await site.open(`/models/${model.id}/`);
    await settled(page);
    expect(near(await perRequest(page, provider.name), standard)).toBe(true);
    await page.getByLabel('Service tier').selectOption('priority');
    await expect.poll(async () => near(await perRequest(page, provider.name), want)).toBe(true);
    expect(new URL(page.url()).searchParams.get('service')).toBe('priority');
    expect(await page.locator('#calc-caption').innerText()).toContain('in the priority tier');
    // A provider of the same model without the tier says it charges its standard prices.
    const without = data.providers.find((p) =>
      p.offers.some(
        (o) => o.model === model.id && !o.withdrawn && !o.price.tiers?.priority && o.price.input,
      ),
    );
    if (without)
      expect(
        await page.locator('#calc-body tr', { hasText: without.name }).first().innerText(),
      ).toContain('no priority tier: standard prices');
  });

  it('prices a cache write kept for an hour at the 1-hour price, from the YAML', async () => {
    const { provider, offer, model } = find(
      (p) => p.cache_write_1h != null && p.input != null && p.output != null,
    );
    const p = offer.price;
    // Half the prompt written for an hour, the rest fresh.
    const want =
      ((IN / 2) * (p.input ?? 0) + (IN / 2) * (p.cache_write_1h ?? 0) + OUT * (p.output ?? 0)) /
      1e6;
    const page = await site.open(`/models/${model.id}/?write=50&life=1h`);
    await settled(page);
    await expect.poll(async () => near(await perRequest(page, provider.name), want)).toBe(true);
    expect(await page.getByLabel('Cache kept for').inputValue()).toBe('1h');
  });
});

finderUnitTests(data, () => site);
