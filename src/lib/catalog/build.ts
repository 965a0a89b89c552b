/**
 * Joins the validated records into the catalog every page takes its slice of: each model with its
 * creator and every provider's offer, and the derived facts (cheapest prices, provider count).
 * Pure, so it is tested without Astro; `collections.ts` feeds it the collections once per build.
 */
import { competitorFinder } from './competitors.ts';
import { byPrice, blendedPrice, cheapest, fastestOf, isFree, onSale } from './offers.ts';
import { rankWithinTiers } from './ranks.ts';
import { isReseller, makersOwnApi } from './sellers.ts';
import type {
  Catalog,
  CatalogInput,
  CatalogModel,
  CatalogOffer,
  ProviderSummary,
} from './types.ts';

export function buildCatalog(input: CatalogInput): Catalog {
  const creatorById = new Map(input.creators.map((c) => [c.id, c]));
  const offersByModel = new Map<string, CatalogOffer[]>();
  const contextOf = new Map(input.models.map((m) => [m.id, m.context_window]));

  for (const p of input.providers) {
    const provider: ProviderSummary = {
      id: p.id,
      name: p.name,
      kind: p.kind,
      url: p.url,
      pricing_url: p.pricing_url,
    };
    for (const offer of p.offers) {
      const list = offersByModel.get(offer.model) ?? [];
      list.push({
        ...offer,
        provider,
        effectiveContext: offer.context_window ?? contextOf.get(offer.model) ?? 0,
      });
      offersByModel.set(offer.model, list);
    }
  }

  const models = input.models
    .map((m): CatalogModel => {
      const all = offersByModel.get(m.id) ?? [];
      const withdrawnOffers = all
        .filter((o) => !onSale(o))
        .sort((a, b) => (b.withdrawn ?? '').localeCompare(a.withdrawn ?? ''));
      const offers = all
        .filter(onSale)
        .sort(
          (a, b) =>
            Number(isFree(a)) - Number(isFree(b)) ||
            byPrice(a.price.input, b.price.input) ||
            a.provider.name.localeCompare(b.provider.name),
        );
      const direct = offers.filter((o) => !isReseller(o.provider));
      const own = offers.filter((o) => makersOwnApi(o.provider.id, m.creator));
      return {
        ...m,
        creatorName: creatorById.get(m.creator)?.name ?? m.creator,
        offers,
        withdrawnOffers,
        cheapestInput: cheapest(offers, (o) => o.price.input),
        cheapestOutput: cheapest(offers, (o) => o.price.output),
        cheapestBlended: cheapest(offers, (o) => blendedPrice(o.price)),
        cheapestInputDirect: cheapest(direct, (o) => o.price.input),
        cheapestOutputDirect: cheapest(direct, (o) => o.price.output),
        firstParty:
          own.length > 0
            ? {
                input: cheapest(own, (o) => o.price.input),
                output: cheapest(own, (o) => o.price.output),
              }
            : undefined,
        fastest: fastestOf(offers),
        providerCount: new Set(offers.map((o) => o.provider.id)).size,
        freeTiers: offers.filter(isFree).map((o) => o.provider),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    models,
    modelById: new Map(models.map((m) => [m.id, m])),
    ranks: rankWithinTiers(models),
    competitorsOf: competitorFinder(models),
    creators: [...input.creators].sort((a, b) => a.name.localeCompare(b.name)),
    creatorById,
    providers: [...input.providers].sort((a, b) => a.name.localeCompare(b.name)),
    benchmarks: [...(input.benchmarks ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    benchmarkById: new Map((input.benchmarks ?? []).map((b) => [b.id, b])),
    evaluatorById: new Map((input.evaluators ?? []).map((e) => [e.id, e])),
    refreshState: input.refreshState,
  };
}
