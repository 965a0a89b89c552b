/** What the planner takes (the sources' answers) and what it gives (the plan), shared by its rules. */
import type { Price, Speed } from '../../schemas/offer.ts';
import type { ProviderRecord } from '../../schemas/records.ts';
import type { RefreshState } from '../../schemas/refresh-state.ts';
import type { SourceEntry, SourceId } from '../../sources/types.ts';
import type { EndpointReading } from '../sources/openrouter.ts';

/** `checked` and speed readings are rewritten at most this often, to keep the daily diff readable. */
export const RECHECK_DAYS = 7;

export type SourceRead =
  | {
      id: SourceId;
      ok: true;
      entries: SourceEntry[];
      endpoints?: EndpointReading[];
      notes?: string[];
    }
  | { id: SourceId; ok: false; error: string };

/** Where an offer sits: its provider's file and its place in `offers`. */
export interface OfferRef {
  provider: string;
  index: number;
  model: string;
  variant?: string | undefined;
}

export interface PlannedChange {
  offer: OfferRef;
  before: Price;
  after: Price;
  /** The `source` the offer will cite: `litellm@2026-11-24`. */
  ref: string;
  /** The `source` it cited before, kept in the history entry. */
  previousRef: string;
  /** The as-of date of the prices before, the history entry's `from`. */
  previousUpdated: string;
}

export interface Confirmation {
  offer: OfferRef;
  /** Whether `checked` is old enough to be rewritten (see RECHECK_DAYS). */
  write: boolean;
}

export interface SpeedUpdate {
  offer: OfferRef;
  speed: Speed;
}

export interface Conflict {
  offer: OfferRef;
  field: string;
  before: number | null | undefined;
  /** What each source says, by source ref. */
  says: Record<string, number | null | undefined>;
}

export interface Refusal {
  source: SourceId;
  offer?: OfferRef | undefined;
  reason: string;
  before?: Price | undefined;
  after?: Price | undefined;
}

/**
 * A fee (per call or request) that came or went: one the source now states that the offer lacked
 * (applied with the change that brings it), or one the offer has that its source no longer states
 * (kept, since a source leaving out a key is not a provider dropping a charge; a person checks).
 */
export interface FeeNotice {
  offer: OfferRef;
  source: SourceId;
  /** The fee's path: `fees.web_search_per_1k`. */
  field: string;
  change: 'added' | 'gone';
  before: number | null | undefined;
  after: number | null | undefined;
}

export interface SourceSummary {
  id: SourceId;
  ok: boolean;
  /** Models (entries) the source returned. */
  models: number;
  /** Offers of ours it had prices for. */
  matched: number;
  error?: string | undefined;
  notes: string[];
}

export interface Plan {
  today: string;
  checked: number;
  changes: PlannedChange[];
  confirmations: Confirmation[];
  speeds: SpeedUpdate[];
  unlisted: { offer: OfferRef; source: SourceId }[];
  conflicts: Conflict[];
  refusals: Refusal[];
  fees: FeeNotice[];
  sources: SourceSummary[];
}

export interface PlanInput {
  providers: readonly ProviderRecord[];
  reads: readonly SourceRead[];
  state: RefreshState | undefined;
  today: string;
}
