/**
 * The refresher's planner: what the sources say, compared with data/, as a plan of changes,
 * confirmations, speed readings, unlisted offers, conflicts and refusals. Pure: it reads nothing and
 * writes nothing, so every rule is tested on small hand-made inputs, and nothing is edited until
 * the whole plan exists.
 */
import { FLAT_PRICE_FIELDS } from '../schemas/vocabulary.ts';
import type { SourceId } from '../sources/types.ts';
import type { Offer, Price, Speed } from '../schemas/offer.ts';
import type { ProviderRecord } from '../schemas/records.ts';
import type { RefreshState } from '../schemas/refresh-state.ts';
import { sourceNames, type SourceEntry } from '../sources/types.ts';
import { daysBetween } from '../lib/dates.ts';
import { SOURCE_IDS } from '../schemas/fields.ts';
import type { EndpointReading } from './sources/openrouter.ts';

/** A price may move at most this many times up or down in one step without a person. */
export const MAX_FACTOR = 3;
/** The most a price per 1M tokens can sensibly be; the schema's own bound. */
export const MAX_PRICE = 5000;
/** A source that lists fewer than this share of the models it listed last time is not trusted. */
export const MIN_SHARE_OF_LAST = 0.5;
/** `checked` and speed readings are rewritten at most this often, to keep the daily diff readable. */
export const RECHECK_DAYS = 7;

/** The prices compared field by field; long-context prices are compared below. */
export const PRICE_FIELDS = FLAT_PRICE_FIELDS;
const LONG_FIELDS = ['input', 'output', 'cached_input'] as const;

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
  sources: SourceSummary[];
}

export interface PlanInput {
  providers: readonly ProviderRecord[];
  reads: readonly SourceRead[];
  state: RefreshState | undefined;
  today: string;
}

/** The source an offer's prices come from: `litellm@00035b69` is LiteLLM; a link is no source. */
export function sourceOf(source: string): SourceId | undefined {
  const id = source.split('@')[0];
  return SOURCE_IDS.find((s) => s === id);
}

const key = (provider: string, id: string) => `${provider}\u0000${id}`;

/**
 * The entries of `source` for one offer, found by the provider's names there (in the order its file
 * lists them) and the offer's id. A source can list one model under two of a provider's names
 * (LiteLLM's `bedrock` and `bedrock_converse`), sometimes at different prices.
 */
function entriesFor(
  index: Map<string, SourceEntry>,
  provider: ProviderRecord,
  offer: Offer,
  source: SourceId,
): SourceEntry[] {
  const id = offer.source_ids?.[source] ?? offer.provider_model_id;
  return sourceNames(provider, source).flatMap((name) => index.get(key(name, id)) ?? []);
}

/** The offer's prices with what the source states laid over them; what it leaves out is kept. */
export function mergePrice(current: Price, stated: Price): Price {
  const after: Price = { ...current };
  for (const field of PRICE_FIELDS) {
    const value = stated[field];
    if (value != null) after[field] = value;
  }
  if (stated.long_context) {
    const long = { ...(current.long_context ?? {}), ...stated.long_context };
    for (const field of LONG_FIELDS) {
      if (stated.long_context[field] == null && current.long_context?.[field] != null) {
        long[field] = current.long_context[field];
      }
    }
    after.long_context = long;
  }
  return after;
}

/** Every price field as a flat `name → value` list, long-context ones as `long_context.input`. */
export function flatPrice(price: Price): Map<string, number | null | undefined> {
  const flat = new Map<string, number | null | undefined>();
  for (const field of PRICE_FIELDS) flat.set(field, price[field]);
  if (price.long_context) {
    flat.set('long_context.threshold', price.long_context.threshold);
    for (const field of LONG_FIELDS) flat.set(`long_context.${field}`, price.long_context[field]);
  }
  return flat;
}

/** The fields whose value differs between two prices. */
export function changedFields(before: Price, after: Price): string[] {
  const a = flatPrice(before);
  const b = flatPrice(after);
  const fields = new Set([...a.keys(), ...b.keys()]);
  return [...fields].filter((f) => (a.get(f) ?? null) !== (b.get(f) ?? null));
}

/** One reason a price move needs a person: the reason, or undefined when the rule lets it pass. */
type GuardRule = (before: Price, after: Price, changed: string[]) => string | undefined;

