/**
 * A link check over a built site's files, without a server: every internal href and src must name
 * a file in the folder (a query string is dropped, as a static host ignores it), a #fragment must
 * be an id on the target page, and every link leaving the site must use https.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const ATTRIBUTE = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Schemes that are not addresses to fetch. */
const NOT_FETCHED = new Set(['mailto:', 'tel:', 'data:', 'javascript:']);

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Script and style bodies hold text that looks like markup (templates, JSON); links are not there. */
const markup = (html: string) =>
  html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Every broken link under `root`, as "page → target (why)". `origin` is the site's own address
 * (canonical links use it), so links to it are checked as internal.
 */
export async function brokenLinks(root: string, origin: string): Promise<string[]> {
  const files = await htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const pages = new Map<string, string>();
  await Promise.all(
    files.map(async (file) => {
      const html = markup(await readFile(file, 'utf8'));
      pages.set(file, html);
      ids.set(file, new Set([...html.matchAll(ID)].map((m) => decode(m[1] ?? m[2] ?? ''))));
    }),
  );
  const exists = new Map<string, Promise<string | undefined>>();
  /** The file a site path is served from, or undefined. */
  const resolve = (pathname: string) => {
    let found = exists.get(pathname);
    if (!found) {
      const target = path.join(root, decodeURIComponent(pathname));
      found = stat(target)
        .then(async (s) => {
          if (s.isFile()) return target;
          const index = path.join(target, 'index.html');
          return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
        })
        .catch(() => undefined);
      exists.set(pathname, found);
    }
    return found;
  };

  const broken: string[] = [];
  for (const [file, html] of pages) {
    const page = `/${path.relative(root, file).replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(ATTRIBUTE)) {
      const raw = decode(m[2] ?? m[3] ?? '').trim();
      const report = (why: string) => broken.push(`${page} → ${raw} (${why})`);
      if (raw === '') {
        report('empty');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, `${origin}${page}`);
      } catch {
        report('not a URL');
        continue;
      }
      if (NOT_FETCHED.has(url.protocol)) continue;
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') report('not https');
        continue;
      }
      const target = await resolve(url.pathname);
      if (!target) {
        report('no such file');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(target)?.has(fragment)) report(`no id "${fragment}"`);
    }
  }
  return broken.sort();
}
