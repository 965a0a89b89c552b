/**
 * The guard: each rule names one reason a price move needs a person (too far in one step, a cache
 * read dearer than a fresh one, a long-context threshold moving, prices no source states beneath).
 */
import type { Price } from '../../schemas/offer.ts';
import { isCount, unitDoubts } from '../../schemas/units.ts';
import { changedFields, flatPrice } from './prices.ts';

/** A price may move at most this many times up or down in one step without a person. */
export const MAX_FACTOR = 3;
/** The most a price per 1M tokens can sensibly be; the schema's own bound. */
export const MAX_PRICE = 5000;

/** One reason a price move needs a person: the reason, or undefined when the rule lets it pass. */
export type GuardRule = (before: Price, after: Price, changed: string[]) => string | undefined;

/**
 * Each changed field must be a plausible price, and not move too far in one step: the token prices,
 * and every other unit (service tiers, cache writes, reasoning, audio, image, fees) alike.
 */
export const plausibleSteps: GuardRule = (before, after, changed) => {
  const a = flatPrice(before);
  const b = flatPrice(after);
  for (const field of changed) {
    if (field === 'long_context.threshold' || isCount(field)) continue;
    const old = a.get(field);
    const next = b.get(field);
    if (next == null) continue;
    if (!Number.isFinite(next) || next < 0 || next > MAX_PRICE) {
      return `${field}: ${next} is not a price per 1M tokens`;
    }
    if (old == null) continue;
    if (old > 0 && next === 0) return `${field}: ${old} → 0, paid to free`;
    if (old === 0 && next > 0) return `${field}: 0 → ${next}, free to paid`;
    if (next / old > MAX_FACTOR || old / next > MAX_FACTOR) {
      return `${field}: ${old} → ${next}, more than ${MAX_FACTOR}× in one step`;
    }
  }
  return undefined;
};

/** A cache read dearer than a fresh read is a slip in the source, not a price. */
const cacheNotDearer: GuardRule = (_before, after) =>
  after.cached_input != null && after.input != null && after.cached_input > after.input
    ? `cached_input ${after.cached_input} is dearer than input ${after.input}`
    : undefined;

/** Where the long-context prices start decides every long prompt's cost: a person checks a move. */
const thresholdKept: GuardRule = (before, after, changed) =>
  changed.includes('long_context.threshold') && before.long_context !== undefined
    ? `long_context.threshold: ${before.long_context.threshold} → ${after.long_context?.threshold}, the long-context prices would start elsewhere`
    : undefined;

/**
 * Peak-hour and in-region prices are not read from any source; a base price that moves under
 * them would leave them describing the old one, so a person updates both together.
 */
const conditionalPricesKept: GuardRule = (before, _after, changed) => {
  const held = [before.peak && 'peak', before.regional && 'regional'].filter(Boolean);
  return held.length > 0 && changed.length > 0
    ? `the offer also has ${held.join(' and ')} prices, which no source states; change them together by hand`
    : undefined;
};

/** A unit that contradicts the price beside it (see unitDoubts) is a slip a person checks. */
const unitsAgree: GuardRule = (before, after) => {
  const known = new Set(unitDoubts(before).map(([, why]) => why));
  return unitDoubts(after).find(([, why]) => !known.has(why))?.[1];
};

const GUARD_RULES: GuardRule[] = [
  plausibleSteps,
  cacheNotDearer,
  unitsAgree,
  thresholdKept,
  conditionalPricesKept,
];

/** Why a move from `before` to `after` needs a person, or undefined when it may be applied. */
export function guard(before: Price, after: Price): string | undefined {
  const changed = changedFields(before, after);
  for (const rule of GUARD_RULES) {
    const why = rule(before, after, changed);
    if (why) return why;
  }
  return undefined;
}
