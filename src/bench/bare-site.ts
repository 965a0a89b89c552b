/**
 * The bare Astro project the benchmark measures its build against: no integrations, no content
 * layer, one dynamic route that writes each page of our built site back out with the same bytes.
 * Astro's own cost for as many pages of the same size, on the same machine in the same run, is
 * what our build's time is divided by (baseline.ts).
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slugOf, type SitePage } from './pages.ts';

export interface BareRoute {
  /** The rest parameter; absent for the root page. */
  slug?: string;
  /** Absolute path of our page, read when the baseline renders it. */
  file: string;
}

/** One route a page; two pages that would land on one route are refused, not silently merged. */
export function bareRoutes(site: string, pages: readonly SitePage[]): BareRoute[] {
  const seen = new Map<string, string>();
  return pages.map((page) => {
    const slug = slugOf(page.path);
    const key = slug ?? '';
    const other = seen.get(key);
    if (other !== undefined) throw new Error(`${page.path} and ${other} share the route /${key}`);
    seen.set(key, page.path);
    const file = path.join(site, page.path);
    return slug === undefined ? { file } : { slug, file };
  });
}

/**
 * Astro's defaults but for the pages rendered at once, which is ours so that both builds render
 * alike. The caches stay in the project: through the node_modules link Astro's and Vite's default
 * caches would be the repository's own, which another build may be using.
 */
export function bareConfig(concurrency: number | undefined): string {
  const build = concurrency === undefined ? '' : `\n  build: { concurrency: ${concurrency} },`;
  return `// A bare Astro site written by the benchmark (src/bench/bare-site.ts).
export default {
  output: 'static',${build}
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
};
`;
}

/**
 * The one route. Its props carry only the file's path: 10,000 models make 40,000 pages, and
 * getStaticPaths' answer is held in memory whole. The page is read when rendered and emitted as is,
 * so each baseline page has our page's bytes and Pagefind finds the same words in it.
 */
export function bareRoute(routesFile: string): string {
  return `---
import { readFile } from 'node:fs/promises';

export async function getStaticPaths() {
  const routes = JSON.parse(await readFile(${JSON.stringify(routesFile)}, 'utf8'));
  return routes.map(({ slug, file }) => ({ params: { slug }, props: { file } }));
}

const html = await readFile(Astro.props.file, 'utf8');
---

<Fragment set:html={html} />
`;
}

/** Writes the project into `dir`, its node_modules a link to the repository's. */
export async function writeBareSite(
  dir: string,
  site: string,
  pages: readonly SitePage[],
  options: { concurrency: number | undefined; nodeModules: string },
): Promise<void> {
  const routesFile = path.join(dir, 'routes.json');
  await mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(path.join(dir, 'astro.config.mjs'), bareConfig(options.concurrency));
  await writeFile(routesFile, JSON.stringify(bareRoutes(site, pages)));
  await writeFile(path.join(dir, 'src', 'pages', '[...slug].astro'), bareRoute(routesFile));
  await symlink(options.nodeModules, path.join(dir, 'node_modules'), 'dir');
}
