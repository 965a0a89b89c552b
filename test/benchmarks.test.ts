/**
 * The benchmark pages of the real catalog, built by global-setup and read back as HTML, held to
 * what the YAML says, computed here the plain way (test/helpers/scores-reference.ts): the same
 * models in the same order with the same scores and prices, the chart's marks numbered as the
 * rows, and the frontier exactly the models no other beats, found by brute force over pairs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import type { BenchmarkRecord } from '../src/schemas/records.ts';
import { text } from './helpers/html.ts';
import { bruteFrontier, referenceBoard, type ReferenceRow } from './helpers/scores-reference.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const page = (p: string) => readFile(path.join(dist, p), 'utf8');
const benchmark = (id: string) => {
  const found = data.benchmarks.find((b) => b.id === id);
  if (!found) throw new Error(`no benchmark ${id} in data/`);
  return found;
};

interface ShownRow {
  id: string;
  n: string;
  name: string;
  href: string;
  score: string;
  price: string;
  seller: string;
  details: string;
}

/** The board's rows as a reader sees them. */
function boardRows(html: string): ShownRow[] {
  const table = /<table class="board"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr data-model="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...(m[2] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(
      (c) => c[1] ?? '',
    );
    const link = /<a href="([^"]+)">([^<]*)<\/a>/.exec(cells[1] ?? '');
    return {
      id: m[1] ?? '',
      n: text(cells[0] ?? ''),
      name: text(link?.[2] ?? ''),
      href: link?.[1] ?? '',
      score: text(/<span class="value">([^<]*)<\/span>/.exec(cells[2] ?? '')?.[1] ?? ''),
      // The figure, then who sells it and how old it is (src/components/Seller.astro).
      price: text((cells[3] ?? '').split('<span class="sub seller">')[0] ?? ''),
      seller: text((cells[3] ?? '').split('<span class="sub seller">')[1] ?? ''),
      details: text(cells[1] ?? ''),
    };
  });
}

/** The chart's marks: the number in each, the name its title gives, and whether it is a square. */
function marks(html: string) {
  const svg = /<svg class="score-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  return [
    ...svg.matchAll(
      /<g class="mark( on-frontier)?"><title>(\d+)\. ([^<]*?): [^<]*<\/title>(<rect|<circle)[^>]*\/><text[^>]*>(\d+)<\/text><\/g>/g,
    ),
  ].map((m) => ({
    n: Number(m[5]),
    titleN: Number(m[2]),
    name: text(m[3] ?? ''),
    frontier: m[1] !== undefined,
    square: m[4] === '<rect',
  }));
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** A blended price as shown, to the cent from $1 and to three significant digits below. */
function priceMatches(shown: string, cost: number | undefined): boolean {
  if (cost === undefined) return shown === '—';
  if (cost === 0) return shown === 'Free';
  const value = Number(/^\$([\d,.]+)$/.exec(shown)?.[1]?.replace(/,/g, ''));
  const tolerance = cost >= 1 ? 0.005 : cost * 0.005;
  return Math.abs(value - cost) <= tolerance + 1e-12;
}

const CHECKED = [
  'gpqa-diamond',
  'vectara-hallucination-rate',
  'swe-bench-verified',
  'aime-2025',
  'arc-agi-2',
];

