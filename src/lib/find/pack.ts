/**
 * The finder's data as it travels: column by column rather than record by record, with repeated
 * strings (names, dates) as indexes into a list, an offer's price date and source together as one
 * index (a refresh run gives many offers both), and the rare conditional prices (long prompts, peak
 * hours, regions) apart. Columns of like values compress far better than records, which keeps
 * `/find-data.json` small at thousands of models. `unpack(pack(data))` (read.ts) is `data` again.
 */
import { FLAT_PRICE_FIELDS, MODALITIES } from '../../schemas/vocabulary.ts';
import type { Price } from '../../schemas/offer.ts';
import { CONDITIONAL, type ConditionalKey, type FindData } from './data.ts';
import { packBenchmarks, type PackedBenchmark, type PackedScores } from './scores.ts';

const CAPS = ['tools', 'json', 'reasoning'] as const;
/** A price column's value where the price is unknown. */
export const UNKNOWN = -1;

/** The distinct flat prices of the data, the most used first (equal counts: the lower price). */
function priceTable(data: FindData): number[] {
  const uses = new Map<number, number>();
  for (const model of data.models)
    for (const { price } of model.offers)
      for (const key of FLAT_PRICE_FIELDS) {
        const v = price[key];
        if (v != null) uses.set(v, (uses.get(v) ?? 0) + 1);
      }
  return [...uses].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v]) => v);
}

export interface PackedFind {
  v: 6;
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
    /**
     * The 5-minute cache write, as an index into `prices`; -1 where none is listed. A column, not
     * an `extra` row: one offer in eight lists one, and a column of mostly -1 compresses to little.
     */
    w: number[];
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
    w: [],
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
      o.w.push(at(price.cache_write));
      o.ctx.push(offer.ctx === model.context ? 0 : offer.ctx);
      o.d.push(pair(offer.updated, offer.source));
      o.t.push(offer.tps ?? 0);
      o.f.push((offer.stale ? 1 : 0) | (offer.free ? 2 : 0));
      const more = Object.fromEntries(
        CONDITIONAL.filter((k) => k !== 'cache_write' && price[k] != null).map((k) => [
          k,
          price[k],
        ]),
      ) as Pick<Price, ConditionalKey>;
      if (Object.keys(more).length > 0) extra.push([row, more]);
    }
  }
  return {
    v: 6,
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
