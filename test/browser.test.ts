/**
 * The interactive parts, in a real browser (Debian's Chromium through playwright-core) against the
 * built site served on 127.0.0.1: the overview's filters and sorting, the calculator and its URL
 * state, the system colour scheme. Screenshots land in test-results/ for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { browseSite, settled, type SiteBrowser } from './helpers/browser.ts';

const { data } = await loadData('data');
const retired = data.models.filter((m) => m.status === 'retired');

let site: SiteBrowser;
const open: SiteBrowser['open'] = (path, options) => site.open(path, options);

/**
 * The names of the rows the table lists: laid out, not hidden by an attribute or a style. Read
 * once the table shows the page's state: a change may wait for the rows past the first 50.
 */
const visibleNames = async (page: Page) => {
  await page.locator('#model-table[data-draw=""]').waitFor({ state: 'detached' });
  return page
    .locator('#model-table tbody tr th a')
    .evaluateAll((links) =>
      links.filter((a) => a.getClientRects().length > 0).map((a) => a.textContent ?? ''),
    );
};
const onSale = data.models.length - retired.length;

beforeAll(async () => {
  site = await browseSite(inject('siteDir'));
});
afterAll(() => site.close());

describe('the overview table', () => {
  it('filters by name as you type, and keeps the filter in the URL', async () => {
    const page = await open('/');
    await page.getByLabel('Filter by name').fill('4o mini');
    const names = await visibleNames(page);
    expect(names).toContain('GPT-4o mini');
    expect(names.filter((n) => !/4o mini/i.test(n))).toEqual([]);
    expect(page.url()).toContain('?q=4o+mini');
    await expect
      .poll(() => page.locator('#model-count').textContent())
      .toMatch(
        new RegExp(
          `^Showing \\d+ of ${data.models.length} models\\. ${retired.length} retired left out: “All” under Status lists them, as do their makers’ pages\\.$`,
        ),
      );
  });

  it('sorts by a column both ways, with aria-sort following', async () => {
    const page = await open('/');
    const header = page.locator('th[data-sort="context"]');
    await header.getByRole('button').click();
    await header.getByRole('button').click();
    await settled(page);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const largest = Math.max(...data.models.map((m) => m.context_window));
    const first = (await visibleNames(page))[0];
    expect(data.models.find((m) => m.name === first)?.context_window).toBe(largest);
    expect(page.url()).toContain('sort=context&dir=desc');
  });

  it('narrows by tier and capability to exactly the matching models, and restores them from a link', async () => {
    const page = await open('/');
    await page.getByLabel('Tier').selectOption('flagship');
    await page.getByLabel('Open weights').check();
    const expected = data.models
      .filter((m) => m.tier === 'flagship' && m.open_weights && m.status !== 'retired')
      .map((m) => m.name);
    expect((await visibleNames(page)).sort()).toEqual(expected.sort());
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect((await visibleNames(again)).sort()).toEqual(expected.sort());
    expect(await again.getByLabel('Open weights').isChecked()).toBe(true);
  });
});

