/**
 * The sources' answers, indexed for the planner: which sources may be used at all (one that shrank
 * too far is refused whole), each one's entries by provider and id, and OpenRouter's endpoints.
 */
import type { Offer } from '../../schemas/offer.ts';
import type { ProviderRecord } from '../../schemas/records.ts';
import type { RefreshState } from '../../schemas/refresh-state.ts';
import { catalogueOf } from '../../schemas/fields.ts';
import { sourceNames, type SourceEntry, type SourceId } from '../../sources/types.ts';
import type { EndpointReading } from '../sources/openrouter.ts';
import type { Plan, SourceRead, SourceSummary } from './types.ts';

/** A source that lists fewer than this share of the models it listed last time is not trusted. */
export const MIN_SHARE_OF_LAST = 0.5;

/**
 * The source an offer's prices come from: `litellm@00035b69` is LiteLLM; a link is no source.
 * `npm run diff` reads the same rule (`catalogueOf`) to say when an offer leaves the refresh.
 */
export const sourceOf: (source: string) => SourceId | undefined = catalogueOf;

export const key = (provider: string, id: string) => `${provider}\u0000${id}`;

/** Each usable source's entries by `key(provider, id)`. */
export type SourceIndex = Map<SourceId, Map<string, SourceEntry>>;

/**
 * The entries of `source` for one offer, found by the provider's names there (in the order its file
 * lists them) and the offer's id. A source can list one model under two of a provider's names
 * (LiteLLM's `bedrock` and `bedrock_converse`), sometimes at different prices.
 */
export function entriesFor(
  index: Map<string, SourceEntry>,
  provider: ProviderRecord,
  offer: Offer,
  source: SourceId,
): SourceEntry[] {
  const id = offer.source_ids?.[source] ?? offer.provider_model_id;
  return sourceNames(provider, source).flatMap((name) => index.get(key(name, id)) ?? []);
}

/**
 * Each source that answered, indexed; a source that shrank too far is refused as a whole. Adds
 * each source's summary (and any refusal) to the plan.
 */
export function usableSources(
  reads: readonly SourceRead[],
  state: RefreshState | undefined,
  result: Plan,
): SourceIndex {
  const usable: SourceIndex = new Map();
  for (const read of reads) {
    if (!read.ok) {
      result.sources.push({
        id: read.id,
        ok: false,
        models: 0,
        matched: 0,
        error: read.error,
        notes: [],
      });
      continue;
    }
    const last = state?.sources[read.id]?.models;
    const summary: SourceSummary = {
      id: read.id,
      ok: true,
      models: read.entries.length,
      matched: 0,
      notes: read.notes ?? [],
    };
    result.sources.push(summary);
    if (
      read.entries.length === 0 ||
      (last !== undefined && read.entries.length < last * MIN_SHARE_OF_LAST)
    ) {
      summary.ok = false;
      summary.error =
        last === undefined
          ? 'returned no models'
          : `returned ${read.entries.length} models, against ${last} last time`;
      result.refusals.push({
        source: read.id,
        reason: `${read.id} ${summary.error}: none of its prices were used`,
      });
      continue;
    }
    usable.set(read.id, new Map(read.entries.map((e) => [key(e.provider, e.id), e])));
  }
  return usable;
}

/** The usable sources' endpoint readings by `key(provider, id)`. */
export function endpointIndex(
  reads: readonly SourceRead[],
  usable: SourceIndex,
): Map<string, EndpointReading> {
  const endpoints = new Map<string, EndpointReading>();
  for (const read of reads) {
    if (read.ok && usable.has(read.id)) {
      // A provider's tagged second endpoint (`fireworks/fast`) is another product, priced and
      // measured apart: only its plain endpoint measures the offer we carry.
      for (const e of read.endpoints ?? [])
        if (!e.variant && !endpoints.has(key(e.provider, e.id)))
          endpoints.set(key(e.provider, e.id), e);
    }
  }
  return endpoints;
}
