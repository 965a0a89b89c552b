/**
 * The finder's answer: every model that meets the requirements, with the cheapest of its offers
 * that qualify for the workload, ranked. Pure, over the packed finder data as `/find-data.json`
 * has it, so the build (the answers shown without JavaScript) and the page's script rank alike.
 *
 * It reads the data by column and builds records only for the results it is asked to show: at
 * 10,000 models, building one for every model and offer took most of the time to the first answer.
 * The arithmetic is the calculator's (`flatMonthly` and `monthlyCost` for every offer, `costOf`
 * for every row shown, tested equal), so a model page prices the same workload the same way.
 */
import { costOf, flatMonthly, monthlyCost, sellsTier, type Cost } from '../pricing/calculator.ts';
import { usesExtras } from '../pricing/workload.ts';
import type { FindData, FindModel, FindOffer } from './data.ts';
import { CAPABILITIES, modelMeets, NO_SCORE, needsOf, SCORE_MET, scoreMeets } from './needs.ts';
import { byName, firstInOrder, nameOrder, orderOf, valueOf, type Cheapest } from './order.ts';
import { UNKNOWN, type PackedFind } from './pack.ts';
import { conditionalPrice, modelAt, packedIndex, priceAt } from './read.ts';
import { kindAllowed, type FindQuery } from './query.ts';
import { onFrontier } from './frontier.ts';
import { benchmarkInfo, chosenBenchmark, scoreColumn, type BenchmarkInfo } from './scores.ts';

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
  /** With a benchmark asked about: the model's headline score on it, if it has one. */
  score?: number;
  /** And its score per dollar (order.ts `valueOf`). */
  value?: number;
  /** No other model of the answer is both cheaper and better on the benchmark (ties allowed). */
  onFrontier?: true;
}

export interface Answer {
  /** The build day the data was packed on: prices' ages are counted to it. */
  today: string;
  /** The first results, in the order asked for: as many as `rank` was asked to show. */
  results: Ranked[];
  /** How many models meet the requirements, all of them. */
  count: number;
  /** Models that meet everything but are served only on free, rate-limited tiers. */
  freeOnly: { model: FindModel; providers: string[] }[];
  /** Models left out only because a capability asked for is unpublished. */
  unknownCount: number;
  /** Models that meet everything but cost more than the budget. */
  overBudget: number;
  /** Models that meet everything but have no score on the benchmark a score is required on. */
  noScore: number;
  /** Models that meet everything but the score required. */
  belowScore: number;
  /** The benchmark the answer is about: the one asked about, or the score sorts' default. */
  benchmark?: BenchmarkInfo;
  /** True when the question sorts by score without naming a benchmark, so the default is used. */
  defaulted?: true;
  /** How many models of the answer are on the frontier of cost against score. */
  frontier?: number;
  /** How many models of the answer have no score on the benchmark (they rank last by score). */
  unscored?: number;
}

/** A model's qualifying offers priced with `costOf`, cheapest first: the rows it shows. */
export function priced(data: FindData['providers'], model: FindModel, query: FindQuery): Priced[] {
  const { work, needs } = query;
  const list: Priced[] = [];
  for (const offer of model.offers) {
    const provider = data[offer.p];
    if (!provider || offer.free) continue;
    if (!kindAllowed(needs, provider.kind)) continue;
    if (needs.minContext > 0 && offer.ctx < needs.minContext) continue;
    // A prompt and its answer must fit the window this provider serves.
    if (work.inputTokens + work.outputTokens > offer.ctx) continue;
    const cost = costOf(offer.price, work);
    // Asked for a priority or flex tier, only the offers that sell it answer.
    if (cost?.tierPriced) list.push({ offer, provider, cost });
  }
  // Of offers that cost the same, the faster (measured before unmeasured), then by name.
  return list.sort(
    (a, b) =>
      a.cost.perMonth - b.cost.perMonth ||
      (b.offer.tps ?? -1) - (a.offer.tps ?? -1) ||
      byName(a.provider.name, b.provider.name),
  );
}