describe("the overview's first rows", () => {
  /** The 50 models on sale with the cheapest input, as the YAML prices them (ties by name). */
  const cheapest = () => {
    // A free, rate-limited tier (input and output both 0) counts only where nothing is paid.
    const price = (id: string) => {
      const prices = data.providers.flatMap((p) =>
        p.offers
          .filter((o) => o.model === id && !o.withdrawn && o.price.input != null)
          .map((o) => ({
            input: o.price.input ?? Infinity,
            free: o.price.output === 0 && o.price.input === 0,
          })),
      );
      const paid = prices.filter((x) => !x.free);
      return Math.min(...(paid.length > 0 ? paid : prices).map((x) => x.input));
    };
    return data.models
      .filter((m) => m.status !== 'retired')
      .map((m) => ({ name: m.name, price: price(m.id) }))
      .sort((a, b) => a.price - b.price);
  };

  it('lists the 50 cheapest on sale, and "Show all" lists the rest where the reader was', async () => {
    const page = await open('/');
    await settled(page);
    const first = await visibleNames(page);
    expect(first).toHaveLength(50);
    // Each listed model is at most the 50th cheapest's price: none left out is cheaper.
    const all = cheapest();
    const bound = all[49]?.price ?? 0;
    for (const name of first)
      expect(all.find((w) => w.name === name)?.price, name).toBeLessThanOrEqual(bound);
    expect(await page.locator('#model-count').textContent()).toContain(
      `The first 50 are listed; “Show all ${onSale}” below the table lists the rest.`,
    );
    const link = page.getByRole('link', { name: `Show all ${onSale} models` });
    await link.click();
    expect(await visibleNames(page)).toHaveLength(onSale);
    expect(new URL(page.url()).searchParams.get('all')).toBe('1');
    await expect(link.isVisible()).resolves.toBe(false);
    // Focus moves to the 51st row's link, so a keyboard carries on where it was.
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect((await visibleNames(page))[50]).toBe(focused);
  });

  it('lists them all without JavaScript too, through the same link, to the page of every model', async () => {
    const page = await open('/', { javaScript: false });
    expect(await visibleNames(page)).toHaveLength(50);
    await page.getByRole('link', { name: `Show all ${onSale} models` }).click();
    await page.waitForURL('**/models/');
    expect(await visibleNames(page)).toHaveLength(onSale);
    expect(await page.locator('#model-count').textContent()).toContain(
      `${retired.length} retired left out`,
    );
  });

  it('holds only the first rows in its HTML: the page of every model holds the rest', async () => {
    const page = await open('/', { javaScript: false });
    const rows = await page.locator('#model-table tbody tr').count();
    // The first 50 on sale and the retired ones priced among them, hidden.
    expect(rows).toBeGreaterThanOrEqual(50);
    expect(rows).toBeLessThan(data.models.length);
    const every = await open('/models/', { javaScript: false });
    expect(await every.locator('#model-table tbody tr').count()).toBe(data.models.length);
  });

  it('searches every model as soon as the reader filters, the others fetched from /models/', async () => {
    const page = await open('/');
    // The dearest model on sale is not among the first rows.
    const dearest = cheapest().at(-1);
    if (!dearest) throw new Error('no models');
    await page.getByLabel('Filter by name').fill(dearest.name);
    expect(await visibleNames(page)).toContain(dearest.name);
  });

  it('says so when the other rows cannot be fetched, and filters the first ones meanwhile', async () => {
    // A browser of its own: the request it fails on purpose is no problem of the pages.
    const own = await browseSite(inject('siteDir'));
    onTestFinished(() => own.close());
    const page = await own.open('/');
    await page.route('**/models/', (route) => route.abort('failed'));
    const [first] = cheapest();
    const dearest = cheapest().at(-1);
    if (!first || !dearest) throw new Error('no models');
    await page.getByLabel('Filter by name').fill(first.name);
    expect(await visibleNames(page)).toContain(first.name);
    expect(await page.locator('#model-count').textContent()).toMatch(
      /^Every model could not be loaded, so only the first \d+ are searched here: “Show all” opens the full list\.$/,
    );
    // Once the page of every model answers, the next change searches them all.
    await page.unroute('**/models/');
    await page.getByLabel('Filter by name').fill(dearest.name);
    expect(await visibleNames(page)).toContain(dearest.name);
    expect(await page.locator('#model-count').textContent()).not.toContain('could not be loaded');
  });

  it('lists every match of a filter once the reader has asked for all', async () => {
    const page = await open('/?all=1&status=all');
    expect(await visibleNames(page)).toHaveLength(data.models.length);
  });
});

