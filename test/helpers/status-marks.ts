/**
 * Every place a built page lists a retired or deprecated model says so: each link to such a model's
 * page that sits in a table row or a list item (cards are list items) has the word in that row or
 * item. Read from the HTML files with plain string search, so the whole site is checked
 * in a second or two without a browser.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The word that must stand beside a model of each status. */
export const STATUS_WORDS: Record<string, string> = {
  retired: 'Retired',
  deprecated: 'Deprecated',
};

/**
 * The elements that hold one listing: a table row, a list item (cards are list items). A model
 * named in running prose ("All about Pixtral 12B") is a link, not a listing.
 */
const HOLDERS = ['tr', 'li'];

/** The innermost listing element around position `at`: its text from opening to closing tag. */
function holderAt(html: string, at: number): string | undefined {
  let best: string | undefined;
  for (const tag of HOLDERS) {
    // Walk back over elements of this tag that closed before the link.
    let open = html.lastIndexOf(`<${tag}`, at);
    while (open >= 0) {
      const next = html[open + tag.length + 1] ?? '';
      const closed = html.indexOf(`</${tag}>`, open);
      if (/[\s>]/.test(next) && (closed < 0 || closed > at)) break;
      open = html.lastIndexOf(`<${tag}`, open - 1);
    }
    if (open < 0) continue;
    const close = html.indexOf(`</${tag}>`, at);
    if (close < 0) continue;
    const chunk = html.slice(open, close);
    if (best === undefined || chunk.length < best.length) best = chunk;
  }
  return best;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * "<page>: <model> listed without 'Retired'" for each listing that lacks its word. `statuses` maps
 * a model id to its status; a model's own page is not a listing of it.
 */
export async function unmarkedListings(
  siteDir: string,
  statuses: ReadonlyMap<string, string>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await htmlFiles(siteDir)) {
    const page = `/${path.relative(siteDir, file).replace(/index\.html$/, '')}`;
    const html = await readFile(file, 'utf8');
    // Scripts and JSON-LD are data, not listings.
    const visible = html.replace(/<script[\s\S]*?<\/script>/g, (s) => ' '.repeat(s.length));
    for (const m of visible.matchAll(/href="\/models\/([^/"#?]+)\/[^"]*"/g)) {
      const id = m[1] ?? '';
      const word = STATUS_WORDS[statuses.get(id) ?? ''];
      if (!word || page === `/models/${id}/`) continue;
      const holder = holderAt(visible, m.index);
      if (holder !== undefined && !holder.includes(word))
        problems.push(`${page}: ${id} listed without "${word}"`);
    }
  }
  return [...new Set(problems)];
}
