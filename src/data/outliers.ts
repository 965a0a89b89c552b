/**
 * A price typed ten times off (35 for 0.35, 0.035 for 0.35) passes every bound a single value can
 * be held to. Set beside what the other providers ask for the same model and unit, it stands out:
 * a price ten times or more away from the median of the others' is refused, unless the offer's
 * `note` says why (a promotion, another quantization).
 */
import type { Problem } from './problem.ts';
import { problemAt } from './yaml-file.ts';
import type { FileRef } from './references.ts';

/** How far from the others' median a price may be before a person must say why. */
export const OUTLIER_FACTOR = 10;
/** Fewer others than this cannot tell which of two prices is the slip. */
const MIN_OTHERS = 2;
const UNITS = ['input', 'output', 'cached_input', 'cache_write', 'batch_input', 'batch_output'] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

interface Quote {
  provider: FileRef;
  index: number;
  price: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function checkOutliers(providers: readonly FileRef[]): Problem[] {
  // Per model and unit, every paid price on sale, one per provider (its first offer's).
  const quotes = new Map<string, Quote[]>();
  for (const provider of providers) {
    const offers = isObject(provider.yaml?.value) ? provider.yaml.value['offers'] : undefined;
    if (!Array.isArray(offers)) continue;
    offers.forEach((offer: unknown, index) => {
      if (!isObject(offer) || offer['withdrawn'] !== undefined || typeof offer['model'] !== 'string') return;
      const price = offer['price'];
      if (!isObject(price)) return;
      for (const unit of UNITS) {
        const value = price[unit];
        if (typeof value !== 'number' || !(value > 0)) continue;
        const key = `${offer['model']}\u0000${unit}`;
        const list = quotes.get(key) ?? [];
        if (!list.some((q) => q.provider.id === provider.id)) list.push({ provider, index, price: value });
        quotes.set(key, list);
      }
    });
  }
  const problems: Problem[] = [];
  for (const [key, list] of quotes) {
    const unit = key.split('\u0000')[1] ?? '';
    for (const quote of list) {
      const others = list.filter((q) => q !== quote).map((q) => q.price);
      if (others.length < MIN_OTHERS) continue;
      const mid = median(others);
      // Rounded, so that 0.035 against 0.35 counts as the tenth it is in decimal.
      const ratio = Number((quote.price / mid).toFixed(9));
      if (ratio < OUTLIER_FACTOR && ratio > 1 / OUTLIER_FACTOR) continue;
      const yaml = quote.provider.yaml;
      const offer = isObject(yaml?.value) ? (yaml.value['offers'] as unknown[])[quote.index] : undefined;
      if (!yaml || (isObject(offer) && typeof offer['note'] === 'string')) continue;
      const times = ratio >= 1 ? `${Math.round(ratio)}×` : `1/${Math.round(1 / ratio)}`;
      problems.push(
        problemAt(
          yaml,
          ['offers', quote.index, 'price', unit],
          `${quote.price} is ${times} the median of the other ${others.length} providers' ${unit} price (${Number(mid.toFixed(6))}): a slip of the decimal point? If it is right, say why in the offer's note`,
        ),
      );
    }
  }
  return problems;
}
