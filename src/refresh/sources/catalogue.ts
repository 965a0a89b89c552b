/**
 * A catalogue read live: one request, the whole catalogue in one JSON document, checked with the
 * loose schemas of src/sources/ before any value is used.
 */
import type { SourceEntry } from '../../sources/types.ts';
import { fetchJson, SourceError, type FetchOptions } from '../http.ts';

export async function readCatalogue(
  url: string,
  read: (json: unknown) => SourceEntry[],
  fetchOptions: FetchOptions,
): Promise<SourceEntry[]> {
  const json = await fetchJson(url, fetchOptions);
  if (json === undefined) throw new SourceError(`${url}: HTTP 404`);
  try {
    return read(json);
  } catch (error) {
    throw new SourceError(`${url}: not the expected shape: ${String(error).slice(0, 300)}`);
  }
}
