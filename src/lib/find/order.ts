/**
 * The finder's orders: by name (one collator), by the sort asked for over model indices, and the
 * first few of thousands without sorting them all.
 */
import type { PackedFind } from './pack.ts';
import type { FindQuery } from './query.ts';

let collate: Intl.Collator['compare'] | undefined;
/**
 * Names in order, alike wherever the ranking runs (one collator: `localeCompare` makes one per
 * call). Made on first use: a collator made when the module loads cost a phone's main thread tens
 * of milliseconds on every /find/ load, before anyone asked for an order.
 */
export const byName = (a: string, b: string): number =>
  (collate ??= new Intl.Collator('en').compare)(a, b);

/**
 * The first `limit` of `items` in `compare`'s order (a total order: ties broken by index). With a
 * few rows to show out of thousands, keeping the best so far beats sorting them all: most items
 * lose to the last one kept at the first comparison.
 */
export function firstInOrder(
  items: number[],
  compare: (a: number, b: number) => number,
  limit: number,
) {
  if (limit >= items.length) return items.sort(compare);
  const top: number[] = [];
  for (let n = 0; n < items.length; n++) {
    const item = items[n] ?? 0;
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && compare(item, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid] ?? 0, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Providers in name order, as a number per provider index: ties in cost go to the first. */
const nameOrders = new WeakMap<PackedFind, Int32Array>();
export function nameOrder(packed: PackedFind): Int32Array {
  let places = nameOrders.get(packed);
  if (!places) {
    const names = packed.providers.map((p) => p[1]);
    const sorted = names.map((_, i) => i).sort((a, b) => byName(names[a] ?? '', names[b] ?? ''));
    const order = new Int32Array(names.length);
    sorted.forEach((p, i) => {
      const prev = sorted[i - 1];
      // Providers of one name share a place, as the comparison that sorts them says.
      order[p] =
        prev !== undefined && byName(names[prev] ?? '', names[p] ?? '') === 0
          ? (order[prev] ?? 0)
          : i;
    });
    nameOrders.set(packed, (places = order));
  }
  return places;
}

/** Per model, what choosing and ordering it takes: numbers only, by model index. */
export interface Cheapest {
  /** The models that meet everything, in the data's order. */
  shown: number[];
  /** A month at the model's cheapest qualifying offer; that offer's context; its speed or -1. */
  cost: Float64Array;
  context: Float64Array;
  speed: Float64Array;
  /** Models that meet everything but are served only on free tiers. */
  freeOnly: number[];
  unknownCount: number;
  overBudget: number;
  /** Models that meet everything but have no score on the benchmark a score is required on. */
  noScore: number;
  /** Models that meet everything but the score required. */
  belowScore: number;
  /** The benchmark the question is about, if any: headline scores by model (NaN: none). */
  bench: BenchScores | undefined;
}

export interface BenchScores {
  score: Float64Array;
  higher: boolean;
  /** The top of its scale: a lower-is-better score counts as `max - score` in score per dollar. */
  max: number;
}

/**
 * Score per dollar: the headline score over the month's cost, so more is better; for a benchmark
 * where lower is better, what the score falls short of the scale's top (max − score) instead. A
 * month that costs nothing is worth any score; NaN for a model without a score.
 */
export function valueOf(score: number, cost: number, higher: boolean, max: number): number {
  const v = higher ? score : max - score;
  if (cost > 0) return v / cost;
  return v > 0 ? Infinity : v === v ? 0 : Number.NaN;
}

/**
 * Each shown model's key for the score sorts, larger first: its score (negated where lower is
 * better) or its score per dollar; -Infinity for a model without a score, so it comes after every
 * scored one, where cost orders it.
 */
function scoreKeys(c: Cheapest, sort: 'score' | 'value'): Float64Array {
  const key = new Float64Array(c.cost.length).fill(-Infinity);
  const b = c.bench;
  if (!b) return key;
  for (const k of c.shown) {
    const s = b.score[k] ?? Number.NaN;
    if (s !== s) continue;
    key[k] = sort === 'score' ? (b.higher ? s : -s) : valueOf(s, c.cost[k] ?? 0, b.higher, b.max);
  }
  return key;
}

/**
 * A month's cost to the millionth of a dollar, as costs are compared: sums of prices differ in
 * their last bits (0.1 + 0.2 is not 0.3 in floating point), so two models that both cost $2.24 a
 * month could come in either order; to the millionth they tie, and are ordered by name.
 */
export const micros = (usd: number): number => Math.round(usd * 1e6);

/** The order asked for, over model indices; ties keep the data's order, which is by name. */
export function orderOf(packed: PackedFind, c: Cheapest, sort: FindQuery['sort']) {
  const { cost, context, speed } = c;
  const released = packed.models.released;
  switch (sort) {
    case 'cost':
      return (a: number, b: number) => micros(cost[a] ?? 0) - micros(cost[b] ?? 0) || a - b;
    case 'context':
      return (a: number, b: number) => (context[b] ?? 0) - (context[a] ?? 0) || a - b;
    // Measured first, fastest first; unmeasured after, by cost.
    case 'speed':
      return (a: number, b: number) =>
        (speed[b] ?? 0) - (speed[a] ?? 0) || micros(cost[a] ?? 0) - micros(cost[b] ?? 0) || a - b;
    // ISO dates: in code-point order, whatever the reader's locale.
    case 'newest':
      return (a: number, b: number) => {
        const x = packed.strings[released[a] ?? -1] ?? '';
        const y = packed.strings[released[b] ?? -1] ?? '';
        return x < y ? 1 : x > y ? -1 : a - b;
      };
    // Scored first, best first; ties and the unscored by cost, as speed's. Two keys alike (both
    // unscored, or both free and so worth any score) subtract to NaN, which is a tie too.
    case 'score':
    case 'value': {
      const key = scoreKeys(c, sort);
      return (a: number, b: number) =>
        (key[b] ?? 0) - (key[a] ?? 0) || micros(cost[a] ?? 0) - micros(cost[b] ?? 0) || a - b;
    }
  }
}
