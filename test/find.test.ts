/**
 * The workload finder in Chromium against the built site: a workload typed into the form ranks the
 * models as the YAML, priced by hand here, says; the URL reproduces it; a model page's calculator
 * hands its workload over.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { browseSite, drawn, type SiteBrowser } from './helpers/browser.ts';

const { data } = await loadData('data');
let site: SiteBrowser;

beforeAll(async () => {
  site = await browseSite(inject('siteDir'));
});
afterAll(() => site.close());

const dollars = (text: string | null) => Number((text ?? '').replace(/[$,]/g, ''));

/** The answer's rows as [model name, cheapest provider, dollars a month]. */
async function answer(page: Page): Promise<[string, string, number][]> {
  await drawn(page, '#find-results');
  return page.locator('#find-results tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = tr.querySelectorAll('td, th');
      const name = tr.querySelector('th a')?.textContent ?? '';
      // Without a benchmark: #, model, per month, cheapest provider, …
      const month = cells[2]?.querySelector('strong')?.textContent ?? '';
      const provider = cells[3]?.childNodes[0]?.textContent ?? '';
      return [name, provider.trim(), Number(month.replace(/[$,]/g, ''))] as [
        string,
        string,
        number,
      ];
    }),
  );
}

/**
 * The expected answer for a plain workload (no cache, no batch, short prompts), priced straight
 * from the YAML: each model that calls tools, at each provider selling it with a window of at
 * least `minContext` that fits a request (`fit` tokens, prompt and answer), a month's input tokens
 * × price + output tokens × price, DeepSeek's peak hours weighed by the share of the week they
 * cover; the cheapest provider per model, cheapest model first.
 */
function expected(month: { input: number; output: number }, fit: number, minContext: number) {
  const models = new Map(data.models.map((m) => [m.id, m]));
  const best = new Map<string, { provider: string; month: number }>();
  for (const p of data.providers) {
    for (const o of p.offers) {
      const m = models.get(o.model);
      // Retired models are left out unless asked for, as nobody can buy them.
      if (!m || m.capabilities.tool_calling !== true || o.withdrawn || m.status === 'retired')
        continue;
      const { input, output, peak } = o.price;
      if (input == null || output == null || (input === 0 && output === 0)) continue;
      const window = o.context_window ?? m.context_window;
      if (window < minContext || window < fit) continue;
      const at = (i: number, out: number) => (month.input * i + month.output * out) / 1e6;
      let perMonth = at(input, output);
      if (peak) {
        const hours = peak.hours.reduce(
          (sum, w) => sum + (Number(w.slice(6, 8)) - Number(w.slice(0, 2))),
          0,
        );
        const share = (hours / 24) * (peak.weekdays_only ? 5 / 7 : 1);
        perMonth = perMonth * (1 - share) + at(peak.input ?? input, peak.output ?? output) * share;
      }
      const seen = best.get(m.name);
      if (!seen || perMonth < seen.month || (perMonth === seen.month && p.name < seen.provider))
        best.set(m.name, { provider: p.name, month: perMonth });
    }
  }
  return (
    [...best]
      // Months equal to the millionth of a dollar tie, and are ordered by name, as the finder orders
      // them ($0.04 × 40 + $0.08 × 8 and $0.03 × 40 + $0.13 × 8 are both $2.24).
      .sort(
        (a, b) =>
          Math.round(a[1].month * 1e6) - Math.round(b[1].month * 1e6) || a[0].localeCompare(b[0]),
      )
      .map(([name, b]) => [name, b.month] as const)
  );
}

/**
 * Names in order of their monthly cost to the cent, ties by name: two models a hair of a cent apart
 * (the page's sums and these add in another order) may come in either order.
 */
const byCents = (list: readonly (readonly [string, number])[]) =>
  list
    .map(([name, month]) => [name, Math.round(month * 100)] as const)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name);

