/**
 * Loads Pagefind's search code from the built site, the first time a search box is used: nothing
 * is downloaded on pages where nobody searches. The dev server has no index (Pagefind runs after a
 * build), so there the promise rejects with a message that says how to get one.
 */
import { SEARCH_BUNDLES, type Bundle } from '../lib/search/bundles.ts';
import { rankHits } from '../lib/search/query.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  /** A value, or any of several (`{ any: [...] }`, Pagefind's compound filter). */
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: PagefindSearchOptions,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

export const NO_INDEX =
  'Search needs the index a build makes: run `npm run build`, then `npm start`. The dev server has none.';

const loading = new Map<Bundle, Promise<Pagefind>>();

export function loadPagefind(bundle: Bundle = 'full'): Promise<Pagefind> {
  let pending = loading.get(bundle);
  if (!pending) {
    pending = (async () => {
      const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${SEARCH_BUNDLES[bundle]}pagefind.js`;
      let pagefind: Pagefind;
      try {
        pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      } catch {
        loading.delete(bundle);
        throw new Error(import.meta.env.DEV ? NO_INDEX : 'The search index could not be loaded.');
      }
      await pagefind.options({ baseUrl: import.meta.env.BASE_URL });
      await pagefind.init();
      return pagefind;
    })();
    loading.set(bundle, pending);
  }
  return pending;
}

export interface Hit extends PagefindResultData {
  score: number;
}

let keystroke = 0;
/**
 * Resolves true once no newer call has come for PAUSE_MS: the search waits for a pause in typing.
 * Pagefind's own debouncedSearch fetches the index chunks of every prefix typed on the way ("s",
 * "so", "sol"), most of which the finished words do not need.
 */
async function typingPaused(): Promise<boolean> {
  const mine = ++keystroke;
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  return mine === keystroke;
}
const PAUSE_MS = 150;

/** How many results beyond those shown are loaded, so the one people mean can move up. */
const CANDIDATES = 15;

export interface Found {
  total: number;
  hits: Hit[];
  /** Loads the next `count` results (fewer at the end): every result is reachable in turn. */
  more: (count: number) => Promise<Hit[]>;
}

/**
 * Runs one search and loads the first `limit` results. A text search without a sort is reordered
 * by `rankHits`, over the results loaded so far and not yet shown (`CANDIDATES` more than are
 * shown, so the one people mean can move up); with a sort (cheapest, largest context), Pagefind's
 * order is the sort's. `more` goes on where the last call stopped, so each result is shown once.
 */
export async function searchHits(
  query: string | null,
  options: PagefindSearchOptions,
  limit: number,
  { debounced = false, bundle = 'full' }: { debounced?: boolean; bundle?: Bundle } = {},
): Promise<Found | null> {
  // Only the full bundle holds filters and sort keys.
  const filtered = Object.keys(options.filters ?? {}).length > 0 || options.sort !== undefined;
  const pagefind = await loadPagefind(filtered ? 'full' : bundle);
  if (debounced && !(await typingPaused())) return null;
  const found = await pagefind.search(query, options);
  if (!found) return null;
  const rerank = query !== null && options.sort === undefined;
  const results = found.results;
  let loaded = 0;
  let waiting: Hit[] = [];
  const more = async (count: number): Promise<Hit[]> => {
    const upTo = Math.min(results.length, loaded + count + (rerank ? CANDIDATES : 0));
    const next = results.slice(loaded, upTo);
    loaded = upTo;
    const hits = await Promise.all(
      next.map(async (r) => ({ ...(await r.data()), score: r.score })),
    );
    waiting = [...waiting, ...hits];
    if (rerank) waiting = rankHits(query, waiting);
    const shown = waiting.slice(0, count);
    waiting = waiting.slice(count);
    return shown;
  };
  return { total: results.length, hits: await more(limit), more };
}
