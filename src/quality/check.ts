/**
 * The data-quality check behind `npm run check:data`: pure, over loaded data and the reference
 * snapshots. Hard errors fail the run; everything else is a report, because prices move and a
 * snapshot is only a dated witness.
 */
import { daysBetween } from '../lib/dates.ts';
import { confirmedOn } from '../lib/provenance/freshness.ts';
import { ModelIndex, normalizeModelId } from '../import/match.ts';
import { entriesOf } from '../import/importer.ts';
import { sourceNames } from '../sources/types.ts';
import type { AtlasData } from '../data/load.ts';
import type { Offer, Price } from '../schemas/offer.ts';
import { SOURCE_IDS } from '../schemas/fields.ts';
import { hasPrice, isFreeTier, type SourceEntry, type SourceId } from '../sources/types.ts';

export interface Finding {
  where: string;
  message: string;
}

export interface QualityReport {
  coverage: {
    creators: number;
    models: number;
    providers: number;
    offers: number;
    modelsWithTwoOrMoreProviders: number;
    providersByKind: Record<string, number>;
  };
  errors: Finding[];
  disagreements: Finding[];
  /** Disagreements where our price is newer than the snapshot's, or its note names the snapshot: reported, not counted. */
  superseded: Finding[];
  noOffers: string[];
  stale: Finding[];
  suspicious: Finding[];
  /** Snapshot providers that price a model per token but have no provider file here. */
  unlistedProviders: Map<string, string[]>;
  /**
   * Per source, the offers it also prices: how many agree (every price both state, within the
   * tolerance), differ with our price dated as late or later, or differ with ours older.
   */
  agreement: Map<SourceId, Agreement>;
}

export interface Agreement {
  agree: number;
  differ: number;
  older: number;
}

export interface CheckOptions {
  today: string;
  /** An offer whose prices were neither updated nor confirmed for this many days is stale. */
  staleDays: number;
  /** Relative difference above which a snapshot's price counts as a disagreement. */
  tolerance: number;
}

const FIELDS = ['input', 'output', 'cached_input'] as const satisfies (keyof Price)[];

function differs(a: number, b: number, tolerance: number): boolean {
  if (a === b) return false;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) > tolerance;
}

/** A provider's snapshot entries, grouped by source once rather than once per offer. */
function bySource(entries: SourceEntry[]): Map<SourceId, SourceEntry[]> {
  const groups = new Map<SourceId, SourceEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.source);
    if (list) list.push(e);
    else groups.set(e.source, [e]);
  }
  return groups;
}

/** The snapshot entries that describe this very offer: same provider, same model id. */
function witnesses(
  offer: Offer,
  groups: Map<SourceId, SourceEntry[]>,
  index: ModelIndex,
): SourceEntry[] {
  const found: SourceEntry[] = [];
  for (const [source, list] of groups) {
    const id = offer.source_ids?.[source] ?? offer.provider_model_id;
    // The entry with the offer's own id wins; only without one does a normalised match count.
    const exact = list.filter((e) => e.id === id);
    const chosen =
      exact.length > 0
        ? exact
        : list
            .filter(
              (e) =>
                index.match(e)?.model === offer.model &&
                normalizeModelId(e.id) === normalizeModelId(id),
            )
            // Of a model's regional spellings (eu.…, us.…), the plain one is the list price.
            .sort((a, b) => a.id.length - b.id.length);
    if (chosen[0]) found.push(chosen[0]);
  }
  return found;
}

