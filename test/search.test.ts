/**
 * Site search in a real browser against the built site: the header box and the /search/ page put
 * the model people mean first, read "cheapest" and "vision" as a sort and a filter, narrow by the
 * filters, keep their state in the URL, and download nothing until someone searches.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { siteForFile } from './helpers/site-per-file.ts';

const { data } = await loadData('data');

const site = siteForFile();

/** The paths of every file the page has fetched so far. */
const fetched = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  );

/** The result titles of the /search/ page, once it says it has drawn the form's search. */
async function results(page: Page): Promise<string[]> {
  await page.locator('#search-results[data-draw="done"]').waitFor({ state: 'attached' });
  return page.locator('#search-results .hit-title').allTextContents();
}

// Facts straight from the YAML, so the expectations do not repeat what the site computed.
const paidInput = (id: string) => {
  const prices = data.providers.flatMap((p) =>
    p.offers.filter((o) => o.model === id).flatMap((o) => o.price.input ?? []),
  );
  const paid = prices.filter((p) => p > 0);
  return paid.length > 0 ? Math.min(...paid) : prices.length > 0 ? Math.min(...prices) : undefined;
};

/**
 * "cheapest vision model": the models that read images and have a price, and the cheapest names.
 * Retired models are left out of a list in order of price: nobody can buy them.
 */
const vision = data.models
  .filter((m) => m.modalities.input.includes('image') && m.status !== 'retired')
  .flatMap((m) => {
    const price = paidInput(m.id);
    return price === undefined ? [] : [{ name: m.name, price }];
  });
const cheapestVision = vision
  .filter((v) => v.price === Math.min(...vision.map((w) => w.price)))
  .map((v) => v.name);

/** Each model's best score on a benchmark, whatever the settings, by name. */
const bestScores = (benchmark: string) =>
  new Map(
    data.models.flatMap((m) => {
      const scores = (m.scores ?? []).filter((s) => s.benchmark === benchmark).map((s) => s.score);
      return scores.length > 0 ? [[m.name, Math.max(...scores)] as const] : [];
    }),
  );

/** The benchmark of a category scored for the most models: what "best coding model" sorts by. */
function fitting(category: string) {
  const counts = data.benchmarks
    .filter((b) => b.category === category)
    .map((b) => ({ b, n: bestScores(b.id).size }))
    .sort((x, y) => y.n - x.n || x.b.name.localeCompare(y.b.name));
  return counts[0]?.b;
}

