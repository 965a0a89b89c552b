/**
 * What the workload finder needs of the catalog, and nothing else: one compact record per model
 * with its offers on sale. Built once per build as `/find-data.json` for the page's script, and
 * used as is by the build for the answers shown without JavaScript, so both rank the same data.
 */
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { isFree } from '../catalog/offers.ts';
import { isStale } from '../provenance/freshness.ts';
import { MODALITIES } from '../../schemas/vocabulary.ts';
import type { Price } from '../../schemas/offer.ts';
import { findBenchmarks, type FindBenchmark } from './scores.ts';

export interface FindOffer {
  /** Index into `providers`. */
  p: number;
  /** Prices as the YAML has them, USD per 1M tokens. */
  price: Price;
  /** Context window at this provider. */
  ctx: number;
  updated: string;
  source: string;
  /** Not confirmed within the site's freshness window. */
  stale?: true;
  /** Median output speed, tokens per second, where measured. */
  tps?: number;
  /** A free, rate-limited tier: listed apart, never ranked as a price. */
  free?: true;
}

export interface FindModel {
  id: string;
  name: string;
  /** Index into `makers`. */
  maker: number;
  tier: string;
  released: string;
  status: string;
  /** The day it stops or stopped being served, for a deprecated or retired model. */
  retired?: string;
  context: number;
  maxOutput?: number;
  input: string[];
  output: string[];
  /** Capabilities: true, false, or absent when nobody has published it. */
  tools?: boolean;
  json?: boolean;
  reasoning?: boolean;
  open: boolean;
  /** How many providers sell it, the ones the data leaves out included. */
  providerCount: number;
  /** Its offers that can be the cheapest for some question (see `undominated`). */
  offers: FindOffer[];
}

export interface FindData {
  /** The build day: prices are judged stale against it. */
  today: string;
  providers: { id: string; name: string; kind: string }[];
  makers: { id: string; name: string }[];
  /** In name order, as the catalog has them: the ranking leaves ties in this order. */
  models: FindModel[];
  /** Benchmarks some model is scored on, with each model's headline score (see scores.ts). */
  benchmarks: FindBenchmark[];
}

/**
 * The prices a few offers have beside the five columns every offer packs (input, output, cached,
 * batch): conditional ones (long prompts, peak hours, regions) and the units a workload may pay
 * beside tokens (cache writes, service tiers, fees, audio and images).
 */
export const CONDITIONAL = [
  'long_context',
  'peak',
  'regional',
  'cache_write',
  'cache_write_1h',
  'tiers',
  'fees',
  'audio',
  'image',
] as const;
export type ConditionalKey = (typeof CONDITIONAL)[number];

/** The fields of `from` named, or undefined where it has none of them. */
function only<T extends object, K extends keyof T>(from: T | undefined, keys: readonly K[]) {
  const kept = keys.filter((k) => from?.[k] != null);
  return kept.length > 0
    ? (Object.fromEntries(kept.map((k) => [k, from?.[k]])) as Pick<T, K>)
    : undefined;
}

/**
 * The prices the ranking reads: every one a workload can pay, and of the units beside tokens only
 * what a workload is priced by (`costOf`): the priority and flex tiers, the search and per-request
 * fees, audio by the minute and the first size of image made. Not the reasoning price, which the
 * output price already bills, nor audio and image tokens, fast tiers or grounding, which no workload
 * asks for: carried, they made the data heavier and kept offers the ranking cannot tell apart.
 */
function pricedBy(price: Price): Price {
  const keep: (keyof Price)[] = [
    'input',
    'output',
    'cached_input',
    'batch_input',
    'batch_output',
    'long_context',
    'peak',
    'regional',
    'cache_write',
    'cache_write_1h',
  ];
  const units: Partial<Price> = {
    tiers: only(price.tiers, ['priority', 'flex']),
    fees: only(price.fees, ['web_search_per_1k', 'web_search_free_per_day', 'per_request']),
    audio: only(price.audio, ['input_per_minute', 'output_per_minute']),
    image: price.image?.per_image?.[0] && { per_image: [{ usd: price.image.per_image[0].usd }] },
  };
  return Object.fromEntries(
    [...keep.map((k) => [k, price[k]] as const), ...Object.entries(units)].filter(
      ([, v]) => v != null,
    ),
  ) as Price;
}

