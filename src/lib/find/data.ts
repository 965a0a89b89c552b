/**
 * What the workload finder needs of the catalog, and nothing else: one compact record per model
 * with its offers on sale. Built once per build as `/find-data.json` for the page's script, and
 * used as is by the build for the answers shown without JavaScript, so both rank the same data.
 */
import type { Catalog, CatalogModel } from '../build-catalog.ts';
import { isFree } from '../build-catalog.ts';
import { isStale } from '../freshness.ts';
import type { Price } from '../../schemas/offer.ts';

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
  context: number;
  maxOutput?: number;
  input: string[];
  output: string[];
  /** Capabilities: true, false, or absent when nobody has published it. */
  tools?: boolean;
  json?: boolean;
  reasoning?: boolean;
  open: boolean;
  offers: FindOffer[];
}

export interface FindData {
  /** The build day: prices are judged stale against it. */
  today: string;
  providers: { id: string; name: string; kind: string }[];
  makers: { id: string; name: string }[];
  models: FindModel[];
}

function modelRecord(
  m: CatalogModel,
  providerIndex: Map<string, number>,
  makerIndex: Map<string, number>,
  today: string,
  staleDays: number,
): FindModel {
  const caps = m.capabilities;
  return {
    id: m.id,
    name: m.name,
    maker: makerIndex.get(m.creator) ?? -1,
    tier: m.tier,
    released: m.released,
    status: m.status,
    context: m.context_window,
    ...(m.max_output !== undefined && { maxOutput: m.max_output }),
    input: m.modalities.input,
    output: m.modalities.output,
    ...(caps.tool_calling !== undefined && { tools: caps.tool_calling }),
    ...(caps.structured_output !== undefined && { json: caps.structured_output }),
    ...(caps.reasoning !== undefined && { reasoning: caps.reasoning }),
    open: m.open_weights,
    offers: m.offers.map((o) => ({
      p: providerIndex.get(o.provider.id) ?? -1,
      price: o.price,
      ctx: o.effectiveContext,
      updated: o.updated,
      source: o.source,
      ...(isStale(o, today, staleDays) && { stale: true as const }),
      ...(o.speed?.tokens_per_second !== undefined && { tps: o.speed.tokens_per_second }),
      ...(isFree(o) && { free: true as const }),
    })),
  };
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
    models: catalog.models.map((m) => modelRecord(m, providerIndex, makerIndex, today, staleDays)),
  };
}
