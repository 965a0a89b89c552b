/**
 * The build's baseline, measured in the same run: a bare Astro site with our built pages
 * (bare-site.ts), built by `astro build` and indexed by Pagefind's CLI, as a site without our
 * integration would be. Absolute times moved 46% between two machines for the same code; our
 * build's time over this one's is the figure that tells a regression from a slower machine.
 */
import path from 'node:path';
import { writeBareSite } from './bare-site.ts';
import { measure } from './measure.ts';
import { listSite, type SitePage } from './pages.ts';

export interface BaselineCost {
  /** HTML pages the bare site built: every page of ours outside pagefind/. */
  pages: number;
  /** Of them, pages marking `data-pagefind-body`; with none, Pagefind reads each page whole. */
  pagefindBodyPages: number;
  /** Our files that are not pages (JSON API, feeds, sitemaps, assets): not in the baseline. */
  skippedFiles: number;
  skippedBytes: number;
  /** `astro build` of the bare site. */
  buildMs: number;
  /** `pagefind --site dist --glob <pagefindGlob>` over it. */
  pagefindMs: number;
  pagefindGlob: string;
  /** Pages Pagefind's CLI says it indexed. */
  pagesIndexed: number | undefined;
  totalMs: number;
  peakRssBytes: number;
  /** Our build's wall time over `totalMs`: the tracked figure. */
  ratio: number;
}

/**
 * The pages the baseline's Pagefind indexes: those our search finds (one record per model,
 * provider and creator page, `searchRecords` in src/lib/search/documents.ts), read whole as a bare
 * site's would be. Our pages mark no `data-pagefind-body`, so without this Pagefind would index
 * every page, the comparisons too: at 1,000 models 15.1 s for 4,132 pages, twice the bare build,
 * a baseline mostly of work our search does not do. The run checks the count against our index.
 */
export const SEARCHED_PAGES = '{models,providers,creators}/*/index.html';

/** Pagefind's CLI ends its run with lines such as "Indexed 4132 pages". */
export function pagesIndexed(log: string): number | undefined {
  const found = /Indexed (\d+) pages?\b/.exec(log);
  return found ? Number(found[1]) : undefined;
}

/** Pages and their bytes, as one line to compare and to print. */
export function totals(pages: readonly SitePage[]): string {
  return `${pages.length} pages of ${pages.reduce((n, p) => n + p.bytes, 0)} bytes`;
}

/** Our time over the baseline's, to three decimals: finer would be noise. */
export function buildRatio(ourMs: number, baselineMs: number): number {
  return Math.round((ourMs / baselineMs) * 1000) / 1000;
}

export async function measureBaseline(options: {
  /** Our built site, which the bare site's pages are read from while it builds. */
  site: string;
  /** An empty folder for the bare project. */
  dir: string;
  /** The repository's root, whose node_modules the project links to. */
  root: string;
  /** Our `build.concurrency`, so both builds render as many pages at once. */
  concurrency: number | undefined;
  /** Our build's wall time, for the ratio. */
  ourBuildMs: number;
  /** Pages our Pagefind integration indexed, which the baseline's must match. */
  ourPagesIndexed: number | undefined;
  env: NodeJS.ProcessEnv;
}): Promise<BaselineCost> {
  const { site, dir, env } = options;
  const files = await listSite(site);
  await writeBareSite(dir, site, files.pages, {
    concurrency: options.concurrency,
    nodeModules: path.join(options.root, 'node_modules'),
  });
  const build = await measure(['node_modules/astro/bin/astro.mjs', 'build'], env, dir);
  if (build.status !== 0) throw new Error(`bare build failed:\n${build.output.slice(-3000)}`);
  const index = await measure(
    ['node_modules/.bin/pagefind', '--site', 'dist', '--glob', SEARCHED_PAGES],
    env,
    dir,
  );
  if (index.status !== 0) throw new Error(`bare Pagefind failed:\n${index.output.slice(-3000)}`);
  const indexed = pagesIndexed(index.output);
  if (indexed !== options.ourPagesIndexed)
    throw new Error(
      `the bare site's Pagefind indexed ${indexed} pages (${SEARCHED_PAGES}), ours ${options.ourPagesIndexed}: update SEARCHED_PAGES`,
    );
  // The ratio means something only if the baseline wrote what we did: as many pages, as many bytes.
  const ours = totals(files.pages);
  const its = totals((await listSite(path.join(dir, 'dist'))).pages);
  if (ours !== its) throw new Error(`the bare site wrote ${its} where ours has ${ours}`);
  const totalMs = Math.round(build.wallMs + index.wallMs);
  return {
    pages: files.pages.length,
    pagefindBodyPages: files.pages.filter((p) => p.pagefindBody).length,
    skippedFiles: files.otherFiles,
    skippedBytes: files.otherBytes,
    buildMs: Math.round(build.wallMs),
    pagefindMs: Math.round(index.wallMs),
    pagefindGlob: SEARCHED_PAGES,
    pagesIndexed: indexed,
    totalMs,
    peakRssBytes: Math.max(build.peakRssBytes, index.peakRssBytes),
    ratio: buildRatio(options.ourBuildMs, totalMs),
  };
}