describe('retired models in the overview', () => {
  it('are left out until asked for, then listed with the day they were retired', async () => {
    const page = await open('/?all=1');
    const names = await visibleNames(page);
    expect(names.length).toBe(onSale);
    for (const m of retired) expect(names).not.toContain(m.name);
    await page.getByLabel('Status').selectOption('all');
    expect(await visibleNames(page)).toHaveLength(data.models.length);
    expect(page.url()).toContain('status=all');
    // Each retired row says so, with its day from the YAML.
    const opus4 = retired.find((m) => m.id === 'claude-opus-4');
    if (!opus4?.retired) throw new Error('claude-opus-4 is no longer retired in data/');
    const row = page.locator('#model-table tbody tr', {
      has: page.getByRole('link', { name: opus4.name, exact: true }),
    });
    const [y, mo, d] = opus4.retired.split('-');
    const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[Number(mo) - 1];
    expect(await row.locator('th').textContent()).toContain(`Retired ${Number(d)} ${month} ${y}`);
    await page.getByLabel('Status').selectOption('retired');
    expect((await visibleNames(page)).sort()).toEqual(retired.map((m) => m.name).sort());
  });
});

describe('the cost calculator', () => {
  it('recomputes every provider as the workload changes, and a link reproduces it', async () => {
    const page = await open('/models/gpt-4o-mini/');
    await page.getByLabel('Input tokens per request', { exact: true }).fill('10000');
    await page.getByLabel('Output tokens per request', { exact: true }).fill('1000');
    await page.getByLabel('Cached share of input (%)', { exact: true }).fill('40');
    await page.getByLabel('Requests per day', { exact: true }).fill('100');
    // OpenAI: 6,000 × $0.15 + 4,000 cached × $0.075 + 1,000 × $0.60 = $0.0018; × 100 × 30 = $5.40.
    const openai = page.locator('#calc-body tr', { hasText: /^OpenAI/ });
    await expect.poll(() => openai.locator('td').allTextContents()).toEqual(['$0.0018', '$5.40']);
    expect(page.url()).toContain('?in=10000&out=1000&cached=40&rpd=100');

    const shared = await open('/models/gpt-4o-mini/?in=10000&out=1000&cached=40&rpd=100');
    expect(await shared.getByLabel('Cached share of input (%)', { exact: true }).inputValue()).toBe(
      '40',
    );
    const row = shared.locator('#calc-body tr', { hasText: /^OpenAI/ });
    expect(await row.locator('td').allTextContents()).toEqual(['$0.0018', '$5.40']);
    // Paid rows cheapest first; the free tier, $0, after them (the next test).
    const paidRows = shared.locator('#calc-body tr', { hasNotText: 'free tier' });
    const perRequest = await paidRows.locator('td:first-of-type').allTextContents();
    const values = perRequest.map((t) => Number(t.replace('$', '')));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });

  it('lists free, rate-limited tiers last, as the price table does, while the workload changes', async () => {
    // The providers that sell GPT-4o mini at no charge, from the YAML.
    const free = data.providers
      .filter((p) =>
        p.offers.some(
          (o) =>
            o.model === 'gpt-4o-mini' &&
            !o.withdrawn &&
            o.price.input === 0 &&
            o.price.output === 0,
        ),
      )
      .map((p) => p.name);
    expect(free.length).toBeGreaterThan(0);
    const page = await open('/models/gpt-4o-mini/');
    const lastRows = async (selector: string) =>
      (await page.locator(selector).allTextContents()).slice(-free.length);
    const startsWithFree = (names: string[]) =>
      names.every((n) => free.some((f) => n.trim().startsWith(f)));
    expect(startsWithFree(await lastRows('table.prices tbody th[scope="row"]'))).toBe(true);
    expect(startsWithFree(await lastRows('#calc-body th'))).toBe(true);
    expect(await lastRows('#calc-body th')).toEqual(
      expect.arrayContaining([expect.stringContaining('(free tier, rate-limited)')]),
    );
    await page.getByLabel('Output tokens per request', { exact: true }).fill('0');
    await page.getByLabel('Requests per day', { exact: true }).fill('5');
    await expect.poll(() => page.url()).toContain('rpd=5');
    expect(startsWithFree(await lastRows('#calc-body th'))).toBe(true);
    const first = await page.locator('#calc-body th').first().textContent();
    expect(free.some((f) => first?.startsWith(f))).toBe(false);
  });
});

