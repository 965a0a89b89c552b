/**
 * `npm run import -- units`: the units beside the token prices (service tiers, the one-hour cache
 * write, reasoning, audio, image, fees) added to offers that already cite a snapshot, from that
 * very snapshot's entry for the offer's own id. An offer gains a unit only when:
 *
 * - its `source` is exactly the snapshot's revision (`litellm@00035b69`), so the unit has the date
 *   and source the offer already states;
 * - the entry is the offer's own id at the provider (its `source_ids` or `provider_model_id`, under
 *   one of the provider's names for that source), never another model's;
 * - the entry's token prices are the offer's (a price corrected by hand is another list);
 * - the offer does not state that unit yet: nothing is overwritten.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { Offer, Price } from '../schemas/offer.ts';
import type { ProviderRecord } from '../schemas/records.ts';
import { catalogueOf } from '../schemas/fields.ts';
import { unitDoubts, unitFields } from '../schemas/units.ts';
import { sourceNames, type SourceEntry } from '../sources/types.ts';
import { YAML_OUTPUT } from './importer.ts';

/** The token prices an entry must agree on with the offer to lend it its units. */
const BASE = ['input', 'output', 'cached_input', 'cache_write'] as const;

export interface UnitFill {
  provider: string;
  index: number;
  model: string;
  /** The entry the units come from: `litellm@00035b69 openai/gpt-4o`. */
  from: string;
  /** The units added, by path (`tiers.priority.input`), with their values. */
  units: [string, number | null | undefined][];
  /** The entry's price, for the units that are lists (`image.per_image`). */
  price: Price;
}

const sameBase = (a: Price, b: Price) =>
  BASE.every((f) => a[f] == null || b[f] == null || a[f] === b[f]) &&
  a.input === b.input &&
  a.output === b.output;

/** The paths of the entry's units that contradict its own prices (see unitDoubts). */
const doubted = (entry: SourceEntry) => unitDoubts(entry.price).map(([path]) => path);
const under = (path: string, prefixes: string[]) =>
  prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));

/** The units of `entry` the offer does not state yet, leaving out any the entry contradicts. */
function missingUnits(offer: Offer, entry: SourceEntry): [string, number | null | undefined][] {
  const has = new Set(unitFields(offer.price).map(([path]) => path));
  // A list is added whole or not at all: the offer's own per-image prices are never mixed in.
  const hasPerImage = offer.price.image?.per_image !== undefined;
  const doubts = doubted(entry);
  return unitFields(entry.price).filter(
    ([path]) =>
      !has.has(path) &&
      !under(path, doubts) &&
      !(hasPerImage && path.startsWith('image.per_image[')),
  );
}

/** The units each offer of `providers` can take from the snapshot entries, offer by offer. */
export function planUnits(
  providers: readonly ProviderRecord[],
  entries: readonly SourceEntry[],
): { fills: UnitFill[]; skipped: string[] } {
  const byKey = new Map<string, SourceEntry[]>();
  for (const e of entries) {
    const k = `${e.ref}\u0000${e.provider}\u0000${e.id}`;
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const fills: UnitFill[] = [];
  const skipped: string[] = [];
  for (const provider of providers) {
    provider.offers.forEach((offer, index) => {
      const source = catalogueOf(offer.source);
      if (!source) return;
      const id = offer.source_ids?.[source] ?? offer.provider_model_id;
      const found = sourceNames(provider, source).flatMap(
        (name) => byKey.get(`${offer.source}\u0000${name}\u0000${id}`) ?? [],
      );
      const agreeing = found.filter((e) => sameBase(offer.price, e.price));
      const withUnits = agreeing.filter((e) => missingUnits(offer, e).length > 0);
      const [entry] = withUnits;
      if (!entry) return;
      const where = `${provider.id} ${offer.model}${offer.variant ? ` (${offer.variant})` : ''}`;
      for (const [, why] of unitDoubts(entry.price)) skipped.push(`${where}: ${why}`);
      const units = missingUnits(offer, entry);
      // Listed twice (LiteLLM's bedrock and bedrock_converse) with other units: neither is taken.
      const other = withUnits.find(
        (e) => JSON.stringify(missingUnits(offer, e)) !== JSON.stringify(units),
      );
      if (other) {
        skipped.push(`${where}: ${entry.provider} and ${other.provider} state other units`);
        return;
      }
      fills.push({
        provider: provider.id,
        index,
        model: offer.model,
        from: `${entry.ref} ${entry.provider}/${entry.id}`,
        units,
        price: entry.price,
      });
    });
  }
  return { fills, skipped };
}

function setUnit(doc: Document, fill: UnitFill, path: string, value: unknown): void {
  const at = ['offers', fill.index, 'price'];
  if (path.startsWith('image.per_image[')) {
    doc.setIn([...at, 'image', 'per_image'], doc.createNode(fill.price.image?.per_image));
  } else {
    doc.setIn([...at, ...path.split('.')], value);
  }
}

/** A provider file with the units added to its offers, every comment and other line kept. */
export function addUnits(text: string, fills: readonly UnitFill[]): string {
  if (fills.length === 0) return text;
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  const offers = doc.get('offers', true);
  for (const fill of fills) {
    const node = isSeq(offers) ? offers.items[fill.index] : undefined;
    if (!isMap(node)) throw new Error(`offers[${fill.index}] is not a mapping`);
    for (const [path, value] of fill.units) setUnit(doc, fill, path, value);
  }
  return doc.toString(YAML_OUTPUT);
}
