/**
 * The comparison pages of the real catalog, built by global-setup and read back as HTML: one page
 * per pair of competitors, and numbers that are the YAML's numbers.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { buildCatalog } from '../src/lib/catalog/build.ts';
import { between, cells, shownPrice, text } from './helpers/html.ts';
import { readFragments } from './helpers/pagefind.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const catalog = buildCatalog(data);
const page = (p: string) => readFile(path.join(dist, p), 'utf8');

/** The page for two models, lower id first (code-unit order, as Array#sort compares). */
const slug = (x: string, y: string) => [x, y].sort().join('-vs-');

/** The lowest paid input price in the YAML: free tiers count only when nothing is paid. */
function cheapestPaidInput(id: string): number | undefined {
  const inputs = data.providers.flatMap((p) =>
    p.offers.filter((o) => o.model === id && o.price.input != null).map((o) => o.price.input ?? 0),
  );
  const paid = inputs.filter((v) => v > 0);
  if (paid.length) return Math.min(...paid);
  return inputs.length ? 0 : undefined;
}

const built = (await readdir(path.join(dist, 'compare'), { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('the comparison pages', () => {
  it('exist for every pair of competitors in the catalog, each pair once, lower id first', () => {
    const expected = new Set<string>();
    for (const m of catalog.models) {
      for (const c of catalog.competitorsOf(m)) if (c.id !== m.id) expected.add(slug(m.id, c.id));
    }
    expect(expected.size).toBeGreaterThan(100);
    expect(built).toEqual([...expected].sort());
  });

  it("include every pair the editors name in the models' YAML", () => {
    const named = data.models.flatMap((m) => (m.competitors ?? []).map((c) => slug(m.id, c)));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((s) => !built.includes(s))).toEqual([]);
  });

  it('each have their own title and description, and stay out of the search index', async () => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const s of built) {
      const html = await page(`compare/${s}/index.html`);
      titles.add(/<title>(.*?)<\/title>/s.exec(html)?.[1] ?? '');
      descriptions.add(/<meta name="description" content="(.*?)"/s.exec(html)?.[1] ?? '');
    }
    expect(titles.size).toBe(built.length);
    expect(descriptions.size).toBe(built.length);
    const indexed = new Set((await readFragments(path.join(dist, 'pagefind'))).map((f) => f.url));
    expect(indexed.size).toBeGreaterThan(100);
    expect(built.filter((s) => indexed.has(`/compare/${s}/`))).toEqual([]);
  });

  it('link from each model page, for each competitor it lists', async () => {
    const missing: string[] = [];
    for (const m of catalog.models) {
      const html = await page(`models/${m.id}/index.html`);
      const section = between(html, 'id="competitors"', 'id="history"');
      for (const c of catalog.competitorsOf(m)) {
        const link = `href="/compare/${slug(m.id, c.id)}/"`;
        if (!section.includes(link)) missing.push(`${m.id} → ${c.id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// GPT-4o mini against the first competitor its editors name.
const rival = data.models.find((m) => m.id === 'gpt-4o-mini')?.competitors?.[0] ?? 'missing';

describe(`the gpt-4o-mini vs ${rival} page`, async () => {
  const html = await page(`compare/${slug('gpt-4o-mini', rival)}/index.html`);
  const names = new Map(data.models.map((m) => [m.id, m.name]));
  const facts = cells(between(html, 'id="facts"', 'id="prices"'));
  // The head row names each model, then says its status in words when it has one.
  const named = (cell = '') => cell.replace(/ (Retired|Deprecated|Preview)\b.*$/, '');
  const [first, second] = (facts[0] ?? []).slice(1, 3).map(named) as [string, string];
  const column = (id: string) => [first, second].indexOf(names.get(id) ?? '') + 1;
  const row = (label: string) => facts.find((r) => r[0] === label) ?? [];

  it('names both models in the heading, the crumbs and the table', () => {
    const heading = text(/<h1>(.*?)<\/h1>/s.exec(html)?.[1] ?? '');
    expect(heading).toBe(`${first} vs ${second}`);
    expect([first, second].sort()).toEqual([names.get('gpt-4o-mini'), names.get(rival)].sort());
    expect(text(between(html, 'aria-label="Breadcrumb"', '</nav>'))).toContain(
      `Home Compare ${heading}`,
    );
  });

  it("shows each model's cheapest paid input price from the YAML, and marks the lower one", () => {
    const inputs = row('Cheapest input');
    const mine = inputs[column('gpt-4o-mini')] ?? '';
    const theirs = inputs[column(rival)] ?? '';
    const a = cheapestPaidInput('gpt-4o-mini');
    const b = cheapestPaidInput(rival);
    expect(shownPrice(mine)).toBe(a);
    expect(shownPrice(theirs)).toBe(b);
    if (a === undefined || b === undefined) throw new Error('both models have prices');
    // The mark follows the figure; who sells it and its age follow the mark.
    const win = (cell: string) => /^\S+ cheaper\b/.test(cell);
    expect([win(mine), win(theirs)]).toEqual([a < b, b < a]);
    if (a === b) expect([mine, theirs].every((c) => /^\S+ tie\b/.test(c))).toBe(true);
    for (const cell of [mine, theirs]) expect(cell).toMatch(/ at \S.* · \d+ \w+ old$/);
  });

  it("lists every provider of either model, with '—' for a model it does not sell", () => {
    const rows = cells(between(html, 'id="prices"', 'id="workload"')).slice(2);
    // A reseller (an aggregator) is marked so under its name, and no other provider is.
    const kindOf = new Map(data.providers.map((p) => [p.name, p.kind]));
    for (const [name = ''] of rows)
      expect(name.endsWith(' reseller'), name).toBe(
        kindOf.get(name.replace(/ reseller$/, '')) === 'aggregator',
      );
    const table = rows.map(([name = '', ...rest]) => [name.replace(/ reseller$/, ''), ...rest]);
    const sellers = (id: string) =>
      new Set(
        data.providers.filter((p) => p.offers.some((o) => o.model === id)).map((p) => p.name),
      );
    const mine = sellers('gpt-4o-mini');
    const theirs = sellers(rival);
    expect(table.map((r) => r[0]).sort()).toEqual([...new Set([...mine, ...theirs])].sort());
    // Columns: provider, then the first model's input and output, then the second's.
    const sells = (r: string[], id: string) => {
      const at = column(id) * 2 - 1;
      return r.slice(at, at + 2).some((c) => c !== '—');
    };
    for (const r of table) {
      expect(sells(r, 'gpt-4o-mini'), r[0]).toBe(mine.has(r[0] ?? ''));
      expect(sells(r, rival), r[0]).toBe(theirs.has(r[0] ?? ''));
    }
  });

  it('links both model pages', () => {
    for (const id of ['gpt-4o-mini', rival]) expect(html).toContain(`href="/models/${id}/"`);
  });
});

describe('the /compare/ page', async () => {
  const html = await page('compare/index.html');

  it('lists every comparison page as a plain link', () => {
    const linked = [...html.matchAll(/href="\/compare\/([^"?]+)\/"/g)].map((m) => m[1]);
    expect([...new Set(linked)].sort()).toEqual(built);
  });

  it('carries no second list of the slugs: its script reads the links above', () => {
    expect(html).not.toContain('id="compare-pairs"');
  });

  it('offers every model in both labelled selects, in a GET form', () => {
    expect(html).toMatch(/<form[^>]*method="get"/);
    for (const side of ['a', 'b']) {
      const select = /<select name="(\w)"[^>]*>(.*?)<\/select>/gs;
      const found = [...html.matchAll(select)].find((m) => m[1] === side)?.[2] ?? '';
      const values = [...found.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
      expect(values.sort(), side).toEqual(data.models.map((m) => m.id).sort());
    }
  });

  it('is linked from the site navigation', async () => {
    const home = await page('index.html');
    expect(between(home, 'aria-label="Site"', '</nav>')).toContain('href="/compare/"');
    expect(existsSync(path.join(dist, 'compare/index.html'))).toBe(true);
  });
});
