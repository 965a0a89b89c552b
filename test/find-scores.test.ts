/**
 * The finder's benchmark questions in Chromium against the built site: a score typed into the form
 * ranks the models as the YAML, priced here with the calculator's `costOf`, says; the page with a
 * benchmark chosen has no accessibility violation, light or dark, does not shift while it loads,
 * and on a phone shows the first row's month and score without scrolling sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { costOf } from '../src/lib/pricing/calculator.ts';
import { TYPICAL_WORKLOAD, type Workload } from '../src/lib/pricing/workload.ts';
import { drawn, settled } from './helpers/browser.ts';
import { siteForFile } from './helpers/site-per-file.ts';
import { recordLayoutShift, shiftsOf } from './helpers/layout-shift.ts';

const { data } = await loadData('data');
const site = siteForFile();

const BENCHMARK = 'swe-bench-verified';
const QUESTION = `/find/?in=20000&out=2000&rpd=300&cached=50&tools=1&bench=${BENCHMARK}&atleast=70&sort=value`;

/** The rows as {name, score, month}, read by the headings, so the order of columns does not matter. */
async function rows(page: Page) {
  await drawn(page, '#find-results');
  return page.locator('#find-results table').evaluate((table) => {
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const at = (start: string) => headings.findIndex((h) => h.startsWith(start));
    const [score, month] = [at('SWE-bench Verified'), at('Per month')];
    return [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = tr.querySelectorAll('td, th');
      const figure = (i: number) => cells[i]?.querySelector('strong')?.textContent ?? '';
      return {
        name: tr.querySelector('th a')?.textContent ?? '',
        score: Number(figure(score).replace('%', '')),
        month: Number(figure(month).replace(/[$,]/g, '')),
        frontier: cells[score]?.textContent?.includes('on the frontier') ?? false,
      };
    });
  });
}

/**
 * The answer straight from the YAML: each model that calls tools, its best SWE-bench Verified
 * score (whatever the settings), and a month at its cheapest offer on sale, not free, whose window
 * holds a request, priced by `costOf`; at least 70, ranked by score over month, equal values
 * cheaper first. Also how many would qualify but have no score.
 */
function expected(work: Workload) {
  const best = new Map<string, number>();
  for (const m of data.models)
    for (const s of m.scores ?? [])
      if (s.benchmark === BENCHMARK) best.set(m.id, Math.max(best.get(m.id) ?? -1, s.score));
  const months = new Map<string, number>();
  for (const p of data.providers)
    for (const o of p.offers) {
      const m = data.models.find((x) => x.id === o.model);
      if (!m || o.withdrawn || (o.price.input === 0 && o.price.output === 0)) continue;
      if ((o.context_window ?? m.context_window) < work.inputTokens + work.outputTokens) continue;
      const month = costOf(o.price, work)?.perMonth;
      if (month !== undefined && month < (months.get(m.id) ?? Infinity)) months.set(m.id, month);
    }
  // Retired models are left out unless the question asks for them; this one does not.
  const callers = data.models.filter(
    (m) => m.capabilities.tool_calling === true && m.status !== 'retired',
  );
  const priced = callers.filter((m) => months.has(m.id));
  const ranked = priced
    .filter((m) => (best.get(m.id) ?? -1) >= 70)
    .map((m) => ({
      name: m.name,
      score: best.get(m.id) ?? 0,
      month: months.get(m.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.score / b.month - a.score / a.month || a.month - b.month || a.name.localeCompare(b.name),
    );
  return { ranked, noScore: priced.filter((m) => !best.has(m.id)).length };
}

describe('the finder, asked about a benchmark', () => {
  it('ranks a score typed into the form by score per dollar, as the YAML says', async () => {
    const page = await site.open('/find/');
    await drawn(page, '#find-results');
    await page.getByLabel('Input tokens per request').fill('20000');
    await page.getByLabel('Output tokens per request').fill('2000');
    await page.getByLabel('Requests per day').fill('300');
    await page.getByLabel('Cached share of input (%)').fill('50');
    await page.getByLabel('Generally available only').uncheck();
    await page.getByRole('combobox', { name: /^Benchmark/ }).selectOption(BENCHMARK);
    await page.getByLabel('Score at least').fill('70');
    await page.getByLabel('Rank by').selectOption('value');
    const shown = await rows(page);
    const work = { ...TYPICAL_WORKLOAD, inputTokens: 20_000, outputTokens: 2_000 };
    const want = expected({ ...work, requestsPerDay: 300, cachedShare: 0.5 });
    expect(shown.length).toBe(Math.min(50, want.ranked.length));
    expect(shown.slice(0, 10).map((r) => r.name)).toEqual(
      want.ranked.slice(0, 10).map((w) => w.name),
    );
    shown.slice(0, 10).forEach((r, i) => {
      expect(r.score).toBe(want.ranked[i]?.score);
      expect(r.month).toBeCloseTo(want.ranked[i]?.month ?? NaN, 1);
    });
    // Every model shown reaches 70; the best value is on the frontier.
    expect(shown.every((r) => r.score >= 70)).toBe(true);
    expect(shown[0]?.frontier).toBe(true);
    expect(await page.locator('#find-summary').textContent()).toContain(
      `${want.noScore} models left out for having no SWE-bench Verified score`,
    );
    expect(page.url()).toContain(`bench=${BENCHMARK}&atleast=70&sort=value`);
    // The chart is score against cost, frontier marks squares.
    expect(await page.locator('#find-chart svg.score-chart .on-frontier').count()).toBeGreaterThan(
      0,
    );

    const again = await site.open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await rows(again)).toEqual(shown);
    expect(await again.getByLabel('Score at least').inputValue()).toBe('70');
  });

  it('says "at most" for a benchmark where lower is better', async () => {
    const page = await site.open('/find/?bench=vectara-hallucination-rate&atleast=5');
    await drawn(page, '#find-results');
    expect(await page.getByLabel('Score at most').inputValue()).toBe('5');
    const shown = await page
      .locator('#find-results tbody tr td.num strong')
      .filter({ hasText: '%' })
      .allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(Number(s.replace('%', ''))).toBeLessThanOrEqual(5);
    await page.context().close();
  });

  it('has no accessibility violations with a benchmark chosen, light or dark', async () => {
    const page = await site.open(QUESTION);
    await settled(page);
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      found.push(
        ...result.violations.map(
          (v) => `[${colorScheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
    }
    expect(found).toEqual([]);
    await page.context().close();
  });

  // One width per test, each with its own time limit: a slowed phone takes a while to settle.
  it('does not shift while loading at 375 px, and shows the first row’s month and score', async () => {
    const page = await site.open(QUESTION, { width: 375, init: recordLayoutShift, cpuSlowdown: 4 });
    await settled(page);
    expect(await shiftsOf(page)).toEqual([]);
    const first = page.locator('#find-results tbody tr').first();
    await first.scrollIntoViewIfNeeded();
    for (const cell of [
      first.locator('td.num strong').filter({ hasText: '%' }),
      first.locator('td.num strong').filter({ hasText: '$' }),
    ]) {
      const box = await cell.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
    }
    await page.context().close();
  });

  it('does not shift while loading at 1280 px', async () => {
    const page = await site.open(QUESTION, {
      width: 1280,
      init: recordLayoutShift,
      cpuSlowdown: 4,
    });
    await settled(page);
    expect(await shiftsOf(page)).toEqual([]);
    await page.context().close();
  });
});
