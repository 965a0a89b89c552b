/**
 * The finder's orders: by name (one collator), by the sort asked for over model indices, and the
 * first few of thousands without sorting them all.
 */
import type { PackedFind } from './pack.ts';
import type { FindQuery } from './query.ts';

export /** Names in order, alike wherever the ranking runs (one collator: `localeCompare` makes one per call). */
const byName = new Intl.Collator('en').compare;

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
}

/** The order asked for, over model indices; ties keep the data's order, which is by name. */
export function orderOf(packed: PackedFind, c: Cheapest, sort: FindQuery['sort']) {
  const { cost, context, speed } = c;
  const released = packed.models.released;
  switch (sort) {
    case 'cost':
      return (a: number, b: number) => (cost[a] ?? 0) - (cost[b] ?? 0) || a - b;
    case 'context':
      return (a: number, b: number) => (context[b] ?? 0) - (context[a] ?? 0) || a - b;
    // Measured first, fastest first; unmeasured after, by cost.
    case 'speed':
      return (a: number, b: number) =>
        (speed[b] ?? 0) - (speed[a] ?? 0) || (cost[a] ?? 0) - (cost[b] ?? 0) || a - b;
    // ISO dates: in code-point order, whatever the reader's locale.
    case 'newest':
      return (a: number, b: number) => {
        const x = packed.strings[released[a] ?? -1] ?? '';
        const y = packed.strings[released[b] ?? -1] ?? '';
        return x < y ? 1 : x > y ? -1 : a - b;
      };
  }
}
