/**
 * Turns a plan into new file texts, through the `yaml` Document API so every comment, key order and
 * line a person wrote survives: only the values the plan names are touched. Pure (text in, text
 * out); `scripts/refresh-prices.ts` checks the whole data set with the new texts and only then
 * writes them, each through a temporary file and a rename.
 */
import type { YAMLMap } from 'yaml';
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { withSchemaLine } from '../data/schema-line.ts';
import { YAML_OUTPUT } from '../import/importer.ts';
import type { SourceId } from '../sources/types.ts';
import type { RefreshState } from '../schemas/refresh-state.ts';
import { changedFields, flatPrice, PRICE_FIELDS } from './plan/prices.ts';
import type { Plan, PlannedChange, SpeedUpdate } from './plan/types.ts';

/** Sets `key` in `map`, placing a new key right after `after` when that key exists. */
function setAfter(doc: Document, map: YAMLMap, key: string, value: unknown, after: string): void {
  if (map.has(key)) {
    map.set(key, doc.createNode(value));
    return;
  }
  const at = map.items.findIndex(
    (pair) => String((pair.key as { value?: unknown }).value ?? pair.key) === after,
  );
  const pair = doc.createPair(key, value);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at + 1, 0, pair);
}

function offerNode(doc: Document, index: number): YAMLMap {
  const offers = doc.get('offers', true);
  const node = isSeq(offers) ? offers.items[index] : undefined;
  if (!isMap(node)) throw new Error(`offers[${index}] is not a mapping`);
  return node;
}

const TOKEN_FIELDS = new Set<string>(PRICE_FIELDS);

/** Whether a change only adds units beside the token prices that the offer did not state before. */
function onlyNewUnits(change: PlannedChange): boolean {
  const before = flatPrice(change.before);
  return changedFields(change.before, change.after).every(
    (f) => !TOKEN_FIELDS.has(f) && !f.startsWith('long_context.') && before.get(f) == null,
  );
}

function applyChange(doc: Document, change: PlannedChange, today: string): void {
  const offer = offerNode(doc, change.offer.index);
  const path = ['offers', change.offer.index] as const;
  for (const [field, value] of flatPrice(change.after)) {
    if ((flatPrice(change.before).get(field) ?? null) === (value ?? null) || value == null)
      continue;
    // A generated image's prices are a list by size and quality: the list is written whole.
    if (field.startsWith('image.per_image[')) {
      doc.setIn([...path, 'price', 'image', 'per_image'], change.after.image?.per_image);
    } else {
      doc.setIn([...path, 'price', ...field.split('.')], value);
    }
  }
  // A unit stated for the first time (a tier, a fee) ends no price: the history is left alone.
  if (onlyNewUnits(change)) {
    offer.set('updated', today);
    offer.set('source', change.ref);
    offer.delete('checked');
    return;
  }
  // The old prices go to the end of the history, with the days they held and where they came from.
  const entry = doc.createNode({
    price: change.before,
    from: change.previousUpdated,
    until: today,
    source: change.previousRef,
  });
  const history: unknown = offer.get('history', true);
  if (isSeq(history)) {
    history.items.push(entry);
  } else {
    const seq = new YAMLSeq();
    seq.items.push(entry);
    offer.set('history', seq);
  }
  offer.set('updated', today);
  offer.set('source', change.ref);
  // A new price is confirmed by being taken; an older `checked` would predate `updated`.
  offer.delete('checked');
}

function applySpeed(doc: Document, update: SpeedUpdate): void {
  const offer = offerNode(doc, update.offer.index);
  setAfter(doc, offer, 'speed', update.speed, 'quantization');
}

/** A provider file with the plan's edits for it; the same text when the plan has none. */
export function editProviderFile(text: string, provider: string, p: Plan): string {
  const changes = p.changes.filter((c) => c.offer.provider === provider);
  const confirmations = p.confirmations.filter((c) => c.offer.provider === provider && c.write);
  const speeds = p.speeds.filter((s) => s.offer.provider === provider);
  if (changes.length + confirmations.length + speeds.length === 0) return text;
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  for (const change of changes) applyChange(doc, change, p.today);
  for (const confirmation of confirmations) {
    setAfter(doc, offerNode(doc, confirmation.offer.index), 'checked', p.today, 'updated');
  }
  for (const speed of speeds) applySpeed(doc, speed);
  return doc.toString(YAML_OUTPUT);
}

/**
 * The refresh state after this run: each source read successfully gets its time and counts. A
 * second run on the same day with the same counts keeps the old text, so it changes no file.
 */
export function nextState(previous: RefreshState | undefined, p: Plan, now: string): RefreshState {
  const sources: RefreshState['sources'] = { ...(previous?.sources ?? {}) };
  for (const s of p.sources) {
    if (!s.ok) continue;
    const old = previous?.sources[s.id as SourceId];
    const same =
      old !== undefined &&
      old.last_success.slice(0, 10) === now.slice(0, 10) &&
      old.models === s.models &&
      old.offers_matched === s.matched;
    sources[s.id as SourceId] = same
      ? old
      : { last_success: now, models: s.models, offers_matched: s.matched };
  }
  const changed = JSON.stringify(sources) !== JSON.stringify(previous?.sources ?? {});
  const lastRun = changed || !previous?.last_run ? now : previous.last_run;
  return { last_run: lastRun, sources };
}

/** The text of data/refresh-state.yaml: the old text when nothing in it changed. */
export function stateFileText(
  previousText: string | undefined,
  previous: RefreshState | undefined,
  state: RefreshState,
): string {
  if (previousText !== undefined && JSON.stringify(previous) === JSON.stringify(state)) {
    return previousText;
  }
  const doc = new Document(state);
  doc.commentBefore =
    ' Written by npm run refresh: when each price source was last read. Not edited by hand.';
  return withSchemaLine('refresh-state', doc.toString(YAML_OUTPUT));
}
