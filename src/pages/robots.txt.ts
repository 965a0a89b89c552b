import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/paths.ts';

// Everything may be crawled; the search results page asks not to be indexed in its own head.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
