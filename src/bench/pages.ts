/**
 * The pages of a built site, as the bare-Astro baseline (bare-site.ts) needs them: every HTML file
 * outside Pagefind's folders with its size and whether it marks a `data-pagefind-body` (which
 * decides what Pagefind's CLI indexes), the other files counted apart, and each page's route slug.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface SitePage {
  /** From the site's root, with forward slashes: `models/synth-1/index.html`. */
  path: string;
  bytes: number;
  /** Carries `data-pagefind-body`: if any page does, Pagefind indexes only those. */
  pagefindBody: boolean;
}

export interface SiteFiles {
  pages: SitePage[];
  /** Files that are not pages (JSON API, feeds, sitemaps, assets), which the baseline skips. */
  otherFiles: number;
  otherBytes: number;
}

/** Files read at once: enough to keep the disk busy, few enough not to run out of descriptors. */
const BATCH = 64;

/** Pagefind's bundles are written by the build, not pages of it (`pagefind/`, `pagefind/quick/`). */
const isPagefind = (relative: string) =>
  relative === 'pagefind' || relative.startsWith('pagefind/');

export async function listSite(root: string): Promise<SiteFiles> {
  const files: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name));
    const posix = relative.split(path.sep).join('/');
    if (!isPagefind(posix)) files.push(posix);
  }
  files.sort();
  const pages: SitePage[] = [];
  let otherFiles = 0;
  let otherBytes = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => {
        const full = path.join(root, file);
        if (!file.endsWith('.html')) return { file, bytes: (await stat(full)).size };
        const body = await readFile(full);
        return { file, bytes: body.length, pagefindBody: body.includes('data-pagefind-body') };
      }),
    );
    for (const f of batch) {
      if (f.pagefindBody === undefined) {
        otherFiles++;
        otherBytes += f.bytes;
      } else pages.push({ path: f.file, bytes: f.bytes, pagefindBody: f.pagefindBody });
    }
  }
  return { pages, otherFiles, otherBytes };
}

/**
 * The rest parameter of `[...slug].astro` that writes a page back to its own path: `index.html` is
 * the root (no slug), `a/b/index.html` is `a/b`. `404.html` is `404`, which Astro writes as
 * `404.html` (its not-found page); any other `a.html` would land on `a/index.html`, same bytes.
 */
export function slugOf(page: string): string | undefined {
  if (page === 'index.html') return undefined;
  if (page.endsWith('/index.html')) return page.slice(0, -'/index.html'.length);
  if (page.endsWith('.html')) return page.slice(0, -'.html'.length);
  throw new Error(`not an HTML page: ${page}`);
}
