/**
 * Turning what a person typed (at a prompt or in a flag) into a field's value, with the same zod
 * field schemas the data files are checked with. A wrong answer gets the message `npm run validate`
 * would print for it in a file ("expected a non-negative number (USD per 1M tokens), got "0.15
 * USD""), so the scaffold and the checks never disagree about what a field accepts.
 */
import type { z } from 'astro/zod';
import { IsoDate } from '../schemas/fields.ts';

/** A parsed answer, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const refuse = (message: string): Parsed<never> => ({ ok: false, message });

/** The value through a field schema; its first issue's message when the schema refuses it. */
export function withSchema<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return accept(result.data);
  return refuse(result.error.issues[0]?.message ?? 'not a valid value');
}

// A plain decimal: what a price or a count is typed as. Anything else ("0.15 USD", "$3", "1e-6")
// is handed to the schema as text, which then says what it expected and what it got.
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/** A number typed as a plain decimal, checked by a number schema (a price, a token count). */
export function parseNumber<S extends z.ZodType>(schema: S, text: string): Parsed<z.output<S>> {
  const trimmed = text.trim();
  return withSchema(schema, DECIMAL.test(trimmed) ? Number(trimmed) : trimmed);
}

/** A token count, where `128_000` and `128,000` are read as the 128000 they mean. */
export function parseTokens<S extends z.ZodType>(schema: S, text: string): Parsed<z.output<S>> {
  const trimmed = text.trim();
  const digits = trimmed.replace(/(?<=\d)[_,](?=\d{3}(\D|$))/g, '');
  return parseNumber(schema, /^\d+$/.test(digits) ? digits : trimmed);
}

/** A comma-separated list (`text,image`), each item checked by the list's schema. */
export function parseList<S extends z.ZodType>(schema: S, text: string): Parsed<z.output<S>> {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return withSchema(schema, items);
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);
const UNKNOWN = new Set(['unknown', '?']);

/** yes or no, as a boolean. */
export function parseYesNo(text: string): Parsed<boolean> {
  const word = text.trim().toLowerCase();
  if (YES.has(word)) return accept(true);
  if (NO.has(word)) return accept(false);
  return refuse(`expected yes or no, got ${JSON.stringify(text)}`);
}

/**
 * yes, no or unknown, for a capability: unknown is `undefined`, so the key is left out of the file
 * (the data's rule: a capability nobody has published is absent, never guessed).
 */
export function parseTriState(text: string): Parsed<boolean | undefined> {
  const word = text.trim().toLowerCase();
  if (UNKNOWN.has(word)) return accept(undefined);
  const yesNo = parseYesNo(word);
  return yesNo.ok ? yesNo : refuse(`expected yes, no or unknown, got ${JSON.stringify(text)}`);
}

/** A day, YYYY-MM-DD, no later than today: the day a price or a page was read. */
export function parseDayUpTo(text: string, today: string): Parsed<string> {
  const parsed = withSchema(IsoDate, text.trim());
  if (parsed.ok && parsed.value > today)
    return refuse(`expected a day no later than today (${today}), got ${parsed.value}`);
  return parsed;
}