/** Each changed field must be a plausible price, and not move too far in one step. */
const plausibleSteps: GuardRule = (before, after, changed) => {
  const a = flatPrice(before);
  const b = flatPrice(after);
  for (const field of changed) {
    if (field === 'long_context.threshold') continue;
    const old = a.get(field);
    const next = b.get(field);
    if (next == null) continue;
    if (!Number.isFinite(next) || next < 0 || next > MAX_PRICE) {
      return `${field}: ${next} is not a price per 1M tokens`;
    }
    if (old == null) continue;
    if (old > 0 && next === 0) return `${field}: ${old} → 0, paid to free`;
    if (old === 0 && next > 0) return `${field}: 0 → ${next}, free to paid`;
    if (next / old > MAX_FACTOR || old / next > MAX_FACTOR) {
      return `${field}: ${old} → ${next}, more than ${MAX_FACTOR}× in one step`;
    }
  }
  return undefined;
};

/** A cache read dearer than a fresh read is a slip in the source, not a price. */
const cacheNotDearer: GuardRule = (_before, after) =>
  after.cached_input != null && after.input != null && after.cached_input > after.input
    ? `cached_input ${after.cached_input} is dearer than input ${after.input}`
    : undefined;

/** Where the long-context prices start decides every long prompt's cost: a person checks a move. */
const thresholdKept: GuardRule = (before, after, changed) =>
  changed.includes('long_context.threshold') && before.long_context !== undefined
    ? `long_context.threshold: ${before.long_context.threshold} → ${after.long_context?.threshold}, the long-context prices would start elsewhere`
    : undefined;

/**
 * Peak-hour and in-region prices are not read from any source; a base price that moves under
 * them would leave them describing the old one, so a person updates both together.
 */
const conditionalPricesKept: GuardRule = (before, _after, changed) => {
  const held = [before.peak && 'peak', before.regional && 'regional'].filter(Boolean);
  return held.length > 0 && changed.length > 0
    ? `the offer also has ${held.join(' and ')} prices, which no source states; change them together by hand`
    : undefined;
};

const GUARD_RULES: GuardRule[] = [
  plausibleSteps,
  cacheNotDearer,
  thresholdKept,
  conditionalPricesKept,
];

/** Why a move from `before` to `after` needs a person, or undefined when it may be applied. */
export function guard(before: Price, after: Price): string | undefined {
  const changed = changedFields(before, after);
  for (const rule of GUARD_RULES) {
    const why = rule(before, after, changed);
    if (why) return why;
  }
  return undefined;
}

function speedOf(reading: EndpointReading, today: string): Speed | undefined {
  const speed: Speed = { measured: today, source: reading.ref };
  if (reading.tokensPerSecond !== undefined && reading.tokensPerSecond > 0) {
    speed.tokens_per_second = Math.round(reading.tokensPerSecond * 10) / 10;
  }
  if (reading.ttftMs !== undefined && reading.ttftMs > 0)
    speed.ttft_ms = Math.round(reading.ttftMs);
  if (reading.uptimePct !== undefined) speed.uptime_pct = Math.round(reading.uptimePct * 100) / 100;
  const measured =
    speed.tokens_per_second !== undefined ||
    speed.ttft_ms !== undefined ||
    speed.uptime_pct !== undefined;
  return measured ? speed : undefined;
}

/**
 * OpenRouter's id for each model it sells itself (`gpt-4o-mini` → `openai/gpt-4o-mini`): the key
 * to the endpoints that measure other providers' offers of the same model.
 */
export function openRouterIds(providers: readonly ProviderRecord[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const provider of providers) {
    if (!sourceNames(provider, 'openrouter').includes('OpenRouter')) continue;
    for (const offer of provider.offers) {
      if (!ids.has(offer.model))
        ids.set(offer.model, offer.source_ids?.openrouter ?? offer.provider_model_id);
    }
  }
  return ids;
}

/**
 * The OpenRouter ids whose endpoints are worth reading: models that a provider OpenRouter routes to
 * (one whose `sources.openrouter` names it) also sells in the catalog.
 */
export function endpointIds(providers: readonly ProviderRecord[]): string[] {
  const router = openRouterIds(providers);
  const ids = new Set<string>();
  for (const provider of providers) {
    if (!sourceNames(provider, 'openrouter').some((n) => n !== 'OpenRouter')) continue;
    for (const offer of provider.offers) {
      const id = router.get(offer.model);
      if (id) ids.add(id);
    }
  }
  return [...ids].sort();
}

/** A plan with nothing in it yet. */
export function emptyPlan(today: string): Plan {
  return {
    today,
    checked: 0,
    changes: [],
    confirmations: [],
    speeds: [],
    unlisted: [],
    conflicts: [],
    refusals: [],
    sources: [],
  };
}

