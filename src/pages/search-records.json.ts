/**
 * What the search index is built from: one record per model, provider and creator page. The
 * Pagefind integration reads this file when the build is done and removes it; it is not part of
 * the published site.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog/collections.ts';
import { searchRecords } from '../lib/search/documents.ts';
import { TODAY } from '../lib/site.ts';

export const GET: APIRoute = async () => Response.json(searchRecords(await getCatalog(), TODAY));
