/**
 * The importer's pure part: from source entries to new model files and new offers. Nothing here
 * reads or writes files; `scripts/import.ts` does that, through `applyChanges`.
 */
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { FactField, FactSource } from '../schemas/fact-sources.ts';
import { MODALITIES, Model } from '../schemas/model.ts';
import { Offer } from '../schemas/offer.ts';
import { withoutDoubtfulUnits } from '../schemas/units.ts';
import type { ModelRecord, ProviderRecord } from '../schemas/records.ts';
import {
  hasPrice,
  isFreeTier,
  sourceNames,
  type ModelFacts,
  type SourceEntry,
} from '../sources/types.ts';
import { inferFamily, inferTier } from './infer.ts';
import { makersOwnApi, ownApiProblem } from '../rules/own-api.ts';
import { idProblem } from '../rules/provider-ids.ts';
import { ModelIndex, normalizeModelId } from './match.ts';
import { withSchemaLine } from '../data/schema-line.ts';

/** A page the facts of a new model were read on: an entry of its `sources:`, before its fields. */
export interface FactsPage {
  url: string;
  /** The day it was read, YYYY-MM-DD. */
  read: string;
  secondary?: true | undefined;
  /** A line for the reviewer above the entry. */
  comment?: string | undefined;
}

export interface ModelSpec {
  /** Our id for the model: its file name. */
  id: string;
  creator: string;
  /** Where the facts come from, for the file's header comment: `modelsdev@f3fc692 openai/gpt-5.4`. */
  from: string;
  /** The catalogue's page for the entry the facts were copied from (a secondary page). */
  citation: FactsPage;
  /** The page the facts given as flags (--released, --license, …) were read on. */
  flagsPage?: FactsPage | undefined;
  facts: ModelFacts;
  contextWindow?: number | undefined;
  maxOutput?: number | undefined;
  sourceStatus?: string | undefined;
  /** Every id the sources use for it, besides our own. */
  aliases: string[];
  overrides: {
    name?: string | undefined;
    tier?: string | undefined;
    family?: string | undefined;
    released?: string | undefined;
    license?: string | undefined;
    openWeights?: boolean | undefined;
    contextWindow?: number | undefined;
  };
}

export interface Built {
  text: string;
  notes: string[];
  errors: string[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])/;

