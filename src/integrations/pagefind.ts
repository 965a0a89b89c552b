/**
 * Builds the Pagefind search index when Astro has written the site, through Pagefind's Node API, so
 * no build can ship without its index. Only elements marked `data-pagefind-body` are indexed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages that carry `data-pagefind-body`: one per model, provider and creator. Pagefind reads
 * every page it is given even when it indexes none of it, and the comparison pages outnumber the
 * rest several times over, so only these are given to it.
 */
export const INDEXED_PAGES = '{models,providers,creators}/*/index.html';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0)
            throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // Pagefind counts every page it read; the entry file says how many it indexed.
          const entry = JSON.parse(
            await readFile(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
          ) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          logger.info(
            `indexed ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
