/**
 * What a change to data/ changes on the site, in words a reviewer reads: two catalogs (before and
 * after) compared record by record, and then by what the site derives from them (cheapest
 * provider, "input from", competitors), then by the pages whose content moves (`pages.ts`) and
 * the offers that leave the daily refresh or join it (`sources.ts`). Pure: `npm run diff` builds
 * the two catalogs and prints `diffMarkdown` of this.
 */
import type { Catalog, CatalogModel, CatalogOffer } from '../catalog/types.ts';
import type { Price } from '../../schemas/offer.ts';
import { usd } from '../format.ts';
import { FLAT_PRICE_FIELDS } from '../../schemas/vocabulary.ts';
import { unitFields } from '../../schemas/units.ts';
import { affectedPages, type AffectedPages } from './pages.ts';
import { sourceKindChanges, type SourceKindChange } from './sources.ts';

/** The flat prices a price change is told in, in the order the pages show them. */
export const PRICE_FIELDS = FLAT_PRICE_FIELDS satisfies readonly (keyof Price)[];
type PriceField = (typeof PRICE_FIELDS)[number];

/** The model facts a change is told in. */
const MODEL_FACTS = [
  'name',
  'family',
  'tier',
  'released',
  'knowledge_cutoff',
  'context_window',
  'max_output',
  'open_weights',
  'status',
  'retired',
  'license',
] as const;

export interface PriceChange {
  model: string;
  modelName: string;
  provider: string;
  providerName: string;
  field: PriceField;
  from: number | null | undefined;
  to: number | null | undefined;
}

/**
 * A unit beside the token prices that changed, came or went: a service tier's price, the one-hour
 * cache write, reasoning, audio, image or a fee, by its path (`tiers.priority.input`).
 */
export interface UnitChange extends OfferRef {
  path: string;
  from: number | null | undefined;
  to: number | null | undefined;
}

export interface FactChange {
  /** `model`, `provider` or `maker`, and its id. */
  kind: 'model' | 'provider' | 'maker';
  id: string;
  name: string;
  field: string;
  from: string;
  to: string;
}

export interface OfferRef {
  model: string;
  modelName: string;
  provider: string;
  providerName: string;
}

export interface Named {
  id: string;
  name: string;
}

export interface DerivedChange {
  model: string;
  modelName: string;
  what: 'cheapest input' | 'input from' | 'competitors';
  from: string;
  to: string;
}

/** A past price added to (or taken from) an offer's history. */
export interface HistoryChange extends OfferRef {
  change: 'added' | 'removed';
  from: string | undefined;
  until: string;
  input: number | null | undefined;
  output: number | null | undefined;
}

export interface CatalogDiff {
  prices: PriceChange[];
  /** The other billable units, in the order of unitFields. */
  units: UnitChange[];
  history: HistoryChange[];
  offersAdded: OfferRef[];
  offersRemoved: OfferRef[];
  /** Offers still listed but newly marked as no longer sold. */
  offersWithdrawn: OfferRef[];
  modelsAdded: Named[];
  modelsRemoved: Named[];
  providersAdded: Named[];
  providersRemoved: Named[];
  makersAdded: Named[];
  makersRemoved: Named[];
  facts: FactChange[];
  derived: DerivedChange[];
  /** Offers whose source moves from a refreshed catalogue to a hand-cited page, or back. */
  sources: SourceKindChange[];
  /** The pages whose content changes, grouped, and the pages gone. */
  pages: AffectedPages;
}

const offerKey = (o: CatalogOffer) => `${o.model}\u0000${o.provider.id}\u0000${o.variant ?? ''}`;

/** Every offer of the catalog, those withdrawn included, by model, provider and variant. */
function offersOf(catalog: Catalog): Map<string, { model: CatalogModel; offer: CatalogOffer }> {
  const all = new Map<string, { model: CatalogModel; offer: CatalogOffer }>();
  for (const model of catalog.models) {
    for (const offer of [...model.offers, ...model.withdrawnOffers])
      all.set(offerKey(offer), { model, offer });
  }
  return all;
}

const ref = (model: CatalogModel, offer: CatalogOffer): OfferRef => ({
  model: model.id,
  modelName: model.name,
  provider: offer.provider.id,
  providerName: offer.provider.name,
});

const shown = (v: unknown): string =>
  v === undefined || v === null ? '(none)' : Array.isArray(v) ? v.join(', ') : String(v);

/** Records only in one list, by id, named. */
function onlyIn<T extends { id: string; name: string }>(a: readonly T[], b: readonly T[]): Named[] {
  const ids = new Set(b.map((x) => x.id));
  return a.filter((x) => !ids.has(x.id)).map((x) => ({ id: x.id, name: x.name }));
}

function modelFacts(before: CatalogModel, after: CatalogModel): FactChange[] {
  const facts: FactChange[] = [];
  const push = (field: string, from: unknown, to: unknown) => {
    if (shown(from) !== shown(to))
      facts.push({
        kind: 'model',
        id: after.id,
        name: after.name,
        field,
        from: shown(from),
        to: shown(to),
      });
  };
  for (const key of MODEL_FACTS) push(key, before[key], after[key]);
  push('input modalities', before.modalities.input, after.modalities.input);
  push('output modalities', before.modalities.output, after.modalities.output);
  const caps = new Set([...Object.keys(before.capabilities), ...Object.keys(after.capabilities)]);
  for (const cap of [...caps].sort()) {
    const k = cap as keyof CatalogModel['capabilities'];
    push(cap.replaceAll('_', ' '), before.capabilities[k], after.capabilities[k]);
  }
  return facts;
}

