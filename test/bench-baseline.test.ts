/**
 * The bare-Astro baseline's pure parts: which files of a built site are its pages, the route each
 * page is written back to, the project's config, and what is read out of Pagefind's log. The build
 * itself is exercised by `npm run bench`, which checks the bare site wrote our pages' bytes.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bareConfig, bareRoute, bareRoutes } from '../src/bench/bare-site.ts';
import { buildRatio, pagesIndexed, totals } from '../src/bench/baseline.ts';
import { listSite, slugOf, type SitePage } from '../src/bench/pages.ts';
import {
  BASELINE_RATIO,
  OVERVIEW_TBT_MS,
  table,
  targets,
  type SizeResult,
} from '../src/bench/report.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-pages-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const page = (p: string): SitePage => ({ path: p, bytes: 1, pagefindBody: false });

describe('the pages of a built site', () => {
  it('lists every HTML page outside pagefind/ with its bytes and body mark, and counts the rest', async () => {
    const root = await site({
      'index.html': '<html><body>home</body></html>',
      '404.html': '<p>lost</p>',
      'models/a/index.html': '<main data-pagefind-body>é</main>',
      'api/v1/models/a.json': '{"id":"a"}',
      'sitemap-0.xml': '<urlset/>',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/quick/fragment/x.html': '<p>not a page</p>',
      'pagefind-notes/index.html': '<p>a page whose folder only starts like it</p>',
    });
    const listed = await listSite(root);
    expect(listed.pages).toEqual([
      { path: '404.html', bytes: 11, pagefindBody: false },
      { path: 'index.html', bytes: 30, pagefindBody: false },
      // Bytes, not characters: é is two.
      { path: 'models/a/index.html', bytes: 34, pagefindBody: true },
      { path: 'pagefind-notes/index.html', bytes: 46, pagefindBody: false },
    ]);
    expect(listed.otherFiles).toBe(2);
    expect(listed.otherBytes).toBe(10 + 9);
  });

  it('maps each page to the rest parameter that writes it back to its own path', () => {
    expect(slugOf('index.html')).toBeUndefined();
    expect(slugOf('models/synth-1/index.html')).toBe('models/synth-1');
    expect(slugOf('compare/a-vs-b/index.html')).toBe('compare/a-vs-b');
    expect(slugOf('404.html')).toBe('404');
    expect(() => slugOf('api/v1/models.json')).toThrow(/not an HTML page/);
  });
});

describe('the bare project', () => {
  it('has one route a page, with the absolute file and no slug for the root', () => {
    expect(bareRoutes('/out', [page('index.html'), page('models/a/index.html')])).toEqual([
      { file: path.join('/out', 'index.html') },
      { slug: 'models/a', file: path.join('/out', 'models/a/index.html') },
    ]);
  });

  it('refuses two pages that would land on one route', () => {
    expect(() => bareRoutes('/out', [page('a.html'), page('a/index.html')])).toThrow(
      /a\/index\.html and a\.html share the route \/a/,
    );
  });

  it('renders as many pages at once as ours, and keeps its caches out of the linked node_modules', () => {
    expect(bareConfig(4)).toContain('build: { concurrency: 4 },');
    expect(bareConfig(undefined)).not.toContain('concurrency');
    for (const text of [bareConfig(4), bareConfig(undefined)]) {
      expect(text).toContain("output: 'static'");
      expect(text).toContain("cacheDir: './.astro-cache'");
      expect(text).toContain("vite: { cacheDir: './.vite-cache' }");
      expect(text).not.toContain('integrations');
    }
  });

  it('reads the page at render time: props carry the path, not the content', () => {
    const route = bareRoute('/tmp/bare/routes.json');
    expect(route).toContain('readFile("/tmp/bare/routes.json", \'utf8\')');
    expect(route).toContain('props: { file }');
    expect(route).toContain('await readFile(Astro.props.file');
    expect(route).toContain('<Fragment set:html={html} />');
  });
});

describe('the baseline figures', () => {
  it("reads the pages indexed out of Pagefind's log", () => {
    const log =
      'Running Pagefind v1.6.0\n\nIndexed 1 language\nIndexed 4132 pages\nIndexed 9 words\n';
    expect(pagesIndexed(log)).toBe(4132);
    expect(pagesIndexed('Indexed 1 page\n')).toBe(1);
    expect(pagesIndexed('no index')).toBeUndefined();
  });

  it('divides our time by the baseline, to three decimals', () => {
    expect(buildRatio(16_000, 12_000)).toBe(1.333);
    expect(buildRatio(5_000, 5_000)).toBe(1);
  });

  it('sums pages and bytes into one comparable line', () => {
    expect(totals([page('a.html'), { ...page('b.html'), bytes: 41 }])).toBe('2 pages of 42 bytes');
  });
});

describe('the report', () => {
  const result = (models: number, buildMs: number, bareMs?: number): SizeResult => ({
    models,
    date: '2026-12-07T00:00:00.000Z',
    files: 1,
    offers: 1,
    validateMs: 1000,
    buildMs,
    totalMs: buildMs + 1000,
    peakRssBytes: 2 ** 30,
    distBytes: 2 ** 20,
    pagefindBytes: 2 ** 20,
    phases: {},
    search: undefined,
    ...(bareMs === undefined
      ? {}
      : {
          baseline: {
            pages: 10,
            pagefindBodyPages: 0,
            skippedFiles: 2,
            skippedBytes: 20,
            buildMs: bareMs / 2,
            pagefindMs: bareMs / 2,
            pagefindGlob: '*.html',
            pagesIndexed: 3,
            totalMs: bareMs,
            peakRssBytes: 2 ** 29,
            ratio: buildRatio(buildMs, bareMs),
          },
        }),
  });

  it('prints the baseline and the ratio, and dashes for results from before it existed', () => {
    const rows = table([result(100, 5000), result(1000, 15_000, 10_000)]).split('\n');
    expect(rows[0]).toContain(
      '| bare build s | bare pagefind s | bare total s | ratio (build ÷ bare) |',
    );
    expect(rows[2]).toContain('| 6.0 | — | — | — | — |');
    expect(rows[3]).toContain('| 16.0 | 5.0 | 5.0 | 10.0 | 1.50 |');
  });

  it('checks the ratio from 1,000 models up, met or missed, with its figures', () => {
    const lines = targets([
      result(100, 9000, 3000),
      result(1000, 15_000, 10_000),
      result(10_000, 170_000, 100_000),
    ]).filter((l) => l.includes('bare-Astro'));
    expect(lines).toEqual([
      `Build within ${BASELINE_RATIO}× its bare-Astro baseline at 1,000 models: met (×1.50: 15.0 s against 10.0 s)`,
      `Build within ${BASELINE_RATIO}× its bare-Astro baseline at 10,000 models: **missed** (×1.70: 170.0 s against 100.0 s)`,
    ]);
  });

  it("checks the overview on a phone: the script's long tasks at every size, blocking time up to 1,000 models", () => {
    const phone = (tbtMs: number, scriptMs: number) => ({
      htmlGzipBytes: 31_000,
      performance: 0.72,
      tbtMs,
      scriptMs,
      runs: [
        { performance: 0.72, tbtMs, scriptMs },
        { performance: 0.7, tbtMs: tbtMs + 10, scriptMs },
      ],
    });
    const results = [
      { ...result(366, 5000), overview: phone(150, 0) },
      { ...result(10_000, 90_000), overview: phone(9000, 60) },
    ];
    expect(table(results).split('\n')[2]).toMatch(/\| 72 \| 150 \|$/);
    expect(targets(results).filter((l) => l.startsWith('Overview'))).toEqual([
      "Overview's script blocks a phone's main thread for no task of 50 ms or more at 366 models: met (0 ms of long tasks, median of 0, 0)",
      `Overview's total blocking time under ${OVERVIEW_TBT_MS} ms on a phone at 366 models: met (150 ms, median of 150 ms, 160 ms; performance 72; HTML 31 KB gzipped)`,
      "Overview's script blocks a phone's main thread for no task of 50 ms or more at 10,000 models: **missed** (60 ms of long tasks, median of 60, 60)",
    ]);
  });
});
