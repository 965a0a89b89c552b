/**
 * Who sells a model at a price: the maker's own API (first-party), a host that runs it, or a
 * reseller, an aggregator that routes each request to another provider's API and bills for it.
 * The headline "from" price is often a reseller's odd figure (OpenAI's $20 passed on at $9.996), so
 * every view can set it beside the maker's own price and can leave resellers out.
 */
import type { Cheapest, ProviderSummary } from './types.ts';

/** First-party provider files whose id is not their maker's. */
const OWN_API: Record<string, string> = { google: 'google-gemini', zhipuai: 'zai' };

/**
 * Whether a provider is the model maker's own API. A maker's retirement date is a fact about its
 * own API; a cloud that hosts the model keeps its own schedule, which needs its own source.
 */
export const makersOwnApi = (providerId: string, creator: string) =>
  providerId === (OWN_API[creator] ?? creator);

/**
 * A reseller: an aggregator that routes requests to other providers' APIs. Takes any string, as the
 * finder's packed data carries the kind as one.
 */
export const isReseller = (provider: { kind: ProviderSummary['kind'] | string }) =>
  provider.kind === 'aggregator';

/** The words a list puts after a reseller's name, so its price is read for what it is. */
export const RESELLER = 'reseller';

/** Whether a headline price is a reseller's. */
export const fromReseller = (c: Cheapest | undefined) => c !== undefined && isReseller(c.provider);