describe('the search box in the header', () => {
  it('loads no search code until it is used, then answers "4o mini" with GPT-4o mini first', async () => {
    const page = await site.open('/models/o3/');
    expect((await fetched(page)).some((r) => r.includes('/pagefind/'))).toBe(false);
    // "/" jumps to the box from anywhere on the page.
    await page.keyboard.press('/');
    await page.keyboard.type('4o mini');
    const first = page.locator('#site-search-panel .hit-title').first();
    await expect.poll(() => first.textContent()).toBe('GPT-4o mini');
    // A name needs only the quick bundle, without filters and sort keys.
    const loaded = await fetched(page);
    expect(loaded.some((r) => r.endsWith('/pagefind/quick/pagefind.js'))).toBe(true);
    expect(loaded.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(false);
    // Down arrow walks into the results; Enter opens the full results page.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('GPT-4o mini');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=4o\+mini$/);
    expect((await results(page))[0]).toBe('GPT-4o mini');
    await page.close();
  });

  it('sorts and filters in the box too: "cheapest vision model" loads the full bundle', async () => {
    const page = await site.open('/changes/');
    await page.keyboard.press('/');
    await page.keyboard.type('cheapest vision model');
    await expect
      .poll(() => page.locator('#site-search-panel .site-search-all').textContent())
      .toContain(`All ${vision.length} results`);
    const first = await page.locator('#site-search-panel .hit-title').first().textContent();
    expect(cheapestVision).toContain(first);
    expect((await fetched(page)).some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});

describe('the /search/ page', () => {
  it('puts the newest Claude Haiku first for "claude haiku"', async () => {
    const haikus = data.models
      .filter((m) => /^Claude Haiku/.test(m.name) && m.status === 'active')
      .sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''));
    const page = await site.open('/search/?q=claude+haiku');
    const titles = await results(page);
    expect(titles[0]).toBe(haikus[0]?.name);
    expect(titles.slice(0, haikus.length).sort()).toEqual(haikus.map((m) => m.name).sort());
    await page.close();
  });

  it('reads "cheapest vision model" as image input, cheapest first', async () => {
    const page = await site.open('/search/?q=cheapest+vision+model');
    const titles = await results(page);
    expect(cheapestVision).toContain(titles[0]);
    expect(await page.locator('#search-status').textContent()).toContain(
      `${vision.length} results`,
    );
    await page.close();
  });

  it('narrows the results with the filters and keeps them in the URL', async () => {
    const page = await site.open('/search/?q=gemini');
    const all = await results(page);
    await page.locator('select[name="input"]').selectOption('audio');
    const narrowed = await results(page);
    expect(page.url()).toContain('input=audio');
    expect(narrowed.length).toBeLessThan(all.length);
    const audio = new Set(
      data.models.filter((m) => m.modalities.input.includes('audio')).map((m) => m.name),
    );
    for (const title of narrowed) expect(audio.has(title), title).toBe(true);
    // Every Gemini that reads audio is among them.
    const geminis = [...audio].filter((name) => /^Gemini/.test(name));
    expect(geminis.length).toBeGreaterThan(1);
    expect(narrowed).toEqual(expect.arrayContaining(geminis));

    // The URL carries the search: opening it again gives the same results.
    const url = new URL(page.url());
    const again = await site.open(url.pathname + url.search);
    expect(await results(again)).toEqual(narrowed);
    expect(await again.locator('select[name="input"]').inputValue()).toBe('audio');
    await again.close();
    await page.close();
  });

  it('reads "best coding model" as the coding benchmark most models have a score on, best first', async () => {
    const coding = fitting('coding');
    if (!coding) throw new Error('no coding benchmark');
    const scores = bestScores(coding.id);
    const page = await site.open('/search/?q=best+coding+model');
    const titles = await results(page);
    expect(titles.length).toBeGreaterThan(5);
    // Every result is scored on it, and the first has the best score among them.
    for (const title of titles) expect(scores.has(title), title).toBe(true);
    const top = Math.max(...titles.map((t) => scores.get(t) ?? -1));
    expect(scores.get(titles[0] ?? '')).toBe(top);
    expect(await page.locator('#search-status').textContent()).toContain(
      `Read “best”, “coding” as: best ${coding.name} score first`,
    );
    // Each result says its score.
    expect(await page.locator('#search-results .hit-facts').first().textContent()).toContain(
      coding.name,
    );
    await page.close();
  });

  it('reads "smartest cheap model" as GPQA Diamond among cheap models, best first', async () => {
    const scores = bestScores('gpqa-diamond');
    const page = await site.open('/search/?q=smartest+cheap+model');
    const titles = await results(page);
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) {
      expect(scores.has(title), title).toBe(true);
      // Cheap: input under $1 per 1M tokens at its cheapest.
      const id = data.models.find((m) => m.name === title)?.id ?? '';
      expect(paidInput(id), title).toBeLessThan(1);
    }
    const top = Math.max(...titles.map((t) => scores.get(t) ?? -1));
    expect(scores.get(titles[0] ?? '')).toBe(top);
    expect(await page.locator('#search-status').textContent()).toContain(
      'Input under $1 / 1M, best GPQA Diamond score first',
    );
    await page.close();
  });

  it('sorts by context window, largest first', async () => {
    const largest = Math.max(...data.models.map((m) => m.context_window));
    const page = await site.open('/search/?sort=context');
    const first = (await results(page))[0];
    expect(data.models.find((m) => m.name === first)?.context_window).toBe(largest);
    await page.close();
  });
});