describe.each(CHECKED)('the page of %s', (id) => {
  const bench: BenchmarkRecord = benchmark(id);
  const expected: ReferenceRow[] = referenceBoard(data, bench);

  it('lists every scored model, in board order, with its best score and cheapest price', async () => {
    const rows = boardRows(await page(`benchmarks/${id}/index.html`));
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.model.id));
    rows.forEach((row, i) => {
      const want = expected[i] as ReferenceRow;
      expect(row.n).toBe(String(i + 1));
      expect(row.name).toBe(want.model.name);
      expect(row.href).toBe(`/models/${want.model.id}/`);
      expect(Number(row.score.replace(/%$/, '')), row.id).toBe(round2(want.best));
      expect(row.score.endsWith('%')).toBe(['percent', 'rate'].includes(bench.scale.unit));
      expect(priceMatches(row.price, want.cost), `${row.id}: ${row.price} for ${want.cost}`).toBe(
        true,
      );
      if (want.cost !== undefined)
        expect(row.seller, row.id).toMatch(/^at \S.* · \d+ (days?|weeks?|months?|years?) old$/);
    });
  });

  it('ranks among the models still sold, and marks retired and deprecated ones in words', async () => {
    const rows = boardRows(await page(`benchmarks/${id}/index.html`));
    const sold = expected.filter((r) => r.model.status !== 'retired').length;
    expect(rows[0]?.details).toMatch(new RegExp(`\\b1st of ${sold}\\b`));
    rows.forEach((row, i) => {
      const model = (expected[i] as ReferenceRow).model;
      if (model.status === 'retired') expect(row.details).toContain('retired: not ranked');
      else expect(row.details).not.toContain('retired');
      if (model.status === 'deprecated' && model.retired)
        expect(row.details).toMatch(/deprecated, retiring \d{1,2} \w{3} \d{4}/);
    });
  });

  it('numbers each mark on the chart as its row, and squares exactly the frontier', async () => {
    const html = await page(`benchmarks/${id}/index.html`);
    const shown = marks(html);
    const priced = expected.flatMap((r, i) => ((r.cost ?? 0) > 0 ? [i + 1] : []));
    expect(shown.map((m) => m.n).sort((a, b) => a - b)).toEqual(priced);
    for (const m of shown) {
      expect(m.titleN).toBe(m.n);
      expect(m.name).toBe((expected[m.n - 1] as ReferenceRow).model.name);
      expect(m.square).toBe(m.frontier);
    }
    const frontier = bruteFrontier(expected, bench);
    expect(frontier.length).toBeGreaterThan(0);
    expect(
      shown
        .filter((m) => m.frontier)
        .map((m) => m.n)
        .sort((a, b) => a - b),
    ).toEqual(frontier);
    // The sentence under the chart names the same models, cheapest first.
    const listed = [
      ...(/<ul class="frontier"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '').matchAll(/<li>(\d+)\. /g),
    ].map((m) => Number(m[1]));
    expect([...listed].sort((a, b) => a - b)).toEqual(frontier);
    const costs = listed.map((n) => (expected[n - 1] as ReferenceRow).cost ?? 0);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('says which way is better, and credits every evaluator whose scores it lists', async () => {
    const html = await page(`benchmarks/${id}/index.html`);
    expect(text(html)).toContain(`${bench.scale.higher_is_better ? 'higher' : 'lower'} is better`);
    expect(html).toContain(`href="${bench.url}"`);
    const measurers = new Set(
      data.models.flatMap((m) =>
        (m.scores ?? []).filter((s) => s.benchmark === id).map((s) => s.measured_by),
      ),
    );
    for (const e of data.evaluators) {
      const credit = text(e.credit.replace(/'/g, '&#39;'));
      if (measurers.has(e.id)) {
        expect(text(html), e.id).toContain(credit);
        expect(html).toContain(`href="${e.licence_url}"`);
      } else expect(text(html), e.id).not.toContain(credit);
    }
  });
});

describe('the benchmark pages', () => {
  it('exist for every benchmark in data/', () => {
    const missing = data.benchmarks
      .map((b) => `benchmarks/${b.id}/index.html`)
      .filter((p) => !existsSync(path.join(dist, p)));
    expect(data.benchmarks.length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('credit no evaluator where only makers reported', async () => {
    const makersOnly = data.benchmarks.find((b) =>
      data.models.every((m) =>
        (m.scores ?? []).every(
          (s) => s.benchmark !== b.id || !data.evaluators.some((e) => e.id === s.measured_by),
        ),
      ),
    );
    if (!makersOnly) throw new Error('every benchmark has an evaluator score');
    const html = await page(`benchmarks/${makersOnly.id}/index.html`);
    expect(html).not.toContain('class="note credits"');
  });
});

describe('the benchmarks index', () => {
  it('lists every benchmark under its category, with the models scored and the leader', async () => {
    const html = await page('benchmarks/index.html');
    for (const bench of data.benchmarks) {
      const section = new RegExp(
        `<section aria-labelledby="${bench.category}">[\\s\\S]*?<a href="/benchmarks/${bench.id}/">`,
      );
      expect(html, bench.id).toMatch(section);
      const row = new RegExp(
        `<a href="/benchmarks/${bench.id}/">[\\s\\S]*?</th>([\\s\\S]*?)</tr>`,
      ).exec(html)?.[1];
      const board = referenceBoard(data, bench);
      const cells = [...(row ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? '');
      expect(text(cells[0] ?? ''), bench.id).toBe(String(board.length));
      const sold = board.filter((r) => r.model.status !== 'retired');
      const top = sold.filter((r) => r.best === sold[0]?.best).map((r) => r.model.name);
      const leaders = [...(cells[1] ?? '').matchAll(/<a href="[^"]+">([^<]*)<\/a>/g)].map((m) =>
        text(m[1] ?? ''),
      );
      expect(leaders, bench.id).toEqual(top);
    }
  });
});
