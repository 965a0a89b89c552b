/**
 * The finder's benchmark scores (each model's headline score, sparse by benchmark), which /find/'s
 * script fetches only when a question is about a benchmark.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/collections.ts';
import { packedFind } from '../lib/find/build-data.ts';
import { STALE_AFTER_DAYS, TODAY } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  Response.json(packedFind(await getCatalog(), TODAY, STALE_AFTER_DAYS).scores ?? []);
