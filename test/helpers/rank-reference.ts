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
import { chosenBenchmark, type FindBenchmark } from '../../src/lib/find/scores.ts';

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
  if (!needs.withRetired && model.status === 'retired') return 'no';
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

/** Scored before unscored; of two scored, the one `better` puts first; else a tie. */
const scoredFirst =
  (better: (a: number, b: number) => number) =>
  ({ score: a }: Ranked, { score: b }: Ranked) =>
    a === undefined || b === undefined
      ? Number(a === undefined) - Number(b === undefined)
      : better(a, b);

function orders(
  benchmark: FindBenchmark | undefined,
): Record<FindQuery['sort'], (a: Ranked, b: Ranked) => number> {
  // Months equal to the millionth of a dollar tie (their sums may differ in the last bits), and
  // keep the data's order.
  const cost = (a: Ranked, b: Ranked) =>
    Math.round(a.best.cost.perMonth * 1e6) - Math.round(b.best.cost.perMonth * 1e6);
  const higher = benchmark?.higherIsBetter ?? true;
  return {
    cost,
    context: (a, b) => b.best.offer.ctx - a.best.offer.ctx,
    // Measured first, fastest first; unmeasured after, by cost.
    speed: (a, b) => (b.speed ?? -1) - (a.speed ?? -1) || cost(a, b),
    newest: (a, b) => b.model.released.localeCompare(a.model.released),
    // Scored first, best first, then by cost; the unscored after, by cost.
    score: (a, b) => scoredFirst((x, y) => (higher ? y - x : x - y))(a, b) || cost(a, b),
    value: (a, b) =>
      scoredFirst(() => {
        const x = a.value ?? 0;
        const y = b.value ?? 0;
        return x === y ? 0 : x < y ? 1 : -1;
      })(a, b) || cost(a, b),
  };
}

/** Score per dollar, the plain way: more is better, so a lower-is-better score counts as max − score. */
function valueOf(score: number, month: number, benchmark: FindBenchmark): number {
  const points = benchmark.higherIsBetter ? score : benchmark.max - score;
  if (month === 0) return points > 0 ? Infinity : 0;
  return points / month;
}

/** Whether some other result is at least as cheap and as good, and better on one of the two. */
function beaten(r: Ranked, all: readonly Ranked[], higher: boolean): boolean {
  const score = r.score;
  if (score === undefined || r.best.cost.perMonth <= 0) return true;
  const better = (a: number, b: number) => (higher ? a > b : a < b);
  return all.some(
    (o) =>
      o.score !== undefined &&
      o.best.cost.perMonth > 0 &&
      o.best.cost.perMonth <= r.best.cost.perMonth &&
      (o.score === score || better(o.score, score)) &&
      (o.best.cost.perMonth < r.best.cost.perMonth || better(o.score, score)),
  );
}

export function rankReference(data: FindData, query: FindQuery): Answer {
  const answer: Answer = {
    today: data.today,
    results: [],
    count: 0,
    freeOnly: [],
    unknownCount: 0,
    overBudget: 0,
    noScore: 0,
    belowScore: 0,
  };
  const benchmark =
    data.benchmarks[
      chosenBenchmark(
        data.benchmarks.map((b) => b.id),
        query,
      )
    ];
  const scores = new Map(benchmark?.scores);
  const min = benchmark?.id === query.needs.benchmark ? query.needs.minScore : undefined;
  data.models.forEach((model, k) => {
    const score = scores.get(k);
    const reaches =
      min === undefined ||
      (score !== undefined && (benchmark?.higherIsBetter ? score >= min : score <= min));
    const meets = modelMeets(model, query.needs, data.makers[model.maker]?.id ?? '');
    if (meets === 'no') return;
    if (meets === 'unknown') {
      answer.unknownCount++;
      return;
    }
    const list = priced(data.providers, model, query);
    // Indexing rather than `[best, ...others] = list`: rest destructuring walks an iterator.
    const best = list[0];
    if (!best) {
      const free = model.offers
        .filter((o) => o.free && o.ctx >= query.needs.minContext)
        .map((o) => data.providers[o.p]?.name ?? '');
      if (free.length > 0 && reaches) answer.freeOnly.push({ model, providers: free });
      return;
    }
    if (query.needs.budget !== undefined && best.cost.perMonth > query.needs.budget) {
      answer.overBudget++;
      return;
    }
    if (!reaches) {
      if (score === undefined) answer.noScore++;
      else answer.belowScore++;
      return;
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
      ...(benchmark &&
        score !== undefined && {
          score,
          value: valueOf(score, best.cost.perMonth, benchmark),
        }),
    });
  });
  if (benchmark) {
    const info = {
      id: benchmark.id,
      name: benchmark.name,
      category: benchmark.category,
      unit: benchmark.unit,
      min: benchmark.min,
      max: benchmark.max,
      higherIsBetter: benchmark.higherIsBetter,
    };
    answer.benchmark = info;
    if (info.id !== query.needs.benchmark) answer.defaulted = true;
    const front = answer.results.filter((r) => !beaten(r, answer.results, info.higherIsBetter));
    for (const r of front) r.onFrontier = true;
    answer.frontier = front.length;
    answer.unscored = answer.results.filter((r) => r.score === undefined).length;
  }
  // A stable sort: ties keep the data's order, which is by name (the catalog's, kept by findData).
  // Comparing names here instead made ties the larger part of ranking 10,000 models.
  answer.results.sort(orders(benchmark)[query.sort]);
  answer.count = answer.results.length;
  return answer;
}
