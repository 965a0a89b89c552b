/**
 * Builds the Pagefind search indexes when Astro has written the site, through Pagefind's Node API,
 * so no build can ship without them. They are built from the small documents of
 * `src/lib/search/documents.ts` (written by the build as /search-records.json, removed here), not
 * from the pages, which Pagefind would read whole.
 *
 * Two bundles of the same pages (src/lib/search/bundles.ts): the quick one, without filters, sort
 * keys or the prose, has at 10,000 pages a metadata file about half the size and far smaller index
 * chunks, which is what the header box's first search downloads.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES } from '../lib/search/bundles.ts';
import { recordHtml, type SearchRecord } from '../lib/search/documents.ts';

/** Where the build writes the records; never published. */
export const RECORDS_FILE = 'search-records.json';
const BATCH = 200;

async function writeBundle(
  records: SearchRecord[],
  outputPath: string,
  full: boolean,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Sent a batch at a time: one call and answer per document left Pagefind's service waiting.
  // A 10,000-model bundle took 13.6 s one by one, 7.9 s in batches of 100 and 7.8 s of 1,000.
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(
      records.slice(i, i + BATCH).map(async (record) => {
        const added = await index.addHTMLFile({
          url: record.url,
          content: recordHtml(record, { full }),
        });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The entry file says how many pages the bundle holds.
  const entry = JSON.parse(
    await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'),
  ) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const recordsFile = path.join(site, RECORDS_FILE);
        const started = performance.now();
        try {
          const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
          const [full, quick] = await Promise.all([
            writeBundle(records, path.join(site, SEARCH_BUNDLES.full), true),
            writeBundle(records, path.join(site, SEARCH_BUNDLES.quick), false),
          ]);
          if (full !== records.length || quick !== records.length)
            throw new Error(
              `Pagefind indexed ${full} and ${quick} of ${records.length} pages: every record should be a page`,
            );
          logger.info(
            `indexed ${full} of ${records.length} pages in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
          await rm(recordsFile, { force: true });
        }
      },
    },
  };
}
