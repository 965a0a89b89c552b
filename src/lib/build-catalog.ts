/**
 * Joins the validated records into the catalog every page takes its slice of: each model with its
 * creator and every provider's offer, and the derived facts (cheapest prices, provider count).
 * Pure, so it is tested without Astro; `catalog.ts` feeds it the collections once per build.
 */
import type { CreatorRecord, ModelRecord, ProviderRecord } from '../schemas/records.ts';
import type { Offer } from '../schemas/offer.ts';
import type { RefreshState } from '../schemas/refresh-state.ts';
import { roundPrice } from '../sources/decimal.ts';
import { competitorFinder } from './competitors.ts';
import { rankWithinTiers, type TierRanks } from './ranks.ts';

export type ProviderSummary = Pick<ProviderRecord, 'id' | 'name' | 'kind' | 'url' | 'pricing_url'>;

export interface CatalogOffer extends Offer {
  provider: ProviderSummary;
  /** The offer's context window, or the model's when the provider does not restrict it. */
  effectiveContext: number;
}

export interface Cheapest {
  price: number;
  provider: ProviderSummary;
}

export interface CatalogModel extends ModelRecord {
  creatorName: string;
  /** Offers on sale, sorted by input price, unknown prices and then free tiers last. */
  offers: CatalogOffer[];
  /** Offers the provider has stopped selling, newest withdrawal first: shown, never as buyable. */
  withdrawnOffers: CatalogOffer[];
  cheapestInput: Cheapest | undefined;
  cheapestOutput: Cheapest | undefined;
  /** Cheapest blended price (3 input tokens to 1 output token) of one offer that has both. */
  cheapestBlended: Cheapest | undefined;
  /** Fastest measured output speed of any offer, tokens per second. */
  fastest: number | undefined;
  providerCount: number;
  /** Providers that serve it free of charge (rate-limited tiers); not counted as cheapest. */
  freeTiers: ProviderSummary[];
}

export interface Catalog {
  models: CatalogModel[];
  modelById: Map<string, CatalogModel>;
  creators: CreatorRecord[];
  creatorById: Map<string, CreatorRecord>;
  providers: ProviderRecord[];
  refreshState: RefreshState | undefined;
  /** Where each model stands in its tier, by model id. */
  ranks: Map<string, TierRanks>;
  competitorsOf: (model: CatalogModel) => CatalogModel[];
}

export interface CatalogInput {
  creators: readonly CreatorRecord[];
  models: readonly ModelRecord[];
  providers: readonly ProviderRecord[];
  refreshState?: RefreshState | undefined;
}

/** The usual single-number price: three input tokens to one output token, USD per 1M. */
export function blendedPrice(price: Pick<Offer['price'], 'input' | 'output'>): number | undefined {
  if (price.input == null || price.output == null) return undefined;
  // Rounded as prices are written, so 0.24 is not published as 0.24000000000000002.
  return roundPrice((3 * price.input + price.output) / 4);
}

/** Cheapest first; an unknown price sorts after every known one, never as if it were free. */
const byPrice = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

/** Models by their cheapest input price, then by name: the order of the overview without JavaScript. */
export const byCheapestInput = (a: CatalogModel, b: CatalogModel) =>
  byPrice(a.cheapestInput?.price, b.cheapestInput?.price) || a.name.localeCompare(b.name);

/**
 * The lowest price of one kind. A free offer (a rate-limited prototyping tier, as GitHub Models
 * sells) is not what a buyer pays in production, so it counts only when nothing is paid.
 * Generic over the offer, so the comparison script applies the same rule to the API's offers.
 */
export function cheapest<O extends { provider: unknown }>(
  offers: readonly O[],
  pick: (o: O) => number | null | undefined,
) {
  let best: { price: number; provider: O['provider'] } | undefined;
  for (const offer of offers) {
    const price = pick(offer);
    if (price == null) continue;
    const better = !best || (price > 0 && (best.price === 0 || price < best.price));
    if (better) best = { price, provider: offer.provider };
  }
  return best;
}

export function fastestOf(offers: readonly Pick<Offer, 'speed'>[]): number | undefined {
  const speeds = offers.flatMap((o) => o.speed?.tokens_per_second ?? []);
  return speeds.length ? Math.max(...speeds) : undefined;
}

/** An offer at no charge for both input and output. */
export const isFree = (o: Pick<Offer, 'price'>) => o.price.input === 0 && o.price.output === 0;

/** Whether the provider still sells it: a withdrawn offer is kept in the data, never as buyable. */
export const onSale = (o: Pick<Offer, 'withdrawn'>) => o.withdrawn === undefined;

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
      return {
        ...m,
        creatorName: creatorById.get(m.creator)?.name ?? m.creator,
        offers,
        withdrawnOffers,
        cheapestInput: cheapest(offers, (o) => o.price.input),
        cheapestOutput: cheapest(offers, (o) => o.price.output),
        cheapestBlended: cheapest(offers, (o) => blendedPrice(o.price)),
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
    refreshState: input.refreshState,
  };
}
