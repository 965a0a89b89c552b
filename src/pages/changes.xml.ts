import type { APIRoute } from 'astro';
import { changesFeed, FEED_LIMIT } from '../lib/feeds/atom.ts';
import { getCatalog } from '../lib/catalog/collections.ts';
import { catalogChanges } from '../lib/history/changes.ts';
import { absoluteUrl } from '../lib/paths.ts';
import { BUILT_AT, REPO_URL, SITE_NAME, TODAY } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { models } = await getCatalog();
  const feed = changesFeed(catalogChanges(models, TODAY), {
    title: `${SITE_NAME}: LLM API price changes`,
    absolute: (path) => absoluteUrl(path, site),
    author: { name: SITE_NAME, uri: REPO_URL },
    builtAt: BUILT_AT,
    limit: FEED_LIMIT,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
