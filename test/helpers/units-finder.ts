/**
 * The finder's fields for audio minutes and images, tested in Chromium against a built site: each
 * field shows where some offer prices its medium per minute or per image, and a job typed into it
 * is priced from the YAML the site was built from. Run on data/ (test/units-browser.test.ts) and on
 * a synthetic catalog that bills every such unit (test/units-synthetic.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/data/load.ts';
import { drawn, settled, type SiteBrowser } from './browser.ts';

type Data = LoadResult['data'];
type Price = Data['providers'][number]['offers'][number]['price'];

/** What the finder's fields for audio minutes and images are called, as the calculator's are. */
export const FIELDS = {
  ain: 'Audio minutes read per request',
  aout: 'Audio minutes made per request',
  img: 'Images made per request',
} as const;
export type UnitField = keyof typeof FIELDS;

/** A medium's price per minute or per image, by field; null where the offer lists none. */
const RATE: Record<UnitField, (p: Price) => number | null | undefined> = {
  ain: (p) => p.audio?.input_per_minute,
  aout: (p) => p.audio?.output_per_minute,
  img: (p) => p.image?.per_image?.[0]?.usd,
};

/** Within the rounding of the figure shown (three significant digits, or cents). */
const near = (shown: number, want: number) =>
  Math.abs(shown - want) <= Math.max(want * 0.005, 0.005 * (want >= 1 ? 1 : 0));

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

/** Every offer the finder can rank: on sale, not a free tier. */
function rankedOffers(data: Data) {
  const models = new Map(data.models.map((m) => [m.id, m]));
  return data.providers.flatMap((provider) =>
    provider.offers
      .filter((o) => !o.withdrawn && !(o.price.input === 0 && o.price.output === 0))
      .map((offer) => ({ provider, offer, model: models.get(offer.model) })),
  );
}

/**
 * The fields of `data` some offer of a model still sold prices: the first such offer by provider
 * id, whose model the test prices. A field no offer prices has no test here.
 */
export function pricedFields(data: Data) {
  const ranked = rankedOffers(data);
  const first = new Map<UnitField, NonNullable<(typeof ranked)[number]['model']>>();
  for (const key of Object.keys(FIELDS) as UnitField[]) {
    const found = [...ranked]
      .sort((a, b) => a.provider.id.localeCompare(b.provider.id))
      .find(({ offer, model }) => RATE[key](offer.price) != null && model?.status !== 'retired');
    if (found?.model) first.set(key, found.model);
  }
  return first;
}

export function finderUnitTests(data: Data, site: () => SiteBrowser): void {
  const ranked = rankedOffers(data);
  describe('the finder with audio minutes and images', () => {
    it('asks for audio minutes and images where some offer prices them per minute or per image', async () => {
      const page = await site().open('/find/');
      await settled(page);
      for (const [key, label] of Object.entries(FIELDS) as [UnitField, string][]) {
        // The calculator's rule: both audio fields where either audio rate is listed.
        const audio = key !== 'img';
        const priced = ranked.some(({ offer: o }) =>
          audio
            ? RATE.ain(o.price) != null || RATE.aout(o.price) != null
            : RATE.img(o.price) != null,
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
    for (const [key, model] of pricedFields(data)) {
      it(`prices ${FIELDS[key].toLowerCase()} typed into /find/, from the YAML`, async () => {
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
        const page = await site().open(`/find/?in=0&out=0&rpd=${REQUESTS}`);
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
      });
    }
  });
}