function derivedOf(
  before: Catalog,
  b: CatalogModel,
  after: Catalog,
  a: CatalogModel,
): DerivedChange[] {
  const changes: DerivedChange[] = [];
  const push = (what: DerivedChange['what'], from: string, to: string) => {
    if (from !== to) changes.push({ model: a.id, modelName: a.name, what, from, to });
  };
  const cheapestBy = (m: CatalogModel) => m.cheapestInput?.provider.name ?? '(none)';
  push('cheapest input', cheapestBy(b), cheapestBy(a));
  const from = (m: CatalogModel) =>
    m.cheapestInput ? `${usd(m.cheapestInput.price)} per 1M tokens` : '(none)';
  push('input from', from(b), from(a));
  const names = (c: Catalog, m: CatalogModel) =>
    c
      .competitorsOf(m)
      .map((x) => x.name)
      .join(', ') || '(none)';
  push('competitors', names(before, b), names(after, a));
  return changes;
}

/** Each unit whose value differs between two prices, the ones that came and went included. */
function unitChanges(at: OfferRef, before: Price, after: Price): UnitChange[] {
  const was = new Map(unitFields(before));
  const now = new Map(unitFields(after));
  const paths = [...new Set([...was.keys(), ...now.keys()])];
  return paths
    .filter((path) => (was.get(path) ?? null) !== (now.get(path) ?? null))
    .map((path) => ({ ...at, path, from: was.get(path), to: now.get(path) }));
}

/** `today`: the day the site is built for, as the pages' price histories end on it. */
export function diffCatalogs(before: Catalog, after: Catalog, today: string): CatalogDiff {
  const was = offersOf(before);
  const now = offersOf(after);
  const diff: CatalogDiff = {
    prices: [],
    units: [],
    history: [],
    offersAdded: [],
    offersRemoved: [],
    offersWithdrawn: [],
    modelsAdded: onlyIn(after.models, before.models),
    modelsRemoved: onlyIn(before.models, after.models),
    providersAdded: onlyIn(after.providers, before.providers),
    providersRemoved: onlyIn(before.providers, after.providers),
    makersAdded: onlyIn(after.creators, before.creators),
    makersRemoved: onlyIn(before.creators, after.creators),
    facts: [],
    derived: [],
    sources: sourceKindChanges(before, after),
    pages: affectedPages(before, after, today),
  };

  for (const [key, { model, offer }] of now) {
    const old = was.get(key);
    if (!old) {
      diff.offersAdded.push(ref(model, offer));
      continue;
    }
    if (old.offer.withdrawn === undefined && offer.withdrawn !== undefined)
      diff.offersWithdrawn.push(ref(model, offer));
    const entry = (h: NonNullable<CatalogOffer['history']>[number]) =>
      `${h.from ?? ''}\u0000${h.until}\u0000${h.price.input ?? ''}\u0000${h.price.output ?? ''}`;
    const oldHistory = new Set((old.offer.history ?? []).map(entry));
    const newHistory = new Set((offer.history ?? []).map(entry));
    for (const [list, other, change] of [
      [offer.history ?? [], oldHistory, 'added'],
      [old.offer.history ?? [], newHistory, 'removed'],
    ] as const) {
      for (const h of list) {
        if (other.has(entry(h))) continue;
        diff.history.push({
          ...ref(model, offer),
          change,
          from: h.from,
          until: h.until,
          input: h.price.input,
          output: h.price.output,
        });
      }
    }
    for (const field of PRICE_FIELDS) {
      const from = old.offer.price[field];
      const to = offer.price[field];
      if ((from ?? null) === (to ?? null)) continue;
      diff.prices.push({ ...ref(model, offer), field, from, to });
    }
    diff.units.push(...unitChanges(ref(model, offer), old.offer.price, offer.price));
  }
  for (const [key, { model, offer }] of was)
    if (!now.has(key)) diff.offersRemoved.push(ref(model, offer));

  for (const a of after.models) {
    const b = before.modelById.get(a.id);
    if (!b) continue;
    diff.facts.push(...modelFacts(b, a));
    diff.derived.push(...derivedOf(before, b, after, a));
  }
  const byId = new Map(before.providers.map((p) => [p.id, p]));
  for (const p of after.providers) {
    const old = byId.get(p.id);
    if (!old) continue;
    for (const field of ['name', 'kind', 'url', 'pricing_url'] as const) {
      if (old[field] !== p[field]) {
        diff.facts.push({
          kind: 'provider',
          id: p.id,
          name: p.name,
          field,
          from: shown(old[field]),
          to: shown(p[field]),
        });
      }
    }
  }
  for (const c of after.creators) {
    const old = before.creatorById.get(c.id);
    if (old && old.name !== c.name) {
      diff.facts.push({
        kind: 'maker',
        id: c.id,
        name: c.name,
        field: 'name',
        from: old.name,
        to: c.name,
      });
    }
  }
  return diff;
}
