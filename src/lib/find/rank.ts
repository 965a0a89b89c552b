/**
 * The finder's answer: every model that meets the requirements, with the cheapest of its offers
 * that qualify for the workload, ranked. Pure, over the compact finder data, so the build (the
 * answers shown without JavaScript) and the page's script rank alike; the arithmetic is the
 * calculator's `costOf`, so a model page prices the same workload the same way.
 */
import { costOf, type Cost } from '../calculator.ts';
import type { FindData, FindModel, FindOffer } from './data.ts';
import type { FindQuery, Requirements } from './query.ts';

export interface Priced {
  offer: FindOffer;
  provider: FindData['providers'][number];
  cost: Cost;
}

export interface Ranked {
  model: FindModel;
  maker: string;
  /** The cheapest qualifying offer for this workload. */
  best: Priced;
  /** The other qualifying offers, cheapest first. */
  others: Priced[];
  /** Capabilities asked about that nobody has published for this model (never counted as yes). */
  unknown: string[];
  /** Measured speed of the best offer, or of any offer, tokens per second. */
  speed: number | undefined;
}

export interface Answer {
  results: Ranked[];
  /** Models that meet everything but are served only on free, rate-limited tiers. */
  freeOnly: { model: FindModel; providers: string[] }[];
  /** Models left out only because a capability asked for is unpublished. */
  unknownCount: number;
  /** Models that meet everything but cost more than the budget. */
  overBudget: number;
}

/** Names in order, alike wherever the ranking runs (one collator: `localeCompare` makes one per call). */
const byName = new Intl.Collator('en').compare;

const CAPABILITIES = [
  ['tools', 'tool calling'],
  ['json', 'structured output'],
  ['reasoning', 'reasoning'],
] as const;

/** Whether the model itself (not an offer) meets the requirements: 'yes', 'no' or 'unknown'. */
export function modelMeets(
  model: FindModel,
  needs: Requirements,
  maker: string,
): 'yes' | 'no' | 'unknown' {
  if (!needs.input.every((m) => model.input.includes(m))) return 'no';
  if (!needs.output.every((m) => model.output.includes(m))) return 'no';
  if (needs.openWeights && !model.open) return 'no';
  if (needs.activeOnly && model.status !== 'active') return 'no';
  if (needs.makers.length > 0 && !needs.makers.includes(maker)) return 'no';
  if (needs.notMakers.includes(maker)) return 'no';
  if (needs.minOutput > 0 && model.maxOutput !== undefined && model.maxOutput < needs.minOutput)
    return 'no';
  let unknown = needs.minOutput > 0 && model.maxOutput === undefined;
  for (const [key] of CAPABILITIES) {
    if (!needs[key]) continue;
    if (model[key] === false) return 'no';
    if (model[key] === undefined) unknown = true;
  }
  return unknown ? 'unknown' : 'yes';
}

function priced(data: FindData, model: FindModel, query: FindQuery): Priced[] {
  const { work, needs } = query;
  const list: Priced[] = [];
  for (const offer of model.offers) {
    const provider = data.providers[offer.p];
    if (!provider || offer.free) continue;
    if (needs.kinds.length > 0 && !needs.kinds.includes(provider.kind)) continue;
    if (needs.minContext > 0 && offer.ctx < needs.minContext) continue;
    // A prompt and its answer must fit the window this provider serves.
    if (work.inputTokens + work.outputTokens > offer.ctx) continue;
    const cost = costOf(offer.price, work);
    if (cost) list.push({ offer, provider, cost });
  }
  // Of offers that cost the same, the faster (measured before unmeasured), then by name.
  return list.sort(
    (a, b) =>
      a.cost.perMonth - b.cost.perMonth ||
      (b.offer.tps ?? -1) - (a.offer.tps ?? -1) ||
      byName(a.provider.name, b.provider.name),
  );
}

const BY: Record<FindQuery['sort'], (a: Ranked, b: Ranked) => number> = {
  cost: (a, b) => a.best.cost.perMonth - b.best.cost.perMonth,
  context: (a, b) => b.best.offer.ctx - a.best.offer.ctx,
  // Measured first, fastest first; unmeasured after, by cost.
  speed: (a, b) => (b.speed ?? -1) - (a.speed ?? -1) || a.best.cost.perMonth - b.best.cost.perMonth,
  newest: (a, b) => b.model.released.localeCompare(a.model.released),
};

export function rank(data: FindData, query: FindQuery): Answer {
  const answer: Answer = { results: [], freeOnly: [], unknownCount: 0, overBudget: 0 };
  for (const model of data.models) {
    const meets = modelMeets(model, query.needs, data.makers[model.maker]?.id ?? '');
    if (meets === 'no') continue;
    if (meets === 'unknown') {
      answer.unknownCount++;
      continue;
    }
    const list = priced(data, model, query);
    // Indexing rather than `[best, ...others] = list`: rest destructuring walks an iterator.
    const best = list[0];
    if (!best) {
      const free = model.offers
        .filter((o) => o.free && o.ctx >= query.needs.minContext)
        .map((o) => data.providers[o.p]?.name ?? '');
      if (free.length > 0) answer.freeOnly.push({ model, providers: free });
      continue;
    }
    if (query.needs.budget !== undefined && best.cost.perMonth > query.needs.budget) {
      answer.overBudget++;
      continue;
    }
    let fastest: number | undefined;
    for (const p of list)
      if (p.offer.tps !== undefined) fastest = Math.max(fastest ?? 0, p.offer.tps);
    answer.results.push({
      model,
      maker: data.makers[model.maker]?.name ?? '',
      best,
      others: list.slice(1),
      unknown: CAPABILITIES.filter(([key]) => model[key] === undefined).map(([, label]) => label),
      speed: best.offer.tps ?? fastest,
    });
  }
  // A stable sort: ties keep the data's order, which is by name (the catalog's, kept by findData).
  // Comparing names here instead made ties the larger part of ranking 10,000 models.
  answer.results.sort(BY[query.sort]);
  return answer;
}