function modelRecord(
  m: CatalogModel,
  providerIndex: Map<string, number>,
  makerIndex: Map<string, number>,
  today: string,
  staleDays: number,
  kinds: (p: number) => string,
): FindModel {
  const caps = m.capabilities;
  return {
    id: m.id,
    name: m.name,
    maker: makerIndex.get(m.creator) ?? -1,
    tier: m.tier,
    // An unknown release is '' and sorts after every dated one under "newest".
    released: m.released ?? '',
    status: m.status,
    ...(m.retired !== undefined && { retired: m.retired }),
    context: m.context_window,
    ...(m.max_output !== undefined && { maxOutput: m.max_output }),
    // In the schema's order, whatever the file's: the packed form keeps them as bits.
    input: MODALITIES.filter((x) => m.modalities.input.includes(x)),
    output: MODALITIES.filter((x) => m.modalities.output.includes(x)),
    ...(caps.tool_calling !== undefined && { tools: caps.tool_calling }),
    ...(caps.structured_output !== undefined && { json: caps.structured_output }),
    ...(caps.reasoning !== undefined && { reasoning: caps.reasoning }),
    open: m.open_weights,
    providerCount: m.offers.length,
    offers: undominated(
      m.offers.map((o) => ({
        p: providerIndex.get(o.provider.id) ?? -1,
        price: pricedBy(o.price),
        ctx: o.effectiveContext,
        updated: o.updated,
        source: o.source,
        ...(isStale(o, today, staleDays) && { stale: true as const }),
        ...(o.speed?.tokens_per_second !== undefined && { tps: o.speed.tokens_per_second }),
        ...(isFree(o) && { free: true as const }),
      })),
      kinds,
    ),
  };
}

/**
 * The rates a request is billed at, as the calculator falls back when one is not published. A
 * prompt written to the cache is billed at the write price for its lifetime, or else at the input
 * price the request pays (standard, batch, or the tier's): a rate for each.
 */
function rates(price: Price): number[] | undefined {
  const { input, output } = price;
  if (input == null || output == null) return undefined;
  const inputs = [
    input,
    price.batch_input ?? input,
    ...(['priority', 'flex'] as const).map((t) => price.tiers?.[t]?.input ?? input),
  ];
  return [
    input,
    output,
    price.cached_input ?? input,
    price.batch_input ?? input,
    price.batch_output ?? output,
    ...inputs.map((at) => price.cache_write ?? at),
    ...inputs.map((at) => price.cache_write_1h ?? price.cache_write ?? at),
  ];
}

/**
 * The units an offer bills beside its token rates and cache writes, as one string: two offers
 * compare on their rates only where these are the same, since a tier, a fee or a medium one of
 * them lists and the other does not (or lists dearer) can make either the cheaper.
 */
const UNITS = ['tiers', 'fees', 'audio', 'image'] as const;
const unitsOf = (price: Price) => JSON.stringify(UNITS.map((k) => price[k] ?? null));

/** Whether `a` is at least as fast as `b` for ranking by speed: an unmeasured `b` loses to anything. */
const atLeastAsFast = (a: FindOffer, b: FindOffer) =>
  b.tps === undefined || (a.tps !== undefined && a.tps >= b.tps);

/**
 * The offers that can be a model's cheapest (or fastest) for some workload and some requirements:
 * an offer another one beats on every rate, with at least its context window and its measured
 * speed, from the same kind of provider and billing the same units beside tokens, is never the
 * answer, so the data leaves it out (the model page lists every offer). Offers with conditional
 * prices or no full price are always kept, as are free tiers.
 */
export function undominated(offers: FindOffer[], kindOf: (p: number) => string): FindOffer[] {
  const plain = (o: FindOffer) =>
    !o.free &&
    !o.price.long_context &&
    !o.price.peak &&
    !o.price.regional &&
    rates(o.price) !== undefined;
  return offers.filter((b, j) => {
    if (!plain(b)) return true;
    const rb = rates(b.price) ?? [];
    const ub = unitsOf(b.price);
    return !offers.some((a, i) => {
      if (i === j || !plain(a) || kindOf(a.p) !== kindOf(b.p) || a.ctx < b.ctx) return false;
      if (unitsOf(a.price) !== ub) return false;
      if (!atLeastAsFast(a, b)) return false;
      const ra = rates(a.price) ?? [];
      const noWorse = ra.every((v, k) => v <= (rb[k] ?? Infinity));
      const same = ra.every((v, k) => v === rb[k]) && a.ctx === b.ctx && a.tps === b.tps;
      // Of two alike, the one the ranking would pick (the provider listed first) stays.
      return noWorse && (!same || i < j);
    });
  });
}

export function findData(catalog: Catalog, today: string, staleDays: number): FindData {
  const providers = catalog.providers.map((p) => ({ id: p.id, name: p.name, kind: p.kind }));
  const makers = catalog.creators.map((c) => ({ id: c.id, name: c.name }));
  const providerIndex = new Map(providers.map((p, i) => [p.id, i]));
  const makerIndex = new Map(makers.map((c, i) => [c.id, i]));
  return {
    today,
    providers,
    makers,
    models: catalog.models.map((m) =>
      modelRecord(m, providerIndex, makerIndex, today, staleDays, (p) => providers[p]?.kind ?? ''),
    ),
    benchmarks: findBenchmarks(catalog),
  };
}
