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
import { costOf, flatMonthly, monthlyCost, type Cost } from '../calculator.ts';
import type { FindData, FindModel, FindOffer } from './data.ts';
import {
  conditionalPrice,
  modalityBits,
  modelAt,
  packedIndex,
  UNKNOWN,
  type PackedFind,
} from './pack.ts';
import type { FindQuery } from './query.ts';

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
}

/** Names in order, alike wherever the ranking runs (one collator: `localeCompare` makes one per call). */
const byName = new Intl.Collator('en').compare;

const CAPABILITIES = [
  ['tools', 'tool calling'],
  ['json', 'structured output'],
  ['reasoning', 'reasoning'],
] as const;

/** A model's qualifying offers priced with `costOf`, cheapest first: the rows it shows. */
export function priced(data: FindData['providers'], model: FindModel, query: FindQuery): Priced[] {
  const { work, needs } = query;
  const list: Priced[] = [];
  for (const offer of model.offers) {
    const provider = data[offer.p];
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

/** The query's requirements as the packed columns say them: bit masks and lookups by index. */
interface Needs {
  input: number;
  output: number;
  /** Per capability (two bits each): the ones asked for. */
  caps: number;
  minOutput: number;
  open: boolean;
  /** Index in `strings` of "active", or -2 when any status will do (-1: nobody is active). */
  active: number;
  /** By maker index: leave out. */
  makerOut: Uint8Array;
  /** For a model whose maker is not in the list: left out when only some makers will do. */
  unknownMakerOut: number;
  /** By provider index: leave out. */
  providerOut: Uint8Array;
  minContext: number;
  /** The prompt and its answer: a provider's window must hold them. */
  fits: number;
}

function needsOf(packed: PackedFind, query: FindQuery): Needs {
  const { needs, work } = query;
  const makerOut = new Uint8Array(packed.makers.length);
  packed.makers.forEach(([id], i) => {
    if ((needs.makers.length > 0 && !needs.makers.includes(id)) || needs.notMakers.includes(id))
      makerOut[i] = 1;
  });
  const providerOut = new Uint8Array(packed.providers.length);
  if (needs.kinds.length > 0)
    packed.providers.forEach(([, , kind], i) => {
      if (!needs.kinds.includes(kind)) providerOut[i] = 1;
    });
  return {
    // -1 for a modality the vocabulary does not have: no model reads or writes it.
    input: modalityBits(needs.input) ?? -1,
    output: modalityBits(needs.output) ?? -1,
    caps: CAPABILITIES.reduce((n, [key], c) => n | (needs[key] ? 3 << (2 * c) : 0), 0),
    minOutput: needs.minOutput,
    open: needs.openWeights,
    active: needs.activeOnly ? packed.strings.indexOf('active') : -2,
    makerOut,
    unknownMakerOut: needs.makers.length > 0 ? 1 : 0,
    providerOut,
    minContext: needs.minContext,
    fits: work.inputTokens + work.outputTokens,
  };
}

/** Whether model `k` itself (not an offer) meets the requirements: 'yes', 'no' or 'unknown'. */
function modelMeets(packed: PackedFind, k: number, needs: Needs): 'yes' | 'no' | 'unknown' {
  const m = packed.models;
  const input = m.input[k] ?? 0;
  const output = m.output[k] ?? 0;
  if (needs.input === -1 || (input & needs.input) !== needs.input) return 'no';
  if (needs.output === -1 || (output & needs.output) !== needs.output) return 'no';
  if (needs.open && m.open[k] !== 1) return 'no';
  if (needs.active !== -2 && m.status[k] !== needs.active) return 'no';
  if ((needs.makerOut[m.maker[k] ?? -1] ?? needs.unknownMakerOut) !== 0) return 'no';
  const maxOutput = m.maxOutput[k] ?? 0;
  if (needs.minOutput > 0 && maxOutput > 0 && maxOutput < needs.minOutput) return 'no';
  let unknown = needs.minOutput > 0 && maxOutput === 0;
  // Two bits per capability asked about: 0 unpublished, 1 no, 2 yes.
  const caps = (m.caps[k] ?? 0) & needs.caps;
  for (let c = 0; c < CAPABILITIES.length; c++) {
    if (((needs.caps >> (2 * c)) & 3) === 0) continue;
    const v = (caps >> (2 * c)) & 3;
    if (v === 1) return 'no';
    if (v === 0) unknown = true;
  }
  return unknown ? 'unknown' : 'yes';
}

/**
 * The first `limit` of `items` in `compare`'s order (a total order: ties broken by index). With a
 * few rows to show out of thousands, keeping the best so far beats sorting them all: most items
 * lose to the last one kept at the first comparison.
 */
function firstInOrder(items: number[], compare: (a: number, b: number) => number, limit: number) {
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
function nameOrder(packed: PackedFind): Int32Array {
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

/** The record of a model that is shown: its qualifying offers priced with `costOf`, cheapest first. */
function ranked(
  packed: PackedFind,
  providers: FindData['providers'],
  k: number,
  query: FindQuery,
): Ranked {
  const model = modelAt(packed, k);
  const list = priced(providers, model, query);
  const best = list[0] as Priced;
  let fastest: number | undefined;
  for (const p of list)
    if (p.offer.tps !== undefined) fastest = Math.max(fastest ?? 0, p.offer.tps);
  return {
    model,
    maker: packed.makers[model.maker]?.[1] ?? '',
    best,
    others: list.slice(1),
    unknown: CAPABILITIES.filter(([key]) => model[key] === undefined).map(([, label]) => label),
    speed: best.offer.tps ?? fastest,
  };
}

/** Per model, what choosing and ordering it takes: numbers only, by model index. */
interface Cheapest {
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

/**
 * Every model's cheapest qualifying offer for the question. It reads numbers only and builds no
 * record: it runs over every offer of the catalog, most of it before the browser has compiled it,
 * and an object made inside the loop made the browser throw the compiled loop away.
 */
function cheapest(packed: PackedFind, query: FindQuery): Cheapest {
  const { models: m, offers: o } = packed;
  const { start, extraAt } = packedIndex(packed);
  const needs = needsOf(packed, query);
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
      const e = extraAt[row] ?? -1;
      if (e >= 0) month = monthlyCost(conditionalPrice(packed, row, e), work);
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
    if (best === -1) {
      if (free) out.freeOnly.push(k);
      continue;
    }
    if (budget !== undefined && bestCost > budget) {
      out.overBudget++;
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

/** The order asked for, over model indices; ties keep the data's order, which is by name. */
function orderOf(packed: PackedFind, c: Cheapest, sort: FindQuery['sort']) {
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

/**
 * The answer to `query`, with records for its first `limit` results (all of them by default; the
 * page asks for the rows it draws).
 */
export function rank(packed: PackedFind, query: FindQuery, limit = Infinity): Answer {
  const c = cheapest(packed, query);
  const providers = packed.providers.map((p) => ({ id: p[0], name: p[1], kind: p[2] }));
  const { minContext } = query.needs;
  return {
    results: firstInOrder(c.shown, orderOf(packed, c, query.sort), limit).map((k) =>
      ranked(packed, providers, k, query),
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
  };
}
