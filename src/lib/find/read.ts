/**
 * Reading the finder's packed data (pack.ts writes it) by row, without unpacking it whole: the
 * ranking reads each offer's prices from the columns, and `unpack` gives the records back.
 */
import { MODALITIES } from '../../schemas/vocabulary.ts';
import type { Price } from '../../schemas/offer.ts';
import type { FindData, FindModel, FindOffer } from './data.ts';
import { UNKNOWN, type PackedFind } from './pack.ts';
import { unpackBenchmarks } from './scores.ts';

const unbits = (n: number): string[] => MODALITIES.filter((_, i) => n & (1 << i));

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
  const write = priceIn(packed, o.w, row);
  if (input !== undefined) price.input = input;
  if (output !== undefined) price.output = output;
  if (cached !== undefined) price.cached_input = cached;
  if (batchIn !== undefined) price.batch_input = batchIn;
  if (batchOut !== undefined) price.batch_output = batchOut;
  if (write !== undefined) price.cache_write = write;
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
      cache_write: priceIn(packed, o.w, row),
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
