/**
 * Rules over a model's offers that every view applies the same way: which are on sale, which are
 * free tiers, the cheapest and fastest of them, and the blended (3:1) price. Generic over the offer,
 * so the comparison script applies them to the JSON API's offers too.
 */
import type { Offer } from '../../schemas/offer.ts';
import { roundPrice } from '../../util/decimal.ts';
import { isFreeTier } from '../pricing/calculator.ts';
import { isRetired } from './status.ts';
import type { CatalogModel } from './types.ts';

/** The usual single-number price: three input tokens to one output token, USD per 1M. */
export function blendedPrice(price: Pick<Offer['price'], 'input' | 'output'>): number | undefined {
  if (price.input == null || price.output == null) return undefined;
  // Rounded as prices are written, so 0.24 is not published as 0.24000000000000002.
  return roundPrice((3 * price.input + price.output) / 4);
}

/** Cheapest first; an unknown price sorts after every known one, never as if it were free. */
export const byPrice = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

/** Models by their cheapest input price, then by name: the order of the overview without JavaScript. */
export const byCheapestInput = (a: CatalogModel, b: CatalogModel) =>
  byPrice(a.cheapestInput?.price, b.cheapestInput?.price) || a.name.localeCompare(b.name);

/**
 * The rows the overview's HTML holds: models by cheapest input, up to the `limit`th on sale, with
 * the retired ones priced among them (hidden there). The page of every model holds the rest.
 */
export function firstRows(models: readonly CatalogModel[], limit: number): CatalogModel[] {
  const rows = [...models].sort(byCheapestInput);
  let seen = 0;
  const cut = rows.findIndex((m) => !isRetired(m) && ++seen > limit);
  return cut === -1 ? rows : rows.slice(0, cut);
}

/**
 * The lowest price of one kind. A free offer (a rate-limited prototyping tier, as GitHub Models
 * sells) is not what a buyer pays in production, so it counts only when nothing is paid. A single
 * price of 0 in a paid offer (an embedding model's output) is a price like any other.
 * Generic over the offer, so the comparison script applies the same rule to the API's offers.
 */
export function cheapest<
  O extends {
    provider: unknown;
    price: Pick<Offer['price'], 'input' | 'output'>;
    updated?: string | undefined;
    checked?: string | undefined;
  },
>(offers: readonly O[], pick: (o: O) => number | null | undefined) {
  let best: { price: number; provider: O['provider']; asOf?: string } | undefined;
  let bestFree = false;
  for (const offer of offers) {
    const price = pick(offer);
    if (price == null) continue;
    const free = isFree(offer);
    const better = !best || (bestFree && !free) || (bestFree === free && price < best.price);
    if (better) {
      // The day the price was last seen to hold: confirmed by a check, or taken.
      const asOf = offer.checked ?? offer.updated;
      best = { price, provider: offer.provider, ...(asOf !== undefined && { asOf }) };
      bestFree = free;
    }
  }
  return best;
}

export function fastestOf(offers: readonly Pick<Offer, 'speed'>[]): number | undefined {
  const speeds = offers.flatMap((o) => o.speed?.tokens_per_second ?? []);
  return speeds.length ? Math.max(...speeds) : undefined;
}

/** An offer at no charge for both input and output: a free tier, as the calculator reads it. */
export const isFree = (o: Pick<Offer, 'price'>) => isFreeTier(o.price);

/** Whether the provider still sells it: a withdrawn offer is kept in the data, never as buyable. */
export const onSale = (o: Pick<Offer, 'withdrawn'>) => o.withdrawn === undefined;
