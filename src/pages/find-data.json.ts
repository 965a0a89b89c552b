/**
 * The workload finder's data, packed by column: the catalog's fields it ranks by, for /find/'s
 * script; the benchmark scores are apart, in /find-scores.json.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/collections.ts';
import { packedFind } from '../lib/find/build-data.ts';
import { withoutScores } from '../lib/find/scores.ts';
import { STALE_AFTER_DAYS, TODAY } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  Response.json(withoutScores(packedFind(await getCatalog(), TODAY, STALE_AFTER_DAYS)));