describe('the cost calculator with time-of-day prices', () => {
  it("charges DeepSeek's peak prices for the hours asked for, and keeps the choice in the URL", async () => {
    // DeepSeek's own offer on sale with time-of-day prices (V4.1 Flash since September 2026).
    const offer = data.providers
      .find((p) => p.id === 'deepseek')
      ?.offers.find((o) => !o.withdrawn && o.price.peak?.input != null);
    const { input, peak } = offer?.price ?? {};
    if (!offer || input == null || peak?.input == null)
      throw new Error('DeepSeek sells nothing with a peak price');
    // Its windows, 01:00-04:00 and 06:00-10:00 UTC on weekdays: 7 of 24 hours, 5 of 7 days.
    expect(peak.hours).toEqual(['01:00-04:00', '06:00-10:00']);
    expect(peak.weekdays_only).toBe(true);
    const share = (7 / 24) * (5 / 7);

    const page = await open(`/models/${offer.model}/`);
    await page.getByLabel('Input tokens per request', { exact: true }).fill('1000000');
    await page.getByLabel('Output tokens per request', { exact: true }).fill('0');
    await page.getByLabel('Requests per day', { exact: true }).fill('1');
    const row = page.locator('#calc-body tr', { hasText: /^DeepSeek/ });
    const perRequest = async () =>
      Number((await row.locator('td').first().textContent())?.replace('$', ''));
    await expect.poll(perRequest).toBeCloseTo(input * (1 - share) + peak.input * share, 3);

    await page.getByLabel('When the requests run').selectOption('peak');
    await expect.poll(perRequest).toBeCloseTo(peak.input, 6);
    expect(page.url()).toContain('when=peak');
    await page.getByLabel('When the requests run').selectOption('off-peak');
    await expect.poll(perRequest).toBeCloseTo(input, 6);

    const shared = await open(`/models/${offer.model}/?in=1000000&out=0&rpd=1&when=peak`);
    expect(await shared.getByLabel('When the requests run').inputValue()).toBe('peak');
    const sharedRow = shared.locator('#calc-body tr', { hasText: /^DeepSeek/ });
    expect(
      Number((await sharedRow.locator('td').first().textContent())?.replace('$', '')),
    ).toBeCloseTo(peak.input, 6);
  });

  it('asks about the time of day only where a price depends on it', async () => {
    const page = await open('/models/gpt-4o-mini/');
    expect(await page.getByLabel('When the requests run').count()).toBe(0);
  });
});

describe('look and feel', () => {
  it('follows the system colour scheme', async () => {
    const light = await open('/models/gpt-4o-mini/');
    const dark = await open('/models/gpt-4o-mini/', { dark: true });
    const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg(light)).toBe('rgb(255, 255, 255)');
    expect(await bg(dark)).toBe('rgb(13, 17, 23)');
  });

  // One test per page and width, so that a slow machine makes them slower, never red.
  for (const path of [
    '/',
    '/models/gpt-4o-mini/',
    '/providers/openai/',
    '/creators/openai/',
    '/search/?q=cheapest+vision+model',
    '/changes/',
    '/find/',
    '/compare/claude-haiku-4.5-vs-gpt-4o-mini/',
    '/nope/',
  ]) {
    for (const width of [375, 1280]) {
      it(`${path} fits ${width} px without sideways scrolling of the page, and saves screenshots`, async () => {
        await mkdir('test-results', { recursive: true });
        for (const dark of [false, true]) {
          const page = await open(path, { width, dark });
          // Drawn in full (search results, the finder's answer), as a visitor sees it.
          await settled(page);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - innerWidth,
          );
          expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
          const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${dark ? 'dark' : 'light'}`;
          await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
          await page.context().close();
        }
      });
    }
  }

  it('logs no errors and fails no requests on the pages above', () => {
    // The 404 page is meant to answer 404; everything else must load cleanly.
    expect(site.problems.filter((p) => !p.startsWith('/nope/'))).toEqual([]);
  });
});
