/**
 * The models people weigh against this one: the editors' list where there is one, otherwise the
 * nearest in price among the same tier's models of the same kind (`kind.ts`) from other makers,
 * one per maker.
 */
import { modelKind } from './kind.ts';
import type { CatalogModel } from './types.ts';

export const MAX_COMPETITORS = 4;

const priced = (m: CatalogModel) => (m.cheapestBlended?.price ?? 0) > 0 && m.status !== 'retired';

/**
 * Sorts each tier by price once, so finding a model's neighbours walks outwards from its place
 * instead of sorting the whole tier again for every page.
 */
export function competitorFinder(models: readonly CatalogModel[]) {
  // One list per tier and kind: an embedding model is never the nearest-priced rival of a chat model.
  const group = (m: CatalogModel) => `${m.tier} ${modelKind(m)}`;
  const tiers = new Map<string, CatalogModel[]>();
  for (const m of models) {
    if (!priced(m)) continue;
    const tier = tiers.get(group(m));
    if (tier) tier.push(m);
    else tiers.set(group(m), [m]);
  }
  for (const list of tiers.values()) {
    list.sort(
      (a, b) =>
        (a.cheapestBlended?.price ?? 0) - (b.cheapestBlended?.price ?? 0) ||
        a.name.localeCompare(b.name),
    );
  }
  const byId = new Map(models.map((m) => [m.id, m]));

  return function competitorsOf(model: CatalogModel): CatalogModel[] {
    if (model.competitors) return model.competitors.flatMap((id) => byId.get(id) ?? []);
    const own = model.cheapestBlended?.price;
    const tier = tiers.get(group(model));
    if (!own || !tier) return [];
    // Distance on a log scale: $0.10 against $0.20 is as far apart as $5 against $10.
    const distance = (m: CatalogModel) => Math.abs(Math.log((m.cheapestBlended?.price ?? 0) / own));
    // The first model priced at or above this one, by bisection: a scan of the tier for every
    // page made the whole build quadratic in the size of a tier.
    let first = 0;
    let end = tier.length;
    while (first < end) {
      const mid = (first + end) >>> 1;
      if ((tier[mid]?.cheapestBlended?.price ?? 0) >= own) end = mid;
      else first = mid + 1;
    }
    let lo = first - 1;
    let hi = lo + 1;
    const picked: CatalogModel[] = [];
    const makers = new Set([model.creator]);
    while (picked.length < MAX_COMPETITORS && (lo >= 0 || hi < tier.length)) {
      const below = tier[lo];
      const above = tier[hi];
      const takeBelow = below && (!above || distance(below) <= distance(above));
      const next = takeBelow ? below : above;
      if (takeBelow) lo--;
      else hi++;
      if (!next || makers.has(next.creator)) continue;
      makers.add(next.creator);
      picked.push(next);
    }
    return picked;
  };
}
