import type { APIRoute } from 'astro';
import { benchmarksFile } from '../../../lib/api/benchmarks.ts';
import { getCatalog } from '../../../lib/catalog/collections.ts';
import { absoluteUrl } from '../../../lib/paths.ts';
import { BUILT_AT } from '../../../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  Response.json(
    benchmarksFile(await getCatalog(), {
      absolute: (path) => absoluteUrl(path, site),
      generated: BUILT_AT,
    }),
  );
