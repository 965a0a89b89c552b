/**
 * The catalog's shapes: a model joined with its maker and offers, and what the build derives for it.
 * Types only, and they import nothing from the rooms that use them, so every module of the catalog
 * (and every page) can name them without an import circle.
 */
import type {
  BenchmarkRecord,
  CreatorRecord,
  EvaluatorRecord,
  ModelRecord,
  ProviderRecord,
} from '../../schemas/records.ts';
import type { Offer } from '../../schemas/offer.ts';
import type { RefreshState } from '../../schemas/refresh-state.ts';

export type ProviderSummary = Pick<ProviderRecord, 'id' | 'name' | 'kind' | 'url' | 'pricing_url'>;

export interface CatalogOffer extends Offer {
  provider: ProviderSummary;
  /** The offer's context window, or the model's when the provider does not restrict it. */
  effectiveContext: number;
}

export interface Cheapest {
  price: number;
  provider: ProviderSummary;
  /** The day that price was last seen to hold (its check, or the day it was taken). */
  asOf?: string;
}

export interface CatalogModel extends ModelRecord {
  creatorName: string;
  /** Offers on sale, sorted by input price, unknown prices and then free tiers last. */
  offers: CatalogOffer[];
  /** Offers the provider has stopped selling, newest withdrawal first: shown, never as buyable. */
  withdrawnOffers: CatalogOffer[];
  cheapestInput: Cheapest | undefined;
  cheapestOutput: Cheapest | undefined;
  /** The same, leaving resellers out (`sellers.ts`): what the "leave out resellers" switch shows. */
  cheapestInputDirect: Cheapest | undefined;
  cheapestOutputDirect: Cheapest | undefined;
  /** The maker's own API's input and output price, when it sells the model itself. */
  firstParty: { input: Cheapest | undefined; output: Cheapest | undefined } | undefined;
  /** Cheapest blended price (3 input tokens to 1 output token) of one offer that has both. */
  cheapestBlended: Cheapest | undefined;
  /** Fastest measured output speed of any offer, tokens per second. */
  fastest: number | undefined;
  providerCount: number;
  /** Providers that serve it free of charge (rate-limited tiers); not counted as cheapest. */
  freeTiers: ProviderSummary[];
}

export interface Catalog {
  models: CatalogModel[];
  modelById: Map<string, CatalogModel>;
  creators: CreatorRecord[];
  creatorById: Map<string, CreatorRecord>;
  providers: ProviderRecord[];
  /** The controlled list of benchmarks, by name, and the evaluators whose scores we take. */
  benchmarks: BenchmarkRecord[];
  benchmarkById: Map<string, BenchmarkRecord>;
  evaluatorById: Map<string, EvaluatorRecord>;
  refreshState: RefreshState | undefined;
  /** Where each model stands in its tier, by model id. */
  ranks: Map<string, TierRanks>;
  competitorsOf: (model: CatalogModel) => CatalogModel[];
}

export interface CatalogInput {
  creators: readonly CreatorRecord[];
  models: readonly ModelRecord[];
  providers: readonly ProviderRecord[];
  benchmarks?: readonly BenchmarkRecord[];
  evaluators?: readonly EvaluatorRecord[];
  refreshState?: RefreshState | undefined;
}

/** The numbers a model is ranked on within its tier (`ranks.ts`). */
export const RANKED = ['price', 'context', 'speed', 'cutoff'] as const;
export type Ranked = (typeof RANKED)[number];

export interface Rank {
  /** 1 is best; ties share a position (1, 1, 3). */
  position: number;
  /** How many models in the tier have this number. */
  of: number;
  /** How many of them have this same value, this model included: 1 unless it is a tie. */
  shared: number;
  value: number;
  /** The tier's median of this number. */
  median: number;
}

export type TierRanks = Partial<Record<Ranked, Rank>>;
