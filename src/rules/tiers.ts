/**
 * tier-words and tier-prices: a small-tier word is never a flagship, and tiers fit their prices.
 */
import { blendedPrice } from '../lib/catalog/offers.ts';
import { modelWhere, type Rule, type RuleFinding } from './rule.ts';

const LIGHT_WORDS = /\b(mini|nano|lite|flash-lite|micro|tiny|haiku|small)\b/i;
const TOP_WORDS = /\b(opus|ultra)\b/i;

export const tierWords: Rule = ({ models }) => {
  const findings: RuleFinding[] = [];
  for (const m of models) {
    const light = LIGHT_WORDS.exec(m.name);
    if (light && m.tier === 'flagship') {
      findings.push({
        rule: 'tier-words',
        where: modelWhere(m),
        message: `"${m.name}" is a ${light[1]} model, but its tier is flagship`,
      });
    }
    const top = TOP_WORDS.exec(m.name);
    if (top && m.tier === 'lightweight') {
      findings.push({
        rule: 'tier-words',
        where: modelWhere(m),
        message: `"${m.name}" is an ${top[1]} model, but its tier is lightweight`,
      });
    }
  }
  return findings;
};

const RANK = { lightweight: 0, balanced: 1, flagship: 2 } as const;
/** Blended prices (3:1, USD per 1M) outside which a tier is not what the market means by it. */
export const TIER_BOUNDS = { flagshipAtLeast: 0.25, lightweightAtMost: 3 } as const;

/** The version in a model id, which names its generation: `5.4` in gpt-5.4-mini, `3.5` in qwen3.5-27b. */
const generation = (id: string) => /\d+(?:\.\d+)*/.exec(id)?.[0];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const tierPrices: Rule = ({ models, providers }) => {
  const findings: RuleFinding[] = [];
  // A model's typical price: the median blended price of its paid offers on sale. The cheapest
  // alone is one host's promotion away from calling a flagship cheap.
  const prices = new Map<string, number[]>();
  for (const p of providers) {
    for (const o of p.offers) {
      const blended = blendedPrice(o.price);
      if (o.withdrawn || blended === undefined || blended === 0) continue;
      prices.set(o.model, [...(prices.get(o.model) ?? []), blended]);
    }
  }
  const typical = new Map([...prices].map(([id, list]) => [id, median(list)]));
  const priced = models.filter(
    (m) => m.status !== 'retired' && m.tier !== 'specialized' && typical.has(m.id),
  );
  const usd = (n: number) => `$${Number(n.toFixed(4))}`;
  for (const m of priced) {
    const price = typical.get(m.id) ?? 0;
    if (m.tier === 'flagship' && price < TIER_BOUNDS.flagshipAtLeast) {
      findings.push({
        rule: 'tier-prices',
        where: modelWhere(m),
        message: `flagship at a median ${usd(price)} blended per 1M, under the ${usd(TIER_BOUNDS.flagshipAtLeast)} below which no maker sells its best model`,
      });
    }
    if (m.tier === 'lightweight' && price > TIER_BOUNDS.lightweightAtMost) {
      findings.push({
        rule: 'tier-prices',
        where: modelWhere(m),
        message: `lightweight at a median ${usd(price)} blended per 1M, over the ${usd(TIER_BOUNDS.lightweightAtMost)} above which a model is not a cheap tier`,
      });
    }
    for (const other of priced) {
      if (other.creator !== m.creator || other.family !== m.family || other.id === m.id) continue;
      // One generation only: GPT-5's flagship may well cost less than GPT-5.6's mid tier.
      if (generation(other.id) === undefined || generation(other.id) !== generation(m.id)) continue;
      const mine = RANK[m.tier as keyof typeof RANK];
      const theirs = RANK[other.tier as keyof typeof RANK];
      const otherPrice = typical.get(other.id) ?? 0;
      if (mine > theirs && price < otherPrice) {
        findings.push({
          rule: 'tier-prices',
          where: modelWhere(m),
          message: `${m.tier} at a median ${usd(price)} blended, cheaper than its ${other.tier} sibling ${other.id} at ${usd(otherPrice)}`,
        });
      }
    }
  }
  return findings;
};