export function checkQuality(
  data: AtlasData,
  entries: SourceEntry[],
  options: CheckOptions,
): QualityReport {
  const index = new ModelIndex(data.models);
  const report: QualityReport = {
    coverage: {
      creators: data.creators.length,
      models: data.models.length,
      providers: data.providers.length,
      offers: data.providers.reduce((n, p) => n + p.offers.length, 0),
      modelsWithTwoOrMoreProviders: 0,
      providersByKind: {},
    },
    errors: index.clashes.map((c) => ({ where: 'aliases', message: c })),
    disagreements: [],
    superseded: [],
    noOffers: [],
    stale: [],
    suspicious: [],
    unlistedProviders: new Map(),
    agreement: new Map(SOURCE_IDS.map((s) => [s, { agree: 0, differ: 0, older: 0 }])),
  };

  // How many providers offer each model (variants of one offer count once).
  const providersOf = new Map<string, Set<string>>();
  for (const provider of data.providers) {
    report.coverage.providersByKind[provider.kind] =
      (report.coverage.providersByKind[provider.kind] ?? 0) + 1;
    const own = bySource(entriesOf(provider, entries));
    for (const offer of provider.offers) {
      const where = `${provider.id}: ${offer.model}${offer.variant ? ` (${offer.variant})` : ''}`;
      const sellers = providersOf.get(offer.model) ?? new Set<string>();
      providersOf.set(offer.model, sellers.add(provider.id));

      for (const w of witnesses(offer, own, index)) {
        const both = FIELDS.filter((f) => offer.price[f] != null && w.price[f] != null);
        const count = report.agreement.get(w.source);
        if (count && both.length > 0) {
          const apart = both.some((f) =>
            differs(offer.price[f] ?? 0, w.price[f] ?? 0, options.tolerance),
          );
          if (!apart) count.agree++;
          else if (offer.updated < w.asOf && !offer.note?.includes(w.ref)) count.older++;
          else count.differ++;
        }
        for (const field of FIELDS) {
          const ours = offer.price[field];
          const theirs = w.price[field];
          if (ours == null || theirs == null || !differs(ours, theirs, options.tolerance)) continue;
          const finding = {
            where,
            message: `${field} ${ours} here (${offer.source}, ${offer.updated}), ${theirs} in ${w.ref} (${w.asOf}) as ${w.id}`,
          };
          // Explained: our price carries a newer date than the snapshot that disagrees, or the
          // offer's note names that snapshot (a person judged it wrong and said why).
          const explained = offer.updated > w.asOf || (offer.note?.includes(w.ref) ?? false);
          (explained ? report.superseded : report.disagreements).push(finding);
        }
      }

      const last = confirmedOn(offer);
      const age = daysBetween(last, options.today);
      if (age > options.staleDays)
        report.stale.push({ where, message: `last confirmed ${last}, ${age} days ago` });

      const { input, output, cached_input } = offer.price;
      if (input && output && input >= output * 10) {
        report.suspicious.push({
          where,
          message: `output (${output}) is at least 10× cheaper than input (${input})`,
        });
      }
      if (input != null && cached_input != null && cached_input > input) {
        report.suspicious.push({
          where,
          message: `cached input (${cached_input}) costs more than input (${input})`,
        });
      }
      if (offer.context_window !== undefined && offer.context_window < 1000) {
        report.suspicious.push({
          where,
          message: `context window ${offer.context_window} is under 1k tokens`,
        });
      }
    }
  }

  for (const model of data.models) {
    const where = `${model.creator}/${model.id}`;
    const providers = providersOf.get(model.id)?.size ?? 0;
    if (providers === 0) report.noOffers.push(where);
    if (providers >= 2) report.coverage.modelsWithTwoOrMoreProviders += 1;
    if (model.context_window < 1000)
      report.suspicious.push({
        where,
        message: `context window ${model.context_window} is under 1k tokens`,
      });
  }

  // Which snapshot providers serve each model but have no provider file of ours.
  const listed = new Set<string>();
  for (const provider of data.providers) {
    for (const source of SOURCE_IDS) {
      for (const name of sourceNames(provider, source)) listed.add(`${source}:${name}`);
    }
  }
  for (const e of entries) {
    if (listed.has(`${e.source}:${e.provider}`)) continue;
    if (!hasPrice(e.price) || isFreeTier(e.price)) continue;
    const model = index.match(e)?.model;
    if (!model) continue;
    const list = report.unlistedProviders.get(model) ?? [];
    if (!list.includes(`${e.source}:${e.provider}`)) list.push(`${e.source}:${e.provider}`);
    report.unlistedProviders.set(model, list);
  }
  return report;
}
