import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// The one place the public address is set. The deploy workflow passes the real one; a local build
// describes itself as served from localhost, which is where `npm start` serves it.
const site = process.env['ATLAS_SITE'] ?? 'http://localhost:4321';
const base = process.env['ATLAS_BASE'] ?? '/';
// Astro's build cache holds the data store the build reads back; a test that builds while another
// build runs gives it a cache of its own (default: node_modules/.astro).
const cacheDir = process.env['ATLAS_CACHE_DIR'];

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Pages render four at a time: while one is written to disk the next renders. On 2 cores this cut
  // static-route rendering of a 1,000-model catalog from 6.4–8.0 s to 5.3–5.9 s (npm run bench).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    // Every page is offered to crawlers, the search page included (a landing page of its own; a
    // query in its address is canonicalised to /search/). The 404 page is not a route Astro lists.
    sitemap(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
});
