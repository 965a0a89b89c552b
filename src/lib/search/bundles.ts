/**
 * The two Pagefind bundles the build writes (src/integrations/pagefind.ts) and the browser loads
 * (src/browser/pagefind.ts), by folder under the site's root:
 * - `full`: every word, the filters and the sort keys, for /search/ and for queries that filter
 *   or sort;
 * - `quick`: names, makers and summaries without filters or sort keys, a smaller first download
 *   for the header box.
 */
export const SEARCH_BUNDLES = { full: 'pagefind/', quick: 'pagefind/quick/' } as const;
export type Bundle = keyof typeof SEARCH_BUNDLES;
