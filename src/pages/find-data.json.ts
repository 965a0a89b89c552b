/** The workload finder's data: the catalog's fields it ranks by, fetched by /find/'s script. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { findData } from '../lib/find/data.ts';
import { STALE_AFTER_DAYS, TODAY } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  Response.json(findData(await getCatalog(), TODAY, STALE_AFTER_DAYS));
