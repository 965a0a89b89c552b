/** The comparison pages of this build, from the catalog queried once (`catalog/collections.ts`). */
import { getCatalog } from '../catalog/collections.ts';
import type { CatalogModel } from '../catalog/types.ts';
import { competitorPairs, type Pair } from './pairs.ts';

let pairs: Promise<Pair<CatalogModel>[]> | undefined;

/** Every pair of competitors with a comparison page, computed once per build like the catalog. */
export function getComparePairs(): Promise<Pair<CatalogModel>[]> {
  pairs ??= getCatalog().then((c) => competitorPairs(c.models, c.competitorsOf));
  return pairs;
}