/** How data files are written: no folding of long lines, `[a, b]` for flow lists. */
export const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The YAML text of a new model file, with the reasons for each editorial call in `notes`. */
export function buildModelFile(spec: ModelSpec): Built {
  const { facts, overrides } = spec;
  const notes: string[] = [];
  const errors: string[] = [];

  // An override is the reviewer's decision; an inference is printed with its reason for review.
  const inferredTier = overrides.tier === undefined ? inferTier(spec.id) : undefined;
  const tier = overrides.tier ?? inferredTier?.value;
  if (inferredTier) notes.push(`tier ${inferredTier.value}: ${inferredTier.reason}`);
  const inferredFamily =
    overrides.family === undefined ? inferFamily(spec.id, facts.family) : undefined;
  const family = overrides.family ?? inferredFamily?.value;
  if (inferredFamily) notes.push(`family ${inferredFamily.value}: ${inferredFamily.reason}`);
  if (family === undefined) errors.push('no family found: pass --family');

  const released = overrides.released ?? facts.released;
  if (released === undefined)
    notes.push(
      'no release date in the source: pass --released with --facts-page where a page states it',
    );
  else if (!/^\d{4}-\d{2}(-\d{2})?$/.test(released))
    errors.push(`release date ${JSON.stringify(released)} is not YYYY-MM[-DD]: pass --released`);
  const context = overrides.contextWindow ?? spec.contextWindow;
  if (!context) errors.push('no context window in the source: pass --context');
  const openWeights = overrides.openWeights ?? facts.openWeights;
  if (openWeights === undefined)
    errors.push(
      'the source does not say whether the weights are open: pass --open-weights or --closed',
    );
  const license = overrides.license ?? facts.license;
  if (openWeights && license === undefined)
    notes.push(
      "open weights, no licence in the source: pass --license with --facts-page where the maker's page states it",
    );

  const modalities = (list: string[] | undefined) =>
    (list ?? ['text']).filter((m): m is (typeof MODALITIES)[number] =>
      (MODALITIES as readonly string[]).includes(m),
    );
  const capabilities: Record<string, boolean> = {};
  if (facts.toolCalling !== undefined) capabilities['tool_calling'] = facts.toolCalling;
  if (facts.structuredOutput !== undefined)
    capabilities['structured_output'] = facts.structuredOutput;
  if (facts.reasoning !== undefined) capabilities['reasoning'] = facts.reasoning;

  const status = /deprecated/.test(spec.sourceStatus ?? '')
    ? 'deprecated'
    : /beta|alpha/.test(spec.sourceStatus ?? '') || /preview/.test(spec.id)
      ? 'preview'
      : 'active';

  for (const key of ['input', 'output'] as const)
    if (facts[key] === undefined)
      notes.push(
        `modalities.${key}: the source gives none, so [text] is written: check it on the maker's page and add that page to sources:`,
      );

  const model: Record<string, unknown> = {
    name: overrides.name ?? facts.name ?? spec.id,
    family,
    tier,
    released,
    ...(facts.knowledgeCutoff &&
      MONTH.test(facts.knowledgeCutoff) && { knowledge_cutoff: facts.knowledgeCutoff.slice(0, 7) }),
    context_window: context,
    ...(spec.maxOutput && context && spec.maxOutput <= context && { max_output: spec.maxOutput }),
    modalities: { input: modalities(facts.input), output: modalities(facts.output) },
    capabilities,
    open_weights: openWeights ?? false,
    ...(license !== undefined && { license }),
    ...(facts.weights?.startsWith('https://') && { links: { weights: facts.weights } }),
    status,
    ...(spec.aliases.length > 0 && { aliases: spec.aliases }),
  };
  const { sources, missingPage } = sourcesFor(spec, model, capabilities);
  if (missingPage.length > 0)
    errors.push(
      `the facts given by ${missingPage.join(', ')} need the page they were read on: pass --facts-page <https://…> (and --facts-secondary when it is not the maker's own)`,
    );
  if (sources.length > 0) model['sources'] = sources;

  const parsed = Model.safeParse(model);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(`${issue.path.join('.')}: ${issue.message}`);
  }

  const doc = new Document(model);
  doc.commentBefore = ` Facts imported from ${spec.from}.`;
  for (const key of ['input', 'output']) {
    const list = doc.getIn(['modalities', key], true);
    if (list instanceof YAMLSeq) list.flow = true;
  }
  const aliases = doc.get('aliases', true);
  if (aliases instanceof YAMLSeq) aliases.flow = true;
  const pages = [spec.flagsPage, spec.citation].filter((p) => p !== undefined);
  (model['sources'] as (FactSource & { url: string })[] | undefined)?.forEach((source, i) => {
    const node = doc.getIn(['sources', i], true) as { commentBefore?: string } | undefined;
    const comment = pages.find((p) => p.url === source.url)?.comment;
    if (node && comment !== undefined) node.commentBefore = ` ${comment}`;
    const fields = doc.getIn(['sources', i, 'fields'], true);
    if (fields instanceof YAMLSeq) fields.flow = true;
  });
  return { text: withSchemaLine('model', doc.toString(YAML_OUTPUT)), notes, errors };
}

/**
 * The new file's `sources:`: the page of the flags' facts first (the reviewer read it, often the
 * maker's own), then the catalogue's entry for the facts copied from it, each naming only the facts
 * it gave. A fact given as a flag without a page is in `missingPage`, by its flag.
 */
function sourcesFor(
  spec: ModelSpec,
  model: Record<string, unknown>,
  capabilities: Record<string, boolean>,
): { sources: FactSource[]; missingPage: string[] } {
  const { overrides, facts } = spec;
  const flagged: FactField[] = [];
  const copied: FactField[] = [];
  const missingPage: string[] = [];
  const sort = (field: FactField, flag: string | undefined) => {
    if (model[field] === undefined) return;
    if (flag === undefined) copied.push(field);
    else {
      flagged.push(field);
      missingPage.push(flag);
    }
  };
  sort('released', overrides.released === undefined ? undefined : '--released');
  sort('knowledge_cutoff', undefined);
  sort('context_window', overrides.contextWindow === undefined ? undefined : '--context');
  sort('max_output', undefined);
  if (facts.input !== undefined && facts.output !== undefined) copied.push('modalities');
  else if (facts.input !== undefined) copied.push('modalities.input');
  else if (facts.output !== undefined) copied.push('modalities.output');
  if (Object.keys(capabilities).length > 0) copied.push('capabilities');
  const weightsFlag = overrides.openWeights === undefined ? undefined : '--open-weights/--closed';
  if (facts.openWeights !== undefined || weightsFlag !== undefined)
    sort('open_weights', weightsFlag);
  sort('license', overrides.license === undefined ? undefined : '--license');

  const entry = (page: FactsPage, fields: FactField[]): FactSource => ({
    url: page.url,
    read: page.read,
    ...(page.secondary && { secondary: true as const }),
    fields,
  });
  const sources: FactSource[] = [];
  if (flagged.length > 0 && spec.flagsPage) sources.push(entry(spec.flagsPage, flagged));
  if (copied.length > 0) sources.push(entry({ ...spec.citation, secondary: true }, copied));
  return { sources, missingPage: spec.flagsPage ? [] : missingPage };
}

export interface PlannedOffer {
  offer: Offer;
  entry: SourceEntry;
}

