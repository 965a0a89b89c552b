/**
 * The finder's ranking written the plain way, record by record over unpacked data: what
 * `src/lib/find/rank.ts` did before it read the packed columns. Kept only for the tests, which hold
 * the fast ranking to the same answers on the real catalog, a synthetic one and many questions.
 * The offers of a model are priced by `priced`, as the rows the page shows are; which offer and
 * which models come first is chosen here the plain way, and there from the columns.
 */
import type { FindData, FindModel } from '../../src/lib/find/data.ts';
import type { FindQuery, Requirements } from '../../src/lib/find/query.ts';
import { priced, type Answer, type Ranked } from '../../src/lib/find/rank.ts';

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
    const list = priced(data.providers, model, query);
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
