/**
 * The finder's data as it travels: column by column rather than record by record, with repeated
 * strings (names, dates) as indexes into a list, an offer's price date and source together as one
 * index (a refresh run gives many offers both), and the rare conditional prices (long prompts, peak
 * hours, regions) apart. Columns of like values compress far better than records, which keeps
 * `/find-data.json` small at thousands of models. `unpack(pack(data))` is `data` again.
 */
import { FLAT_PRICE_FIELDS, MODALITIES } from '../../schemas/vocabulary.ts';
import type { Price } from '../../schemas/offer.ts';
import {
  CONDITIONAL,
  type ConditionalKey,
  type FindData,
  type FindModel,
  type FindOffer,
} from './data.ts';
import {
  packBenchmarks,
  unpackBenchmarks,
  type PackedBenchmark,
  type PackedScores,
} from './scores.ts';

const CAPS = ['tools', 'json', 'reasoning'] as const;
/** A price column's value where the price is unknown. */
export const UNKNOWN = -1;
/** The flat prices a request is billed at: writing to the cache is not part of the ranking. */
const PRICE_FIELDS = FLAT_PRICE_FIELDS.filter((k) => k !== 'cache_write');

/** The distinct flat prices of the data, the most used first (equal counts: the lower price). */
function priceTable(data: FindData): number[] {
  const uses = new Map<number, number>();
  for (const model of data.models)
    for (const { price } of model.offers)
      for (const key of PRICE_FIELDS) {
        const v = price[key];
        if (v != null) uses.set(v, (uses.get(v) ?? 0) + 1);
      }
  return [...uses].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v]) => v);
}

export interface PackedFind {
  v: 5;
  today: string;
  providers: [string, string, string][];
  makers: [string, string][];
  /** Distinct strings the columns below point into. */
  strings: string[];
  /** Distinct [price date, source] pairs, as indexes into `strings`. */
  dated: [number, number][];
  /**
   * Distinct prices, USD per 1M tokens, the most used first. The price columns point into it: a
   * small whole number parses in a fraction of the time of a decimal, and a catalog's offers share
   * a few hundred prices.
   */
  prices: number[];
  models: {
    /** Ids and names themselves: each is the model's own. */
    id: string[];
    name: string[];
    maker: number[];
    tier: number[];
    released: number[];
    status: number[];
    /** The retirement day as an index into `strings`; -1 for none. */
    retired: number[];
    context: number[];
    /** 0 where the model publishes none. */
    maxOutput: number[];
    /** Bit i set: MODALITIES[i]. */
    input: number[];
    output: number[];
    /** Per capability two bits: 0 unknown, 1 no, 2 yes. */
    caps: number[];
    open: number[];
    /** How many of the offer rows below are this model's, in order. */
    offers: number[];
    providerCount: number[];
  };
  offers: {
    p: number[];
    /**
     * Prices, as indexes into `prices`; -1 where unknown. Not null: a column of numbers only is
     * shorter, and the browser parses it into an array of small integers.
     */
    i: number[];
    o: number[];
    c: number[];
    bi: number[];
    bo: number[];
    ctx: number[];
    /** Index into `dated`. */
    d: number[];
    /** Tokens per second; 0 where not measured. */
    t: number[];
    /** Bit 1: not confirmed recently; bit 2: free tier. */
    f: number[];
  };
  /**
   * Offer rows with conditional prices (long_context, peak, regional) or units beside tokens (cache
   * writes, tiers, fees, audio, image), each row as its gap from the one before (from row 0).
   */
  extra: [number, Pick<Price, ConditionalKey>][];
  /** Benchmarks some model is scored on, the most scored first, and their headline scores. */
  benchmarks: PackedBenchmark[];
  /**
   * By benchmark, sparse (see scores.ts): only the models scored on it. Absent from
   * `/find-data.json`, which the page loads first: `/find-scores.json` holds it.
   */
  scores?: PackedScores[];
}

/** Modalities as bits (bit i: MODALITIES[i]), or undefined when one is not in the vocabulary. */
export function modalityBits(list: readonly string[]): number | undefined {
  let n = 0;
  for (const m of list) {
    const i = (MODALITIES as readonly string[]).indexOf(m);
    if (i < 0) return undefined;
    n |= 1 << i;
  }
  return n;
}
const bits = (list: readonly string[]) => modalityBits(list) ?? 0;
const unbits = (n: number): string[] => MODALITIES.filter((_, i) => n & (1 << i));

