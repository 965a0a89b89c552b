/**
 * The sentences a comparison states: the one-line verdict under the heading and what the same
 * workload costs on each model. Derived from the numbers every build, so they cannot disagree with
 * the tables beside them.
 */
import { isFree } from '../catalog/offers.ts';
import { isReseller } from '../catalog/sellers.ts';
import { costOf, type Cost, type PricedOffer } from '../pricing/calculator.ts';
import { type Workload } from '../pricing/workload.ts';
import { money, tokens, tokensApart, usd, usdRounded } from '../format.ts';
import type { Side } from './facts.ts';

/** "84%", or "0.4%" when the difference is under one percent and would round to nothing. */
function percentLess(low: number, high: number): string {
  const pct = (1 - low / high) * 100;
  return `${pct < 1 ? pct.toFixed(1) : Math.round(pct)}%`;
}

function priceClause(a: Side, b: Side): string {
  if (a.blended === undefined || b.blended === undefined) {
    const known = a.blended !== undefined ? a : b.blended !== undefined ? b : undefined;
    return known
      ? `only ${known.name} has a known price in this catalog`
      : `neither has a known price in this catalog`;
  }
  if (a.blended === b.blended) {
    return `${a.name} and ${b.name} cost the same on the blended price (${usdRounded(a.blended)} per 1M tokens, 3 input to 1 output)`;
  }
  const [low, high] = a.blended < b.blended ? [a, b] : [b, a];
  const lowPrice = low.blended ?? 0;
  const highPrice = high.blended ?? 0;
  if (lowPrice === 0) {
    return `${low.name} is free (rate-limited tiers only), against ${usdRounded(highPrice)} per 1M tokens for ${high.name} on the blended price`;
  }
  return `${low.name} costs ${percentLess(lowPrice, highPrice)} less than ${high.name} on the blended price (${apart(lowPrice, highPrice).join(' against ')} per 1M tokens, 3 input to 1 output)`;
}

function contextClause(a: Side, b: Side): string {
  if (a.contextWindow === b.contextWindow) {
    return `both read up to ${tokens(a.contextWindow)} tokens of context`;
  }
  const [big, small] = a.contextWindow > b.contextWindow ? [a, b] : [b, a];
  const [large, less] = tokensApart(big.contextWindow, small.contextWindow);
  return `${big.name} has the bigger context window (${large} against ${less})`;
}

/** One sentence: which is cheaper and by how much, and which reads more context. */
export function verdict(a: Side, b: Side): string {
  const price = priceClause(a, b);
  return `${price.charAt(0).toUpperCase()}${price.slice(1)}; ${contextClause(a, b)}.`;
}

export interface WorkloadCost {
  /** The provider (and variant) of the cheapest paid offer for this workload. */
  provider: string;
  cost: Cost;
  /** The provider is a reseller (an aggregator), said beside its name. */
  reseller?: true;
}

interface NamedOffer extends Pick<PricedOffer, 'price'> {
  provider: { name: string; kind?: string };
  variant?: string | undefined;
}

/**
 * The workload at a model's cheapest paid offer. Free tiers are left out: they are rate-limited
 * and would make every model look free at production volume.
 */
export function cheapestWorkload(
  offers: readonly NamedOffer[],
  work: Workload,
): WorkloadCost | undefined {
  let best: WorkloadCost | undefined;
  for (const offer of offers) {
    if (isFree(offer)) continue;
    const cost = costOf(offer.price, work);
    if (cost && (!best || cost.perRequest < best.cost.perRequest)) {
      const provider = `${offer.provider.name}${offer.variant ? ` (${offer.variant})` : ''}`;
      best = {
        provider,
        cost,
        ...(isReseller({ kind: offer.provider.kind ?? '' }) && { reseller: true as const }),
      };
    }
  }
  return best;
}

/** Which model the workload costs less on each month, and by how much. */
export function workloadVerdict(
  a: { name: string; cost: WorkloadCost | undefined },
  b: { name: string; cost: WorkloadCost | undefined },
): string {
  if (!a.cost || !b.cost) {
    const known = a.cost ? a : b.cost ? b : undefined;
    return known
      ? `Only ${known.name} has the prices this workload needs.`
      : 'Neither model has the prices this workload needs.';
  }
  const x = a.cost.cost.perMonth;
  const y = b.cost.cost.perMonth;
  if (x === y) return `The workload costs the same on both: ${money(x)} a month.`;
  const [low, high] = x < y ? [a, b] : [b, a];
  const lowMonth = Math.min(x, y);
  const highMonth = Math.max(x, y);
  return `${low.name} is cheaper for this workload: ${money(lowMonth)} a month against ${money(highMonth)} on ${high.name}, ${money(highMonth - lowMonth)} (${percentLess(lowMonth, highMonth)}) less.`;
}

/** Two prices rounded as read, unless rounding would make them look alike: then exactly. */
function apart(low: number, high: number): [string, string] {
  const rounded: [string, string] = [usdRounded(low), usdRounded(high)];
  return rounded[0] === rounded[1] ? [usd(low), usd(high)] : rounded;
}
