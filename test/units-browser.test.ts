/**
 * The calculator and the finder price the units beside plain tokens, in Chromium against the built
 * site: a service tier and a cache write kept for an hour, chosen in the calculator's form; audio
 * minutes and images typed into the finder's. Each cost is worked out here from the YAML (the
 * folder the site was built from: data/, or ATLAS_DATA_DIR).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataDir, loadData } from '../src/data/load.ts';
import { browseSite, drawn, settled, type SiteBrowser } from './helpers/browser.ts';

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

type Price = (typeof data.providers)[number]['offers'][number]['price'];
const models = new Map(data.models.map((m) => [m.id, m]));
/** Every offer the finder can rank: on sale, not a free tier. */
const ranked = data.providers.flatMap((provider) =>
  provider.offers
    .filter((o) => !o.withdrawn && !(o.price.input === 0 && o.price.output === 0))
    .map((offer) => ({ provider, offer, model: models.get(offer.model) })),
);

/** What the finder's fields for audio minutes and images are called, as the calculator's are. */
const FIELDS = {
  ain: 'Audio minutes read per request',
  aout: 'Audio minutes made per request',
  img: 'Images made per request',
} as const;

/** A medium's price per minute or per image, by field; null where the offer lists none. */
const RATE: Record<keyof typeof FIELDS, (p: Price) => number | null | undefined> = {
  ain: (p) => p.audio?.input_per_minute,
  aout: (p) => p.audio?.output_per_minute,
  img: (p) => p.image?.per_image?.[0]?.usd,
};

/** The finder's row of a model as [dollars a month, cheapest provider]. */
async function finderRow(page: Page, name: string): Promise<[number, string] | undefined> {
  await drawn(page, '#find-results');
  const rows = await page.locator('#find-results tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll('td, th');
      // Without a benchmark: #, model, per month, cheapest provider, …
      return [
        tr.querySelector('th a')?.textContent ?? '',
        cells[2]?.querySelector('strong')?.textContent ?? '',
        cells[3]?.childNodes[0]?.textContent?.trim() ?? '',
      ];
    }),
  );
  const row = rows.find(([model]) => model === name);
  return row && [Number(row[1]?.replace(/[$,]/g, '')), row[2] ?? ''];
}

describe('the finder with audio minutes and images', () => {
  it('asks for audio minutes and images where some offer prices them per minute or per image', async () => {
    const page = await site.open('/find/');
    await settled(page);
    for (const [key, label] of Object.entries(FIELDS) as [keyof typeof FIELDS, string][]) {
      // The calculator's rule: both audio fields where either audio rate is listed.
      const audio = key !== 'img';
      const priced = ranked.some(({ offer: o }) =>
        audio ? RATE.ain(o.price) != null || RATE.aout(o.price) != null : RATE.img(o.price) != null,
      );
      const field = page.getByLabel(label, { exact: true });
      expect(await field.count(), label).toBe(priced ? 1 : 0);
      // A plain GET field of the form, named as the URL names it.
      if (priced) expect(await field.getAttribute('name')).toBe(key);
    }
    await page.context().close();
  });

  // A job of 2.5 minutes of audio read, 1.5 made or 3 images per request, with no tokens, 1,000
  // requests a day: a model's month is its cheapest offer's minutes or images at its listed rate.
  const AMOUNTS = { ain: 2.5, aout: 1.5, img: 3 } as const;
  const REQUESTS = 1_000;
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const first = [...ranked]
      .sort((a, b) => a.provider.id.localeCompare(b.provider.id))
      .find(({ offer, model }) => RATE[key](offer.price) != null && model?.status !== 'retired');
    it.skipIf(!first)(
      `prices ${FIELDS[key].toLowerCase()} typed into /find/, from the YAML`,
      async () => {
        const model = first?.model;
        if (!model) return;
        let want = Infinity;
        const cheapest: string[] = [];
        for (const { provider, offer } of ranked) {
          const rate = RATE[key](offer.price);
          if (offer.model !== model.id || rate == null) continue;
          const month =
            (AMOUNTS[key] * rate + (offer.price.fees?.per_request ?? 0)) * REQUESTS * 30;
          if (month < want) cheapest.length = 0;
          if (month <= want) cheapest.push(provider.name);
          want = Math.min(want, month);
        }
        // A link's question (no tokens, every model), then the amount typed into the field.
        const page = await site.open(`/find/?in=0&out=0&rpd=${REQUESTS}`);
        await settled(page);
        await page.getByLabel(FIELDS[key], { exact: true }).fill(String(AMOUNTS[key]));
        await expect
          .poll(async () => (await finderRow(page, model.name))?.[0])
          .toSatisfy((shown: number | undefined) => shown !== undefined && near(shown, want));
        expect(cheapest).toContain((await finderRow(page, model.name))?.[1]);
        expect(new URL(page.url()).searchParams.get(key)).toBe(String(AMOUNTS[key]));
        expect(await page.locator('#find-summary').innerText()).toMatch(
          key === 'img' ? /3 images made per request/ : /audio minutes (read|made)/,
        );
        await page.context().close();
      },
    );
  }
});
