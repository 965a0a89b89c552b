/** Prices field by field: a source's statement laid over an offer's, and what moved between two. */
import type { Price } from '../../schemas/offer.ts';
import { unitFields } from '../../schemas/units.ts';
import { FLAT_PRICE_FIELDS } from '../../schemas/vocabulary.ts';

/** The prices compared field by field; long-context prices and the other units are compared below. */
export const PRICE_FIELDS = FLAT_PRICE_FIELDS;
const LONG_FIELDS = ['input', 'output', 'cached_input'] as const;
/** The units a source states as one number each. */
const UNIT_NUMBERS = ['cache_write_1h', 'reasoning'] as const;
/** The units a source states as a group of numbers, laid over the offer's group key by key. */
const UNIT_GROUPS = ['audio', 'image', 'fees'] as const;

/** `over`'s stated keys laid over `base`; a key `over` leaves out (or states as null) is kept. */
function overlay<T extends object>(base: T | undefined, over: T): T {
  const out: Record<string, unknown> = { ...(base ?? {}) };
  for (const [k, v] of Object.entries(over)) if (v != null) out[k] = v;
  return out as T;
}

/** The offer's prices with what the source states laid over them; what it leaves out is kept. */
export function mergePrice(current: Price, stated: Price): Price {
  const after: Price = { ...current };
  for (const field of [...PRICE_FIELDS, ...UNIT_NUMBERS]) {
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
  if (stated.tiers) {
    const tiers = { ...(current.tiers ?? {}) };
    for (const [name, tier] of Object.entries(stated.tiers) as [keyof typeof tiers, object][]) {
      if (tier) tiers[name] = overlay(current.tiers?.[name], tier);
    }
    after.tiers = tiers;
  }
  for (const group of UNIT_GROUPS) {
    const value = stated[group];
    if (value) (after as Record<string, unknown>)[group] = overlay(current[group], value);
  }
  return after;
}

/**
 * Every price field as a flat `name → value` list: long-context ones as `long_context.input`, the
 * other units by their path (`tiers.priority.input`, `fees.web_search_per_1k`; see unitFields).
 */
export function flatPrice(price: Price): Map<string, number | null | undefined> {
  const flat = new Map<string, number | null | undefined>();
  for (const field of PRICE_FIELDS) flat.set(field, price[field]);
  if (price.long_context) {
    flat.set('long_context.threshold', price.long_context.threshold);
    for (const field of LONG_FIELDS) flat.set(`long_context.${field}`, price.long_context[field]);
  }
  for (const [path, value] of unitFields(price)) flat.set(path, value);
  return flat;
}

/** The fields whose value differs between two prices. */
export function changedFields(before: Price, after: Price): string[] {
  const a = flatPrice(before);
  const b = flatPrice(after);
  const fields = new Set([...a.keys(), ...b.keys()]);
  return [...fields].filter((f) => (a.get(f) ?? null) !== (b.get(f) ?? null));
}