export function pack(data: FindData): PackedFind {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const dated: PackedFind['dated'] = [];
  const datedIndex = new Map<string, number>();
  const pair = (updated: string, source: string) => {
    const key = JSON.stringify([updated, source]);
    let i = datedIndex.get(key);
    if (i === undefined) {
      i = dated.length;
      dated.push([str(updated), str(source)]);
      datedIndex.set(key, i);
    }
    return i;
  };
  const m: PackedFind['models'] = {
    id: [],
    name: [],
    maker: [],
    tier: [],
    released: [],
    status: [],
    retired: [],
    context: [],
    maxOutput: [],
    input: [],
    output: [],
    caps: [],
    open: [],
    offers: [],
    providerCount: [],
  };
  const o: PackedFind['offers'] = {
    p: [],
    i: [],
    o: [],
    c: [],
    bi: [],
    bo: [],
    ctx: [],
    d: [],
    t: [],
    f: [],
  };
  const extra: PackedFind['extra'] = [];
  const prices = priceTable(data);
  const priceIndex = new Map(prices.map((v, i) => [v, i]));
  const at = (v: number | null | undefined) =>
    v == null ? UNKNOWN : (priceIndex.get(v) ?? UNKNOWN);
  for (const model of data.models) {
    m.id.push(model.id);
    m.name.push(model.name);
    m.maker.push(model.maker);
    m.tier.push(str(model.tier));
    m.released.push(str(model.released));
    m.status.push(str(model.status));
    m.retired.push(model.retired === undefined ? -1 : str(model.retired));
    m.context.push(model.context);
    m.maxOutput.push(model.maxOutput ?? 0);
    m.input.push(bits(model.input));
    m.output.push(bits(model.output));
    m.caps.push(
      CAPS.reduce(
        (n, key, k) => n | ((model[key] === undefined ? 0 : model[key] ? 2 : 1) << (2 * k)),
        0,
      ),
    );
    m.open.push(model.open ? 1 : 0);
    m.offers.push(model.offers.length);
    m.providerCount.push(model.providerCount);
    for (const offer of model.offers) {
      const row = o.p.length;
      const { price } = offer;
      o.p.push(offer.p);
      o.i.push(at(price.input));
      o.o.push(at(price.output));
      o.c.push(at(price.cached_input));
      o.bi.push(at(price.batch_input));
      o.bo.push(at(price.batch_output));
      o.ctx.push(offer.ctx === model.context ? 0 : offer.ctx);
      o.d.push(pair(offer.updated, offer.source));
      o.t.push(offer.tps ?? 0);
      o.f.push((offer.stale ? 1 : 0) | (offer.free ? 2 : 0));
      const more = Object.fromEntries(
        CONDITIONAL.filter((k) => price[k] != null).map((k) => [k, price[k]]),
      ) as Pick<Price, ConditionalKey>;
      if (Object.keys(more).length > 0) extra.push([row, more]);
    }
  }
  return {
    v: 5,
    today: data.today,
    providers: data.providers.map((p) => [p.id, p.name, p.kind]),
    makers: data.makers.map((c) => [c.id, c.name]),
    strings,
    dated,
    prices,
    models: m,
    offers: o,
    // Gaps, not rows: increasing row numbers written whole were a third of the list gzipped.
    extra: extra.map(([row, more], e) => [row - (extra[e - 1]?.[0] ?? 0), more]),
    ...packBenchmarks(data.benchmarks),
  };
}

/**
 * What reading a packed data set by row needs and the JSON does not hold: where each model's offer
 * rows start, and the conditional prices by row. Worked out once per data set.
 */
export interface PackedIndex {
  /** Model k's offers are rows `start[k]` to `start[k + 1]`. */
  start: Int32Array;
  /** By offer row: where its conditional prices are in `extra`, or -1 for a row without. */
  extraAt: Int32Array;
  /** By place in `extra`: 1 where a workload of tokens alone costs more than the five columns say. */
  layered: Uint8Array;
  /** Conditional rows' prices by their place in `extra`, made once rather than per question. */
  rates: (Price | undefined)[];
}

const indexes = new WeakMap<PackedFind, PackedIndex>();

export function packedIndex(packed: PackedFind): PackedIndex {
  let index = indexes.get(packed);
  if (!index) {
    const counts = packed.models.offers;
    const start = new Int32Array(counts.length + 1);
    for (let k = 0; k < counts.length; k++) start[k + 1] = (start[k] ?? 0) + (counts[k] ?? 0);
    const extraAt = new Int32Array(packed.offers.p.length).fill(-1);
    let row = 0;
    const layered = new Uint8Array(packed.extra.length);
    packed.extra.forEach(([gap, m], e) => {
      extraAt[(row += gap)] = e;
      layered[e] = m.long_context || m.peak || m.regional || m.fees?.per_request ? 1 : 0;
    });
    index = { start, extraAt, layered, rates: [] };
    indexes.set(packed, index);
  }
  return index;
}

/** The price at `column`'s row, undefined where unknown. */
function priceIn(packed: PackedFind, column: number[], row: number): number | undefined {
  const i = column[row] ?? UNKNOWN;
  return i < 0 ? undefined : packed.prices[i];
}

