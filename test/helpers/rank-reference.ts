/**
 * The finder's ranking written the plain way, record by record over unpacked data: what
 * `src/lib/find/rank.ts` did before it read the packed columns. Kept only for the tests, which hold
 * the fast ranking to the same answers on the real catalog, a synthetic one and many questions.
 */
import { costOf } from '../../src/lib/calculator.ts';
import type { FindData, FindModel } from '../../src/lib/find/data.ts';
import type { FindQuery, Requirements } from '../../src/lib/find/query.ts';
import type { Answer, Priced, Ranked } from '../../src/lib/find/rank.ts';

/** Names in order, alike wherever the ranking runs (one collator: `localeCompare` makes one per call). */
const byName = new Intl.Collator('en').compare;

const CAPABILITIES = [
  ['tools', 'tool calling'],
  ['json', 'structured output'],
  ['reasoning', 'reasoning'],
] as const;

/** Whether the model itself (not an offer) meets the requirements: 'yes', 'no' or 'unknown'. */
function modelMeets(
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

export function rankReference(data: FindData, query: FindQuery): Answer {
  const answer: Answer = { results: [], count: 0, freeOnly: [], unknownCount: 0, overBudget: 0 };
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
  answer.count = answer.results.length;
  return answer;
}
