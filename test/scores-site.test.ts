/**
 * Benchmark scores where the built site shows them beside other things, read back as HTML and
 * held to the YAML (computed the plain way in test/helpers/scores-reference.ts): the overview's
 * score column as it reads without JavaScript, and the comparison pages' benchmarks table.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import type { BenchmarkRecord, ModelRecord } from '../src/schemas/records.ts';
import { text } from './helpers/html.ts';
import { bestScore } from './helpers/scores-reference.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const page = (p: string) => readFile(path.join(dist, p), 'utf8');
const gpqa = data.benchmarks.find((b) => b.id === 'gpqa-diamond') as BenchmarkRecord;
const shownScore = (v: number) => `${Math.round(v * 100) / 100}%`;

describe('the overview without JavaScript', () => {
  it("shows each model's best GPQA Diamond score in the score column, and — for the unscored", async () => {
    // The overview's table with every row, /models/ (the overview holds the first 50).
    const html = await page('models/index.html');
    const rows = [
      ...html.matchAll(
        /<th scope="row"><a href="\/models\/([^/]+)\/">[\s\S]*?data-score-cell>([^<]*)</g,
      ),
    ];
    expect(rows).toHaveLength(data.models.length);
    let scored = 0;
    for (const [, id, cell] of rows) {
      const model = data.models.find((m) => m.id === id) as ModelRecord;
      const best = bestScore(model, gpqa);
      if (best !== undefined) scored++;
      expect(cell, id).toBe(best === undefined ? '—' : shownScore(best));
    }
    expect(scored).toBeGreaterThan(100);
    expect(text(html)).toMatch(/Score GPQA Diamond/);
  });

  it('offers exactly the benchmarks scored for at least 40 models, GPQA Diamond first', async () => {
    const html = await page('index.html');
    const select = /<select name="bench"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
    const offered = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    const counts = data.benchmarks
      .map((b) => ({
        id: b.id,
        n: data.models.filter((m) => bestScore(m, b) !== undefined).length,
      }))
      .filter((c) => c.n >= 40);
    expect([...offered].sort()).toEqual(counts.map((c) => c.id).sort());
    expect(offered[0]).toBe('gpqa-diamond');
  });
});

/** The pairs built whose two models share a benchmark, and one where they share none. */
const pairs = async () => {
  const slugs = (await import('node:fs/promises')).readdir(path.join(dist, 'compare'));
  return (await slugs).filter((s) => s.includes('-vs-'));
};

describe('a comparison page', () => {
  it("shows both models' best scores on every benchmark both are scored on, the better marked", async () => {
    let checked = 0;
    for (const slug of (await pairs()).slice(0, 400)) {
      const html = await page(`compare/${slug}/index.html`);
      const [a, b] = [...html.matchAll(/<th scope="col"><a href="\/models\/([^/]+)\/">/g)]
        .slice(0, 2)
        .map((m) => data.models.find((x) => x.id === m[1]) as ModelRecord);
      if (!a || !b) throw new Error(slug);
      // By benchmark name, as the page lists them.
      const common = data.benchmarks
        .filter((bench) => bestScore(a, bench) !== undefined && bestScore(b, bench) !== undefined)
        .sort((x, y) => x.name.localeCompare(y.name));
      const table = /<table class="vs-facts vs-scores">[\s\S]*?<\/table>/.exec(html)?.[0];
      if (common.length === 0) {
        expect(table, slug).toBeUndefined();
        continue;
      }
      const rows = [...(table ?? '').matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)].map(
        (r) => r[1] ?? '',
      );
      expect(
        rows.map((r) => /href="\/benchmarks\/([^/]+)\/"/.exec(r)?.[1]),
        slug,
      ).toEqual(common.map((c) => c.id));
      rows.forEach((row, i) => {
        const bench = common[i] as BenchmarkRecord;
        const [x, y] = [bestScore(a, bench) ?? 0, bestScore(b, bench) ?? 0];
        const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? '');
        const unit = ['percent', 'rate'].includes(bench.scale.unit) ? '%' : '';
        expect(cells[0], slug).toContain(`${Math.round(x * 100) / 100}${unit}`);
        expect(cells[1], slug).toContain(`${Math.round(y * 100) / 100}${unit}`);
        const aWins = bench.scale.higher_is_better ? x > y : x < y;
        const tags = cells.map((c) => /<span class="tag( tie)?">([^<]*)</.exec(c)?.[2]);
        expect(tags, `${slug} ${bench.id}`).toEqual(
          x === y ? ['tie', 'tie'] : aWins ? ['better', undefined] : [undefined, 'better'],
        );
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});
