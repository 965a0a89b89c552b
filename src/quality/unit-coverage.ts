/**
 * How many offers state each unit beside the token prices, for `npm run check:data`: service
 * tiers, the one-hour cache write, reasoning, audio, image and fees.
 */
import type { Price } from '../schemas/offer.ts';

export const UNIT_COUNTS = {
  priority: (p: Price) => p.tiers?.priority !== undefined,
  flex: (p: Price) => p.tiers?.flex !== undefined,
  fast: (p: Price) => p.tiers?.fast !== undefined,
  '1-hour cache write': (p: Price) => p.cache_write_1h != null,
  reasoning: (p: Price) => p.reasoning != null,
  audio: (p: Price) => p.audio !== undefined,
  image: (p: Price) => p.image !== undefined,
  'web search fee': (p: Price) => p.fees?.web_search_per_1k != null,
  'grounding fee': (p: Price) => p.fees?.grounding_per_1k != null,
  'per-request fee': (p: Price) => p.fees?.per_request != null,
} as const;

export type UnitCount = Record<keyof typeof UNIT_COUNTS | 'any', number>;

/** The offers that state each unit, and those that state any. */
export function unitCoverage(prices: Iterable<Price>): UnitCount {
  const counts = Object.fromEntries(
    [...Object.keys(UNIT_COUNTS), 'any'].map((k) => [k, 0]),
  ) as UnitCount;
  for (const price of prices) {
    let any = false;
    for (const [unit, has] of Object.entries(UNIT_COUNTS)) {
      if (!has(price)) continue;
      counts[unit as keyof typeof UNIT_COUNTS]++;
      any = true;
    }
    if (any) counts.any++;
  }
  return counts;
}