/** The record of a model that is shown: its qualifying offers priced with `costOf`, cheapest first. */
function ranked(
  packed: PackedFind,
  providers: FindData['providers'],
  k: number,
  query: FindQuery,
  c: Cheapest,
  front: Uint8Array | undefined,
): Ranked {
  const model = modelAt(packed, k);
  const list = priced(providers, model, query);
  const best = list[0] as Priced;
  let fastest: number | undefined;
  for (const p of list)
    if (p.offer.tps !== undefined) fastest = Math.max(fastest ?? 0, p.offer.tps);
  const row: Ranked = {
    model,
    maker: packed.makers[model.maker]?.[1] ?? '',
    best,
    others: list.slice(1),
    unknown: CAPABILITIES.filter(([key]) => model[key] === undefined).map(([, label]) => label),
    speed: best.offer.tps ?? fastest,
  };
  const score = c.bench?.score[k] ?? Number.NaN;
  if (c.bench && score === score) {
    row.score = score;
    row.value = valueOf(score, best.cost.perMonth, c.bench.higher, c.bench.max);
    if (front?.[k]) row.onFrontier = true;
  }
  return row;
}

/**
 * Every model's cheapest qualifying offer for the question. It reads numbers only and builds no
 * record: it runs over every offer of the catalog, most of it before the browser has compiled it,
 * and an object made inside the loop made the browser throw the compiled loop away.
 */
function cheapest(packed: PackedFind, query: FindQuery, benchmark: number): Cheapest {
  const { models: m, offers: o } = packed;
  const { start, extraAt, layered } = packedIndex(packed);
  const needs = needsOf(packed, query, benchmark);
  const info = packed.benchmarks[benchmark];
  const order = nameOrder(packed);
  const { work } = query;
  const budget = query.needs.budget;
  const count = m.id.length;
  const out: Cheapest = {
    shown: [],
    cost: new Float64Array(count),
    context: new Float64Array(count),
    speed: new Float64Array(count),
    freeOnly: [],
    unknownCount: 0,
    overBudget: 0,
    noScore: 0,
    belowScore: 0,
    bench: info && {
      score: scoreColumn(packed, benchmark),
      higher: info[6] === 1,
      max: info[5],
    },
  };
  // Columns and requirements as locals: a property read costs where the code is not compiled yet.
  const {
    p: col,
    ctx: ctxs,
    f: flags,
    t: tpss,
    i: ins,
    o: outs,
    c: cacheds,
    bi: bins,
    bo: bouts,
  } = o;
  const { providerOut, minContext, fits } = needs;
  // Tiers, cache writes, searches or media: every offer priced whole, not by its five columns.
  const extras = usesExtras(work);
  const { prices } = packed;
  for (let k = 0; k < count; k++) {
    const meets = modelMeets(packed, k, needs);
    if (meets === 'no') continue;
    if (meets === 'unknown') {
      out.unknownCount++;
      continue;
    }
    const modelContext = m.context[k] ?? 0;
    let best = -1;
    let bestCost = Number.NaN;
    let bestTps = -1;
    let bestOrder = 0;
    let fastest = 0;
    let free = false;
    const end = start[k + 1] ?? 0;
    for (let row = start[k] ?? 0; row < end; row++) {
      const ctx = ctxs[row] || modelContext;
      if ((flags[row] ?? 0) & 2) {
        if (ctx >= minContext) free = true;
        continue;
      }
      const p = col[row] ?? -1;
      if (providerOut[p] !== 0 || ctx < minContext || fits > ctx) continue;
      let month: number;
      // A workload of tokens alone pays nothing for units beside them: only rows with long-prompt,
      // peak, regional prices or a charge per request leave the flat path.
      const e = extraAt[row] ?? -1;
      if (extras) {
        // Asked for a priority or flex tier, only the offers that sell it answer.
        const price = e >= 0 ? conditionalPrice(packed, row, e) : priceAt(packed, row);
        month = sellsTier(price, work) ? monthlyCost(price, work) : Number.NaN;
      } else if (e >= 0 && layered[e]) month = monthlyCost(conditionalPrice(packed, row, e), work);
      else {
        const i = ins[row] ?? UNKNOWN;
        const out = outs[row] ?? UNKNOWN;
        const c = cacheds[row] ?? UNKNOWN;
        const bi = bins[row] ?? UNKNOWN;
        const bo = bouts[row] ?? UNKNOWN;
        month = flatMonthly(
          i < 0 ? null : prices[i],
          out < 0 ? null : prices[out],
          c < 0 ? null : prices[c],
          bi < 0 ? null : prices[bi],
          bo < 0 ? null : prices[bo],
          work,
        );
      }
      if (month !== month) continue; // NaN: the offer cannot price the workload
      // 0 in the column: not measured, which loses a tie to any measurement.
      const tps = (tpss[row] ?? 0) || -1;
      if (tps > fastest) fastest = tps;
      // Of offers that cost the same, the faster, then the provider first by name.
      const place = order[p] ?? 0;
      if (
        best === -1 ||
        month < bestCost ||
        (month === bestCost && (tps > bestTps || (tps === bestTps && place < bestOrder)))
      ) {
        best = row;
        bestCost = month;
        bestTps = tps;
        bestOrder = place;
      }
    }
    const scored = scoreMeets(needs, k);
    if (best === -1) {
      if (free && scored === SCORE_MET) out.freeOnly.push(k);
      continue;
    }
    if (budget !== undefined && bestCost > budget) {
      out.overBudget++;
      continue;
    }
    if (scored !== SCORE_MET) {
      if (scored === NO_SCORE) out.noScore++;
      else out.belowScore++;
      continue;
    }
    out.cost[k] = bestCost;
    out.context[k] = ctxs[best] || modelContext;
    // Measured speed of the best offer, or the fastest measured of the others; -1 for none.
    out.speed[k] = bestTps > 0 ? bestTps : fastest > 0 ? fastest : -1;
    out.shown.push(k);
  }
  return out;
}

