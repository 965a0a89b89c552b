/**
 * Where each model stands within its tier on the numbers a buyer weighs: price (cheapest blended),
 * context window, output speed and knowledge recency. Models no longer served are left out, and a
 * model is ranked only on what is known about it.
 */
import { RANKED, type CatalogModel, type Ranked, type TierRanks } from './types.ts';

/** How to read each number, and which way is better. */
const MEASURES: Record<
  Ranked,
  { value: (m: CatalogModel) => number | undefined; lowerIsBetter: boolean }
> = {
  price: { value: (m) => m.cheapestBlended?.price, lowerIsBetter: true },
  context: { value: (m) => m.context_window, lowerIsBetter: false },
  speed: { value: (m) => m.fastest, lowerIsBetter: false },
  cutoff: { value: (m) => cutoffMonths(m.knowledge_cutoff), lowerIsBetter: false },
};

/** 2024-10 → months since year 0, so cutoffs compare and take a median as numbers. */
export function cutoffMonths(cutoff: string | undefined): number | undefined {
  if (!cutoff) return undefined;
  const [y, m] = cutoff.split('-').map(Number);
  return (y ?? 0) * 12 + (m ?? 1) - 1;
}

/** The inverse of cutoffMonths: 24297 → 2024-10. */
export function monthsToCutoff(months: number): string {
  const whole = Math.round(months);
  return `${Math.floor(whole / 12)}-${String((whole % 12) + 1).padStart(2, '0')}`;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The first index whose value passes `test` in a list sorted so that passing values come last. */
function firstIndex(sorted: readonly number[], test: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(sorted[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function rankWithinTiers(models: readonly CatalogModel[]): Map<string, TierRanks> {
  const ranks = new Map<string, TierRanks>(models.map((m) => [m.id, {}]));
  const tiers = new Map<string, CatalogModel[]>();
  for (const m of models) {
    if (m.status === 'retired') continue;
    const tier = tiers.get(m.tier);
    if (tier) tier.push(m);
    else tiers.set(m.tier, [m]);
  }
  for (const members of tiers.values()) {
    for (const key of RANKED) {
      const { value, lowerIsBetter } = MEASURES[key];
      const known = members.flatMap((m) => {
        const v = value(m);
        return v === undefined ? [] : [{ id: m.id, v }];
      });
      const values = known.map((k) => k.v).sort((a, b) => a - b);
      const mid = median(values);
      for (const { id, v } of known) {
        // How many are strictly better, by binary search in the sorted values: a tier of
        // thousands is ranked without comparing every pair.
        const below = firstIndex(values, (x) => x >= v);
        const notAbove = firstIndex(values, (x) => x > v);
        const better = lowerIsBetter ? below : values.length - notAbove;
        const entry = ranks.get(id);
        if (entry) {
          entry[key] = {
            position: better + 1,
            of: known.length,
            shared: notAbove - below,
            value: v,
            median: mid,
          };
        }
      }
    }
  }
  return ranks;
}
