/** The workload finder's data, packed by column: the catalog's fields it ranks by, for /find/'s script. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/collections.ts';
import { findData } from '../lib/find/data.ts';
import { pack } from '../lib/find/pack.ts';
import { STALE_AFTER_DAYS, TODAY } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  Response.json(pack(findData(await getCatalog(), TODAY, STALE_AFTER_DAYS)));