describe('the workload finder', () => {
  it('ranks a typed workload as the YAML prices it, and keeps it in the URL', async () => {
    const page = await site.open('/find/');
    await drawn(page, '#find-results');
    await page.getByLabel('Input tokens per request').fill('10000');
    await page.getByLabel('Output tokens per request').fill('1000');
    await page.getByLabel('Requests per day').fill('100');
    await page.getByLabel('Cached share of input (%)').fill('0');
    await page.getByLabel('Generally available only').uncheck();
    await page.getByLabel('Context window at least').selectOption('128000');
    const rows = await answer(page);
    // 100 requests a day of 10,000 in and 1,000 out, for 30 days.
    const want = expected({ input: 30_000_000, output: 3_000_000 }, 11_000, 128_000);
    expect(rows.length).toBe(Math.min(50, want.length));
    // Names and monthly costs of the first ten, to the cent the page shows.
    const top = want.slice(0, 10);
    expect(byCents(rows.slice(0, 10).map((r) => [r[0], r[2]]))).toEqual(byCents(top));
    rows.slice(0, 10).forEach((r, i) => {
      expect(r[2]).toBeCloseTo(top[i]?.[1] ?? NaN, 1);
    });
    expect(page.url()).toContain('in=10000&out=1000&rpd=100');
    expect(page.url()).toContain('tools=1');
    expect(page.url()).toContain('ctx=128000');

    const again = await site.open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await answer(again)).toEqual(rows);
    expect(await again.getByLabel('Input tokens per request').inputValue()).toBe('10000');
    expect(await again.getByLabel('Generally available only').isChecked()).toBe(false);
  });

  it('shows only the amounts of the way chosen: per request, or a month in total', async () => {
    const page = await site.open('/find/');
    const visible = (label: string) => page.getByLabel(label, { exact: true }).isVisible();
    expect(await visible('Input tokens a month')).toBe(false);
    expect(await visible('Requests per day')).toBe(true);
    await page.getByLabel('Amounts given').selectOption('month');
    expect(await visible('Input tokens a month')).toBe(true);
    expect(await visible('Output tokens a month')).toBe(true);
    expect(await visible('Requests per day')).toBe(false);
    expect(await visible('Output tokens per request')).toBe(false);
    // The prompt length still counts: the month's input is split into prompts of it.
    expect(await visible('Input tokens per request (the prompt length)')).toBe(true);
  });

  it("ranks a month's totals as the YAML prices them, and keeps them in the URL", async () => {
    const page = await site.open('/find/');
    await drawn(page, '#find-results');
    // Typed before switching to a month's totals, which hides them: they are then ignored, as
    // requests a day and output per request come from the totals.
    await page.getByLabel('Requests per day').fill('7');
    await page.getByLabel('Output tokens per request').fill('3');
    await page.getByLabel('Amounts given').selectOption('month');
    await page.getByLabel('Input tokens a month').fill('40000000');
    await page.getByLabel('Output tokens a month').fill('8000000');
    await page.getByLabel('Input tokens per request').fill('2000');
    await page.getByLabel('Cached share of input (%)').fill('0');
    await page.getByLabel('Generally available only').uncheck();
    const rows = await answer(page);
    // 20,000 prompts of 2,000 tokens, each answered with 400.
    const want = expected({ input: 40_000_000, output: 8_000_000 }, 2_400, 0).slice(0, 10);
    expect(byCents(rows.slice(0, 10).map((r) => [r[0], r[2]]))).toEqual(byCents(want));
    rows.slice(0, 10).forEach((r, i) => expect(r[2]).toBeCloseTo(want[i]?.[1] ?? NaN, 1));
    expect(await page.locator('#find-summary').textContent()).toContain(
      '40,000,000 input and 8,000,000 output tokens a month, in prompts of 2,000 tokens (about 667 requests a day)',
    );
    expect(page.url()).toContain('in=2000');
    expect(page.url()).toContain('per=month&monthin=40000000&monthout=8000000');
    expect(page.url()).not.toContain('rpd=');

    const again = await site.open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await answer(again)).toEqual(rows);
    expect(await again.getByLabel('Amounts given').inputValue()).toBe('month');
    expect(await again.getByLabel('Output tokens a month').inputValue()).toBe('8000000');
    expect(await again.getByLabel('Requests per day').inputValue()).toBe('667');
  });

  it("opens with a model page's calculator workload, and prices that model the same", async () => {
    const page = await site.open('/models/gpt-4o-mini/');
    await page.getByLabel('Input tokens per request', { exact: true }).fill('5000');
    await page.getByLabel('Output tokens per request', { exact: true }).fill('200');
    await page.getByLabel('Requests per day', { exact: true }).fill('300');
    // The calculator's cheapest paid provider and its monthly cost.
    const calc = page.locator('#calc-body tr').filter({ hasNotText: 'free tier' }).first();
    const calcMonth = dollars(await calc.locator('td').nth(1).textContent());
    await page.getByRole('link', { name: 'Compare this workload across every model' }).click();
    await page.waitForURL(/\/find\//);
    expect(page.url()).toContain('in=5000&out=200&rpd=300&cached=0');
    expect(await page.getByLabel('Input tokens per request').inputValue()).toBe('5000');
    expect(await page.getByLabel('Tool calling').isChecked()).toBe(false);
    // Narrowed to OpenAI's models, so GPT-4o mini is among the rows shown.
    await page.getByLabel('Only models by').selectOption('openai');
    const rows = await answer(page);
    const mini = rows.find((r) => r[0] === 'GPT-4o mini');
    expect(mini?.[2]).toBeCloseTo(calcMonth, 2);
  });

  it('shows four ready-made answers without JavaScript, one ranked by value', async () => {
    const page = await site.open('/find/', { javaScript: false });
    for (const id of ['chat-assistant', 'batch-extraction', 'long-documents', 'coding-value']) {
      const section = page.locator(`section[aria-labelledby="preset-${id}"]`);
      expect(await section.locator('tbody tr').count(), id).toBe(10);
      // Each opens in the finder with its question.
      expect(
        await section.getByRole('link', { name: 'Open it in the finder' }).getAttribute('href'),
      ).toMatch(/^\/find\/\?(.*&)?in=\d+/);
    }
    expect(await page.locator('#find-results tbody tr').count()).toBeGreaterThan(0);
    // The value answer: SWE-bench Verified scores of at least 70%, the best per dollar first.
    const value = page.locator('section[aria-labelledby="preset-coding-value"]');
    expect(await value.locator('thead').textContent()).toContain('SWE-bench Verified');
    const scores = await value
      .locator('tbody td.num strong')
      .filter({ hasText: '%' })
      .allTextContents();
    expect(scores).toHaveLength(10);
    for (const s of scores) expect(Number(s.replace('%', ''))).toBeGreaterThanOrEqual(70);
    expect(await value.locator('tbody tr').first().textContent()).toContain('on the frontier');
  });

  it('fetches nothing on a plain link, and leaves the built answer alone when the first one drawn is the same', async () => {
    const page = await site.open('/find/', {
      // Counts what replaces the answer's table or chart, and notes when the script has drawn.
      init: () => {
        const w = window as unknown as { replaced: number; redrawn: boolean };
        w.replaced = 0;
        w.redrawn = false;
        // The parser filling them in counts for nothing: only what comes after it.
        document.addEventListener('DOMContentLoaded', () => (w.replaced = 0));
        new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as HTMLElement;
            if (r.type === 'childList' && (el.id === 'find-results' || el.id === 'find-chart'))
              w.replaced++;
            if (r.type === 'attributes' && el.id === 'find-results' && r.oldValue === '')
              w.redrawn = el.dataset['draw'] === 'done';
          }
        }).observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeOldValue: true,
          attributeFilter: ['data-draw'],
        });
      },
    });
    // A plain link shows the build's answer: the ranking data waits until the form is touched.
    await page.waitForLoadState('networkidle');
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((e) => new URL(e.name).pathname.endsWith('/find-data.json')),
      );
    expect(await fetched()).toBe(false);
    // The first answer the script draws, to the same question, leaves the build's alone.
    const rpd = page.getByLabel('Requests per day');
    await rpd.fill(await rpd.inputValue());
    await page.waitForFunction(() => (window as unknown as { redrawn: boolean }).redrawn);
    expect(await fetched()).toBe(true);
    const before = await answer(page);
    expect(before.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { replaced: number }).replaced)).toBe(0);
    // A question of its own is drawn: the table is replaced.
    await rpd.fill('7');
    await page.waitForFunction(() => (window as unknown as { replaced: number }).replaced > 0);
    expect(await answer(page)).not.toEqual(before);
  });
});
