/**
 * Which of a workload's units beside tokens some offer bills: a form asks about a unit (a service
 * tier, a cache write, web searches, audio minutes, images) only where one of its offers can price
 * it, since asking for one that no offer prices only empties the answer. The calculator asks this
 * of one model's offers, the finder of every offer in the catalog.
 */
import type { Price } from '../../schemas/offer.ts';

export interface BilledUnits {
  /** The priority and flex tiers some offer sells, in that order. */
  tiers: ('priority' | 'flex')[];
  /** A cache-write price, for 5 minutes or an hour. */
  writes: boolean;
  /** A web-search fee. */
  searches: boolean;
  /** Audio billed by the minute, read or made. */
  audioMinutes: boolean;
  /** Generated images billed by the image. */
  images: boolean;
}

export function billedUnits(prices: Iterable<Price>): BilledUnits {
  const list = [...prices];
  return {
    tiers: (['priority', 'flex'] as const).filter((t) => list.some((p) => p.tiers?.[t])),
    writes: list.some((p) => p.cache_write != null || p.cache_write_1h != null),
    searches: list.some((p) => p.fees?.web_search_per_1k != null),
    audioMinutes: list.some(
      (p) => p.audio?.input_per_minute != null || p.audio?.output_per_minute != null,
    ),
    images: list.some((p) => (p.image?.per_image?.length ?? 0) > 0),
  };
}