/**
 * The answer to `query`, with records for its first `limit` results (all of them by default; the
 * page asks for the rows it draws).
 */
export function rank(packed: PackedFind, query: FindQuery, limit = Infinity): Answer {
  const benchmark = chosenBenchmark(
    packed.benchmarks.map((b) => b[0]),
    query,
  );
  const c = cheapest(packed, query, benchmark);
  const providers = packed.providers.map((p) => ({ id: p[0], name: p[1], kind: p[2] }));
  const { minContext } = query.needs;
  const front = c.bench && onFrontier(c.shown, c.cost, c.bench.score, c.bench.higher);
  const info = packed.benchmarks[benchmark];
  return {
    today: packed.today,
    results: firstInOrder(c.shown, orderOf(packed, c, query.sort), limit).map((k) =>
      ranked(packed, providers, k, query, c, front?.flags),
    ),
    count: c.shown.length,
    freeOnly: c.freeOnly.map((k) => {
      const model = modelAt(packed, k);
      return {
        model,
        providers: model.offers
          .filter((offer) => offer.free && offer.ctx >= minContext)
          .map((offer) => providers[offer.p]?.name ?? ''),
      };
    }),
    unknownCount: c.unknownCount,
    overBudget: c.overBudget,
    noScore: c.noScore,
    belowScore: c.belowScore,
    ...(info && {
      benchmark: benchmarkInfo(info),
      frontier: front?.count ?? 0,
      unscored: c.shown.filter((k) => Number.isNaN(c.bench?.score[k] ?? Number.NaN)).length,
    }),
    // Sorted by score on a benchmark the question did not name (or the data does not have).
    ...(info && info[0] !== query.needs.benchmark && { defaulted: true as const }),
  };
}