/** Offer row `row`'s prices as the YAML has them (the ones the finder reads). */
export function priceAt(packed: PackedFind, row: number): Price {
  const o = packed.offers;
  const price: Price = {};
  // Plain assignments rather than spreads: unpacking a large catalog runs this for every offer.
  const input = priceIn(packed, o.i, row);
  const output = priceIn(packed, o.o, row);
  const cached = priceIn(packed, o.c, row);
  const batchIn = priceIn(packed, o.bi, row);
  const batchOut = priceIn(packed, o.bo, row);
  if (input !== undefined) price.input = input;
  if (output !== undefined) price.output = output;
  if (cached !== undefined) price.cached_input = cached;
  if (batchIn !== undefined) price.batch_input = batchIn;
  if (batchOut !== undefined) price.batch_output = batchOut;
  const more = packed.extra[packedIndex(packed).extraAt[row] ?? -1]?.[1];
  if (more) Object.assign(price, more);
  return price;
}

/**
 * The prices of row `row`, which has conditional ones (`extraAt[row]` is `e`), as an object with
 * every key present in one order, absent ones undefined: the ranking reads thousands of these in
 * one loop, and objects of one shape are read much faster than objects of many.
 */
export function conditionalPrice(packed: PackedFind, row: number, e: number): Price {
  const { rates } = packedIndex(packed);
  let price = rates[e];
  if (!price) {
    const o = packed.offers;
    const more = packed.extra[e]?.[1];
    price = rates[e] = {
      input: priceIn(packed, o.i, row),
      output: priceIn(packed, o.o, row),
      cached_input: priceIn(packed, o.c, row),
      batch_input: priceIn(packed, o.bi, row),
      batch_output: priceIn(packed, o.bo, row),
      long_context: more?.long_context,
      peak: more?.peak,
      regional: more?.regional,
      cache_write: more?.cache_write,
      cache_write_1h: more?.cache_write_1h,
      tiers: more?.tiers,
      fees: more?.fees,
      audio: more?.audio,
      image: more?.image,
    } as Price;
  }
  return price;
}

/** A few distinct sets of modalities, each decoded once (a model's list is its own copy). */
const decoded = new Map<number, string[]>();
function modalities(n: number): string[] {
  let list = decoded.get(n);
  if (!list) decoded.set(n, (list = unbits(n)));
  return list.slice();
}

/** Model `k` as a record, its offers with it: what `unpack` gives for it. */
export function modelAt(packed: PackedFind, k: number): FindModel {
  const s = (i: number | undefined) => packed.strings[i ?? -1] ?? '';
  const { models: m, offers: o } = packed;
  const { start } = packedIndex(packed);
  const context = m.context[k] ?? 0;
  const offers: FindOffer[] = [];
  for (let row = start[k] ?? 0; row < (start[k + 1] ?? 0); row++) {
    const f = o.f[row] ?? 0;
    const tps = o.t[row] ?? 0;
    // Indexing, not destructuring: an array pattern walks an iterator, slow before compiling.
    const pair = packed.dated[o.d[row] ?? -1];
    const offer: FindOffer = {
      p: o.p[row] ?? -1,
      price: priceAt(packed, row),
      ctx: o.ctx[row] || context,
      updated: s(pair?.[0]),
      source: s(pair?.[1]),
    };
    if (f & 1) offer.stale = true;
    if (tps > 0) offer.tps = tps;
    if (f & 2) offer.free = true;
    offers.push(offer);
  }
  const caps = m.caps[k] ?? 0;
  const cap = (c: number) => [undefined, false, true, false][(caps >> (2 * c)) & 3];
  const tools = cap(0);
  const json = cap(1);
  const reasoning = cap(2);
  const maxOutput = m.maxOutput[k] ?? 0;
  return {
    id: m.id[k] ?? '',
    name: m.name[k] ?? '',
    maker: m.maker[k] ?? -1,
    tier: s(m.tier[k]),
    released: s(m.released[k]),
    status: s(m.status[k]),
    ...((m.retired[k] ?? -1) >= 0 && { retired: s(m.retired[k]) }),
    context,
    ...(maxOutput > 0 && { maxOutput }),
    input: modalities(m.input[k] ?? 0),
    output: modalities(m.output[k] ?? 0),
    ...(tools !== undefined && { tools }),
    ...(json !== undefined && { json }),
    ...(reasoning !== undefined && { reasoning }),
    open: m.open[k] === 1,
    providerCount: m.providerCount[k] ?? offers.length,
    offers,
  };
}

export function unpack(packed: PackedFind): FindData {
  return {
    today: packed.today,
    providers: packed.providers.map(([id, name, kind]) => ({ id, name, kind })),
    makers: packed.makers.map(([id, name]) => ({ id, name })),
    models: packed.models.id.map((_, k) => modelAt(packed, k)),
    benchmarks: unpackBenchmarks(packed.benchmarks, packed.scores ?? []),
  };
}
