/** What every price source is turned into: one entry per (provider, model) it lists. */
import { roundPrice } from '../util/decimal.ts';
import type { Price } from '../schemas/offer.ts';
import type { ProviderRecord } from '../schemas/records.ts';
import type { SOURCE_IDS } from '../schemas/fields.ts';
import type { Units } from '../schemas/units.ts';

export type SourceId = (typeof SOURCE_IDS)[number];

/** Facts about a model itself, as a catalogue states them (models.dev has them; others less). */
export interface ModelFacts {
  name?: string | undefined;
  family?: string | undefined;
  released?: string | undefined;
  knowledgeCutoff?: string | undefined;
  input?: string[] | undefined;
  output?: string[] | undefined;
  reasoning?: boolean | undefined;
  toolCalling?: boolean | undefined;
  structuredOutput?: boolean | undefined;
  openWeights?: boolean | undefined;
  license?: string | undefined;
  weights?: string | undefined;
}

export interface SourceEntry {
  source: SourceId;
  /** The revision cited as an offer's `source`: `modelsdev@f3fc692`. */
  ref: string;
  /** The date the source's numbers are as of: an offer's `updated`. */
  asOf: string;
  /** The source's own name for the provider: `azure`, `together_ai`, `OpenRouter`. */
  provider: string;
  /** The model's id in the provider's API, as the source gives it. */
  id: string;
  /** The source's provider-independent id for the model, when it links one (models.dev). */
  canonical?: string | undefined;
  price: Price;
  contextWindow?: number | undefined;
  maxOutput?: number | undefined;
  /** The source's status word: deprecated, beta, … */
  status?: string | undefined;
  facts?: ModelFacts | undefined;
}

/** Builds a Price from optional numbers, leaving out what the source does not give. */
export function priceOf(fields: Record<string, number | undefined>): Price {
  const price: Record<string, number> = {};
  for (const [key, value] of Object.entries(fields)) {
    const rounded = roundPrice(value);
    if (rounded !== undefined) price[key] = rounded;
  }
  return price as Price;
}

/** A group of unit prices (a service tier, `audio`, `fees`), or undefined when none is stated. */
export function groupOf<T extends object>(
  fields: Record<string, number | undefined>,
): T | undefined {
  const group = priceOf(fields) as Record<string, number>;
  return Object.keys(group).length > 0 ? (group as T) : undefined;
}

/**
 * The price with the units a source states laid on it (`tiers`, `audio`, `fees`, …); a unit it
 * does not state is left out, never written as 0 or null.
 */
export function withUnits(price: Price, units: Units): Price {
  const out: Record<string, unknown> = { ...price };
  for (const [key, value] of Object.entries(units) as [string, unknown][]) {
    if (typeof value === 'number') out[key] = roundPrice(value);
    else if (value !== undefined && value !== null && typeof value === 'object') {
      const stated = Object.entries(value).filter(([, v]) => v !== undefined);
      if (stated.length > 0) out[key] = Object.fromEntries(stated);
    }
  }
  return out as Price;
}

/** Whether a source gives any per-token price at all (some list a model with no price). */
export function hasPrice(price: Price): boolean {
  return price.input != null || price.output != null;
}

/** 0 in and 0 out: a free, rate-limited tier (`:free` variants, playgrounds), not a list price. */
export function isFreeTier(price: Price): boolean {
  return price.input === 0 && price.output === 0;
}

/** Which names a provider file lists for a source (`sources.litellm: [azure, azure_ai]`), as a list. */
export function sourceNames(provider: Pick<ProviderRecord, 'sources'>, source: SourceId): string[] {
  const names = provider.sources?.[source];
  return names === undefined ? [] : typeof names === 'string' ? [names] : names;
}