export function plan({ providers, reads, state, today }: PlanInput): Plan {
  const result = emptyPlan(today);

  // Each source that answered, indexed; a source that shrank too far is refused as a whole.
  const usable = new Map<SourceId, Map<string, SourceEntry>>();
  const matched = new Map<SourceId, number>();
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
    matched.set(read.id, 0);
  }

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
  const routerIds = openRouterIds(providers);

  for (const provider of providers) {
    provider.offers.forEach((offer, index) => {
      const ref: OfferRef = {
        provider: provider.id,
        index,
        model: offer.model,
        variant: offer.variant,
      };
      // Speed, from OpenRouter's measurements of this provider serving this model.
      const routerId = routerIds.get(offer.model);
      const routerNames = sourceNames(provider, 'openrouter').filter((n) => n !== 'OpenRouter');
      const reading = routerId
        ? routerNames.map((n) => endpoints.get(key(n, routerId))).find((r) => r !== undefined)
        : undefined;
      const speed = reading && speedOf(reading, today);
      const speedAge = offer.speed ? daysBetween(offer.speed.measured, today) : Infinity;
      if (speed && speedAge >= RECHECK_DAYS) result.speeds.push({ offer: ref, speed });

      const primary = sourceOf(offer.source);
      if (!primary) return; // prices from a provider's own page: not the refresher's to change
      const index_ = usable.get(primary);
      if (!index_) return; // the source failed or was refused: the offer stays as it is
      result.checked++;
      const entries = entriesFor(index_, provider, offer, primary);
      if (entries.length === 0) {
        result.unlisted.push({ offer: ref, source: primary });
        return;
      }
      matched.set(primary, (matched.get(primary) ?? 0) + 1);
      // Where the source lists the offer twice, the entry that agrees with the file is the one the
      // file was taken from; two that disagree with the file and with each other settle nothing.
      const merged = entries.map((e) => ({ entry: e, after: mergePrice(offer.price, e.price) }));
      if (merged.some((m) => changedFields(offer.price, m.after).length === 0)) {
        const since = daysBetween(offer.checked ?? offer.updated, today);
        result.confirmations.push({ offer: ref, write: since >= RECHECK_DAYS });
        return;
      }
      const first = merged[0];
      if (!first) return;
      const { entry, after } = first;
      const fields = changedFields(offer.price, after);
      const split = merged.filter((m) => changedFields(after, m.after).length > 0);
      if (split.length > 0) {
        const flatBefore = flatPrice(offer.price);
        for (const field of fields) {
          const says: Conflict['says'] = {};
          for (const m of merged)
            says[`${m.entry.ref} (${m.entry.provider})`] = flatPrice(m.after).get(field);
          result.conflicts.push({ offer: ref, field, before: flatBefore.get(field), says });
        }
        return;
      }
      const refused = guard(offer.price, after);
      if (refused) {
        result.refusals.push({
          source: primary,
          offer: ref,
          reason: refused,
          before: offer.price,
          after,
        });
        return;
      }
      // Another source that lists the offer and disagrees with the new price holds the change.
      const others = [...usable.entries()].flatMap(([id, idx]) => {
        if (id === primary) return [];
        return entriesFor(idx, provider, offer, id);
      });
      const flatAfter = flatPrice(after);
      const disputed = fields.filter((field) =>
        others.some((o) => {
          const said = flatPrice(mergePrice(offer.price, o.price)).get(field);
          return said != null && said !== flatAfter.get(field);
        }),
      );
      if (disputed.length > 0) {
        const flatBefore = flatPrice(offer.price);
        for (const field of disputed) {
          const says: Conflict['says'] = { [entry.ref]: flatAfter.get(field) };
          for (const o of others)
            says[o.ref] = flatPrice(mergePrice(offer.price, o.price)).get(field);
          result.conflicts.push({ offer: ref, field, before: flatBefore.get(field), says });
        }
        return;
      }
      result.changes.push({
        offer: ref,
        before: offer.price,
        after,
        ref: entry.ref,
        previousRef: offer.source,
        previousUpdated: offer.updated,
      });
    });
  }
  for (const summary of result.sources) summary.matched = matched.get(summary.id) ?? 0;
  return result;
}

/** Whether the plan needs a person: a refusal, a conflict, or a source that could not be read. */
export function needsPerson(p: Plan): boolean {
  return p.refusals.length > 0 || p.conflicts.length > 0 || p.sources.some((s) => !s.ok);
}