export interface OfferPlan {
  offers: PlannedOffer[];
  /** Entries that matched a model but were not imported, with the reason. */
  skipped: string[];
}

/** The entries of every source that list this provider. */
export function entriesOf(provider: ProviderRecord, entries: SourceEntry[]): SourceEntry[] {
  return entries.filter((e) => sourceNames(provider, e.source).includes(e.provider));
}

/**
 * New offers for a provider: every model in data/ that the provider's source entries name and the
 * provider file does not offer yet. Per model it takes the newest source, then the entry whose own id
 * names the model (over one linked only by a canonical id), then the shortest id.
 */
export function planOffers(
  provider: ProviderRecord,
  models: ModelRecord[],
  entries: SourceEntry[],
  options: { allowFree?: boolean } = {},
): OfferPlan {
  const index = new ModelIndex(models);
  const byId = new Map(models.map((m) => [m.id, m]));
  const offered = new Set(provider.offers.map((o) => o.model));
  const candidates = new Map<string, { entry: SourceEntry; exact: boolean }[]>();
  const skipped: string[] = [];

  for (const entry of entriesOf(provider, entries)) {
    const match = index.match(entry);
    if (!match || offered.has(match.model)) continue;
    if (!hasPrice(entry.price)) continue;
    if (isFreeTier(entry.price) && !options.allowFree) {
      skipped.push(
        `${entry.ref} ${entry.provider}/${entry.id}: listed at 0/0, which is a free tier, not a price`,
      );
      continue;
    }
    const list = candidates.get(match.model) ?? [];
    list.push({ entry, exact: match.exact });
    candidates.set(match.model, list);
  }

  const offers: PlannedOffer[] = [];
  for (const [modelId, list] of candidates) {
    list.sort(
      (a, b) =>
        b.entry.asOf.localeCompare(a.entry.asOf) ||
        Number(b.exact) - Number(a.exact) ||
        a.entry.id.length - b.entry.id.length ||
        a.entry.id.localeCompare(b.entry.id),
    );
    const { entry } = list[0] ?? {};
    const model = byId.get(modelId);
    if (!entry || !model) continue;
    // genai-prices names a model by its own id, which is not always what the provider's API takes
    // (`qwq-32b` at OpenRouter is `qwen/qwq-32b`): its prices may be the newest, but the id comes
    // from a source that lists the provider's own ids where one does, and is checked otherwise.
    const named = list.find((c) => c.entry.source !== 'genai-prices')?.entry ?? entry;
    const wrongId =
      idProblem(provider.id, named.id, model.creator) ?? ownApiProblem(provider, model.creator);
    if (wrongId) {
      skipped.push(`${named.ref} ${named.provider}/${named.id}: ${wrongId}; add the offer by hand`);
      continue;
    }
    const offer: Offer = {
      model: modelId,
      provider_model_id: named.id,
      ...(named !== entry && entry.id !== named.id && { source_ids: { [entry.source]: entry.id } }),
      // A unit that contradicts the price beside it (a slip in the source) is left out.
      price: withoutDoubtfulUnits(entry.price),
      ...(entry.contextWindow &&
        entry.contextWindow !== model.context_window && { context_window: entry.contextWindow }),
      ...(entry.maxOutput &&
        entry.maxOutput !== model.max_output && { max_output: entry.maxOutput }),
      updated: entry.asOf,
      source: entry.ref,
      // The maker's own API stops on the day it retires a model: kept, never shown as buyable.
      ...(model.status === 'retired' &&
        model.retired !== undefined &&
        makersOwnApi(provider.id, model.creator) && { withdrawn: model.retired }),
    };
    const parsed = Offer.safeParse(offer);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      skipped.push(`${entry.ref} ${entry.provider}/${entry.id}: ${why}`);
      continue;
    }
    offers.push({ offer, entry });
  }
  offers.sort((a, b) => a.offer.model.localeCompare(b.offer.model));
  return { offers, skipped };
}

/** The provider file's text with the offers appended to `offers`; the rest is kept as it was. */
export function appendOffers(text: string, offers: Offer[]): string {
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  if (!isMap(doc.contents)) throw new Error('a provider file must be a mapping');
  let list = doc.get('offers', true);
  if (!isSeq(list) || list.flow) {
    list = new YAMLSeq();
    doc.set('offers', list);
  }
  for (const offer of offers) (list as YAMLSeq).items.push(doc.createNode(offer));
  return doc.toString(YAML_OUTPUT);
}

/** The source ids a model's entries use, for its `aliases`: everything not already its id. */
export function aliasesFor(id: string, names: Iterable<string>): string[] {
  const own = normalizeModelId(id);
  const seen = new Set<string>([own]);
  const aliases: string[] = [];
  for (const name of names) {
    const key = normalizeModelId(name);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(key);
  }
  return aliases;
}
