import type { APIRoute } from 'astro';
import { providersFile } from '../../../lib/api/files.ts';
import { getCatalog } from '../../../lib/catalog/collections.ts';
import { absoluteUrl } from '../../../lib/paths.ts';
import { BUILT_AT } from '../../../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  Response.json(
    providersFile(await getCatalog(), {
      absolute: (path) => absoluteUrl(path, site),
      generated: BUILT_AT,
    }),
  );
