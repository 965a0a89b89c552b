/**
 * The finder's data as it travels: column by column rather than record by record, with repeated
 * strings (dates, sources) as indexes into lists and the rare conditional prices (long prompts,
 * peak hours, regions) apart. Columns of like values compress far better than records, which keeps
 * `/find-data.json` small at thousands of models. `unpack(pack(data))` is `data` again.
 */
import { MODALITIES } from '../../schemas/model.ts';
import type { Price } from '../../schemas/offer.ts';
import type { FindData, FindModel, FindOffer } from './data.ts';

const CAPS = ['tools', 'json', 'reasoning'] as const;

export interface PackedFind {
  v: 1;
  today: string;
  providers: [string, string, string][];
  makers: [string, string][];
  /** Distinct strings the columns below point into. */
  strings: string[];
  models: {
    id: number[];
    name: number[];
    maker: number[];
    tier: number[];
    released: number[];
    status: number[];
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
    /** Prices; null where unknown. */
    i: (number | null)[];
    o: (number | null)[];
    c: (number | null)[];
    bi: (number | null)[];
    bo: (number | null)[];
    ctx: number[];
    updated: number[];
    source: number[];
    /** Bit 1: not confirmed recently; bit 2: free tier. */
    f: number[];
  };
  /** Offer row → tokens per second, where measured. */
  speed: [number, number][];
  /** Offer row → the conditional prices it has (long_context, peak, regional). */
  extra: [number, Pick<Price, 'long_context' | 'peak' | 'regional'>][];
}

const bits = (list: readonly string[]) =>
  list.reduce((n, m) => n | (1 << (MODALITIES as readonly string[]).indexOf(m)), 0);
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
  const m: PackedFind['models'] = {
    id: [],
    name: [],
    maker: [],
    tier: [],
    released: [],
    status: [],
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
    updated: [],
    source: [],
    f: [],
  };
  const speed: PackedFind['speed'] = [];
  const extra: PackedFind['extra'] = [];
  for (const model of data.models) {
    m.id.push(str(model.id));
    m.name.push(str(model.name));
    m.maker.push(model.maker);
    m.tier.push(str(model.tier));
    m.released.push(str(model.released));
    m.status.push(str(model.status));
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
      o.i.push(price.input ?? null);
      o.o.push(price.output ?? null);
      o.c.push(price.cached_input ?? null);
      o.bi.push(price.batch_input ?? null);
      o.bo.push(price.batch_output ?? null);
      o.ctx.push(offer.ctx === model.context ? 0 : offer.ctx);
      o.updated.push(str(offer.updated));
      o.source.push(str(offer.source));
      o.f.push((offer.stale ? 1 : 0) | (offer.free ? 2 : 0));
      if (offer.tps !== undefined) speed.push([row, offer.tps]);
      const more = {
        ...(price.long_context && { long_context: price.long_context }),
        ...(price.peak && { peak: price.peak }),
        ...(price.regional && { regional: price.regional }),
      };
      if (Object.keys(more).length > 0) extra.push([row, more]);
    }
  }
  return {
    v: 1,
    today: data.today,
    providers: data.providers.map((p) => [p.id, p.name, p.kind]),
    makers: data.makers.map((c) => [c.id, c.name]),
    strings,
    models: m,
    offers: o,
    speed,
    extra,
  };
}

export function unpack(packed: PackedFind): FindData {
  const s = (i: number | undefined) => packed.strings[i ?? -1] ?? '';
  const { models: m, offers: o } = packed;
  const speed = new Map(packed.speed);
  const extra = new Map(packed.extra);
  const models: FindModel[] = [];
  let row = 0;
  m.id.forEach((id, k) => {
    const context = m.context[k] ?? 0;
    const offers: FindOffer[] = [];
    for (let n = 0; n < (m.offers[k] ?? 0); n++, row++) {
      const price: Price = {};
      const set = (
        key: 'input' | 'output' | 'cached_input' | 'batch_input' | 'batch_output',
        v: number | null | undefined,
      ) => {
        if (v != null) price[key] = v;
      };
      set('input', o.i[row]);
      set('output', o.o[row]);
      set('cached_input', o.c[row]);
      set('batch_input', o.bi[row]);
      set('batch_output', o.bo[row]);
      Object.assign(price, extra.get(row));
      const f = o.f[row] ?? 0;
      const tps = speed.get(row);
      offers.push({
        p: o.p[row] ?? -1,
        price,
        ctx: o.ctx[row] || context,
        updated: s(o.updated[row]),
        source: s(o.source[row]),
        ...(f & 1 && { stale: true as const }),
        ...(tps !== undefined && { tps }),
        ...(f & 2 && { free: true as const }),
      });
    }
    const caps = m.caps[k] ?? 0;
    const cap = (c: number) => {
      const v = (caps >> (2 * c)) & 3;
      return v === 0 ? undefined : v === 2;
    };
    const [tools, json, reasoning] = [cap(0), cap(1), cap(2)];
    const maxOutput = m.maxOutput[k] ?? 0;
    models.push({
      id: s(id),
      name: s(m.name[k]),
      maker: m.maker[k] ?? -1,
      tier: s(m.tier[k]),
      released: s(m.released[k]),
      status: s(m.status[k]),
      context,
      ...(maxOutput > 0 && { maxOutput }),
      input: unbits(m.input[k] ?? 0),
      output: unbits(m.output[k] ?? 0),
      ...(tools !== undefined && { tools }),
      ...(json !== undefined && { json }),
      ...(reasoning !== undefined && { reasoning }),
      open: m.open[k] === 1,
      providerCount: m.providerCount[k] ?? offers.length,
      offers,
    });
  });
  return {
    today: packed.today,
    providers: packed.providers.map(([id, name, kind]) => ({ id, name, kind })),
    makers: packed.makers.map(([id, name]) => ({ id, name })),
    models,
  };
}
