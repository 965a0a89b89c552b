/**
 * One offer's prices against its sources: confirmed, changed, refused by the guard, in conflict
 * (the source lists it twice at two prices, or another source disagrees), or no longer listed.
 */
import { daysBetween } from '../../lib/dates.ts';
import type { Offer } from '../../schemas/offer.ts';
import type { ProviderRecord } from '../../schemas/records.ts';
import type { SourceId } from '../../sources/types.ts';
import { isFee } from '../../schemas/units.ts';
import { guard } from './guards.ts';
import { changedFields, flatPrice, mergePrice } from './prices.ts';
import { entriesFor, sourceOf, type SourceIndex } from './sources.ts';
import { RECHECK_DAYS, type Conflict, type OfferRef, type Plan } from './types.ts';

/**
 * Adds what the sources say of one offer's prices to the plan. Returns the source that priced it,
 * for the source's count of matched offers, or undefined when none did.
 */
export function planOffer(
  result: Plan,
  usable: SourceIndex,
  provider: ProviderRecord,
  offer: Offer,
  ref: OfferRef,
): SourceId | undefined {
  const today = result.today;
  const primary = sourceOf(offer.source);
  if (!primary) return undefined; // prices from a provider's own page: not the refresher's to change
  const index = usable.get(primary);
  if (!index) return undefined; // the source failed or was refused: the offer stays as it is
  result.checked++;
  const entries = entriesFor(index, provider, offer, primary);
  if (entries.length === 0) {
    result.unlisted.push({ offer: ref, source: primary });
    return undefined;
  }
  goneFees(result, primary, offer, entries, ref);
  // Where the source lists the offer twice, the entry that agrees with the file is the one the
  // file was taken from; two that disagree with the file and with each other settle nothing.
  const merged = entries.map((e) => ({ entry: e, after: mergePrice(offer.price, e.price) }));
  if (merged.some((m) => changedFields(offer.price, m.after).length === 0)) {
    const since = daysBetween(offer.checked ?? offer.updated, today);
    result.confirmations.push({ offer: ref, write: since >= RECHECK_DAYS });
    return primary;
  }
  const first = merged[0];
  if (!first) return primary;
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
    return primary;
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
    return primary;
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
      for (const o of others) says[o.ref] = flatPrice(mergePrice(offer.price, o.price)).get(field);
      result.conflicts.push({ offer: ref, field, before: flatBefore.get(field), says });
    }
    return primary;
  }
  const was = flatPrice(offer.price);
  for (const field of fields.filter((f) => isFee(f) && was.get(f) == null)) {
    result.fees.push({
      offer: ref,
      source: primary,
      field,
      change: 'added',
      before: undefined,
      after: flatAfter.get(field),
    });
  }
  result.changes.push({
    offer: ref,
    before: offer.price,
    after,
    ref: entry.ref,
    previousRef: offer.source,
    previousUpdated: offer.updated,
  });
  return primary;
}

/** Each fee the offer has that no entry of its source states any more: kept, and reported. */
function goneFees(
  result: Plan,
  source: SourceId,
  offer: Offer,
  entries: readonly { price: Offer['price'] }[],
  ref: OfferRef,
): void {
  for (const [field, value] of flatPrice(offer.price)) {
    if (!isFee(field) || value == null) continue;
    if (entries.some((e) => flatPrice(e.price).get(field) != null)) continue;
    result.fees.push({
      offer: ref,
      source,
      field,
      change: 'gone',
      before: value,
      after: undefined,
    });
  }
}
