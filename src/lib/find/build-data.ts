/**
 * The finder's packed data for a build, made once: the page (its ready-made answers) and the two
 * files its script fetches are written from the same object, and packing 10,000 models (finding
 * each one's undominated offers) is not free.
 */
import type { Catalog } from '../catalog/types.ts';
import { findData } from './data.ts';
import { pack, type PackedFind } from './pack.ts';

const made = new WeakMap<Catalog, PackedFind>();

export function packedFind(catalog: Catalog, today: string, staleDays: number): PackedFind {
  let packed = made.get(catalog);
  if (!packed) made.set(catalog, (packed = pack(findData(catalog, today, staleDays))));
  return packed;
}
