/**
 * Reads a built Pagefind bundle back: each page's fragment is a gzipped file that starts with
 * Pagefind's signature and then holds the page's JSON (url, content, meta, filters).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

export async function readFragments(bundle: string): Promise<Fragment[]> {
  const dir = path.join(bundle, 'fragment');
  const fragments: Fragment[] = [];
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
    fragments.push(JSON.parse(text.slice(SIGNATURE.length)) as Fragment);
  }
  return fragments;
}
