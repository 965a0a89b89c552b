/**
 * Field builders shared by every schema. Each one carries its own error message, phrased for the
 * person editing the YAML: what was expected and what was found.
 */
import { z } from 'astro/zod';

/** A short, quoted rendering of a value found in a file, for error messages. */
export function show(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** An error option that says "expected <what>, got <found>" (or that the field is missing). */
export function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? `missing: expected ${what}`
        : `expected ${what}, got ${show(issue.input)}`,
  };
}

/** Lower-case ids that may keep dots, as model names do: `gpt-4.1`, `claude-sonnet-4.5`. */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const Id = z
  .string(expected('an id (lower-case letters, digits, dots and dashes)'))
  .regex(ID_PATTERN, expected('an id (lower-case letters, digits, dots and dashes)'));

// A nonzero price below this is almost certainly a per-token value pasted as per-1M.
const SMALLEST_PRICE = 0.001;
/** Prices per 1M tokens are quoted to a millionth of a dollar at most. */
export const PRICE_DECIMALS = 6;
// The dearest API models cost a few hundred USD per 1M output tokens; past this it is a unit slip.
const LARGEST_PRICE = 5000;

/** A price in USD per 1M tokens. `null` or absent means unknown; 0 means free, never unknown. */
export const UsdPerMillion = z
  .number(expected('a non-negative number (USD per 1M tokens)'))
  .min(0, expected('a non-negative number (USD per 1M tokens)'))
  .max(LARGEST_PRICE, {
    error: (issue) =>
      `expected at most ${LARGEST_PRICE} USD per 1M tokens, got ${show(issue.input)}: is it per 1K tokens or in cents?`,
  })
  // Negative values are reported by min() above; this catches only the tiny positive ones.
  .refine((v) => v <= 0 || v >= SMALLEST_PRICE, {
    error: (issue) =>
      `expected USD per 1M tokens, got ${show(issue.input)}, which looks like a price per token: multiply by 1,000,000`,
  })
  // 0.30000000000000004 is a sum done in floating point, not a price anyone quotes. A value below
  // the smallest price is a per-token price, said above; "write 0" would turn it into free.
  .refine((v) => v < SMALLEST_PRICE || Number(v.toFixed(PRICE_DECIMALS)) === v, {
    error: (issue) =>
      `expected at most ${PRICE_DECIMALS} decimal places, got ${show(issue.input)}: floating-point noise? write ${Number((issue.input as number).toFixed(PRICE_DECIMALS))}`,
  });

/**
 * An amount in USD for one thing that is not a token: one call, one image, one minute, or 1,000
 * calls where the field's name says so. `null` or absent means unknown; 0 means free.
 */
export const UsdAmount = z
  .number(expected('a non-negative amount in USD'))
  .min(0, expected('a non-negative amount in USD'))
  .max(LARGEST_PRICE, expected(`at most ${LARGEST_PRICE} USD`))
  .refine((v) => Number(v.toFixed(PRICE_DECIMALS)) === v, {
    error: (issue) =>
      `expected at most ${PRICE_DECIMALS} decimal places, got ${show(issue.input)}: floating-point noise? write ${Number((issue.input as number).toFixed(PRICE_DECIMALS))}`,
  });

/** A whole number of tokens. */
export const TokenCount = z
  .int(expected('a whole number of tokens'))
  .positive(expected('a positive whole number of tokens'))
  .max(100_000_000, expected('at most 100,000,000 tokens'));

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written `YYYY-MM-DD`. YAML's core schema keeps it a string. */
export const IsoDate = z
  .string(expected('a date as YYYY-MM-DD'))
  // abort: a string that is not shaped like a date needs no second message about the calendar.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { ...expected('a date as YYYY-MM-DD'), abort: true })
  .refine(isCalendarDate, expected('a real calendar date as YYYY-MM-DD'));

/**
 * A release date: `YYYY-MM-DD`, or `YYYY-MM` when only the month is published. Sorting the strings
 * sorts the dates.
 */
export const DateOrMonth = z
  .string(expected('a date as YYYY-MM-DD (or YYYY-MM when only the month is known)'))
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
    ...expected('a date as YYYY-MM-DD (or YYYY-MM when only the month is known)'),
    abort: true,
  })
  .refine(
    (v) => (v.length === 7 ? isCalendarDate(`${v}-01`) : isCalendarDate(v)),
    expected('a real calendar date as YYYY-MM-DD (or a month as YYYY-MM)'),
  );

/** A month written `YYYY-MM`, as knowledge cutoffs are published. */
export const YearMonth = z
  .string(expected('a month as YYYY-MM'))
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, expected('a month as YYYY-MM'));

/** An ISO 8601 timestamp in UTC, as the refresher writes them. */
export const Timestamp = z.iso.datetime(expected('a UTC timestamp as YYYY-MM-DDTHH:MM:SSZ'));

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  // zod's own url() lets javascript: and data: through; only real web addresses are links here.
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

/** An absolute `https:` link. */
export const HttpsUrl = z
  .string(expected('an https:// link'))
  // The pattern is what JSON Schema (and so an editor) can check; the refinement checks the rest.
  .regex(/^https:\/\/\S+$/, { ...expected('an https:// link'), abort: true })
  .refine(isHttpsUrl, expected('an https:// link'));

/** Sources the refresher can read; also valid as an offer's `source`. */
export const SOURCE_IDS = ['openrouter', 'litellm', 'modelsdev', 'genai-prices'] as const;
export const SourceId = oneOf(SOURCE_IDS);

/**
 * The catalogue an offer's `source` names (`litellm@00035b69` is LiteLLM), or undefined for a link
 * to a page. The daily refresh checks and changes only the prices of offers whose source names a
 * catalogue, against that catalogue; a price cited from a page is left as written.
 */
export function catalogueOf(source: string): (typeof SOURCE_IDS)[number] | undefined {
  const id = source.split('@')[0];
  return SOURCE_IDS.find((s) => s === id);
}

/**
 * Where a number came from: a page's https link, or a source id with an optional revision
 * (`modelsdev@f3fc692`, `litellm@00035b69`) for numbers read from a catalogue.
 */
export const Source = z
  .string(expected('an https:// link or a source id such as modelsdev@f3fc692'))
  .refine(
    (v) => isHttpsUrl(v) || new RegExp(`^(${SOURCE_IDS.join('|')})(@[0-9a-z.-]+)?$`).test(v),
    expected(`an https:// link or a source id (${SOURCE_IDS.join(', ')}, optionally @revision)`),
  );

/** One of a fixed set of values, listing them when the value is not one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, expected(`one of ${values.join(', ')}`));
}

/** Non-empty text of at most `max` characters. */
function text(what: string, max: number) {
  return z
    .string(expected(what))
    .trim()
    .min(1, expected(`non-empty ${what}`))
    .max(max, {
      error: (issue) => `expected at most ${max} characters, got ${String(issue.input).length}`,
    });
}

/** One line of prose: no line breaks, a bounded length. */
export function oneLine(max: number) {
  return text('a line of text', max).regex(
    /^[^\n]*$/,
    expected('one line of text, without line breaks'),
  );
}

/** Free prose (may hold paragraphs separated by a blank line). */
export function prose(max: number) {
  return text('text', max);
}

/** A list whose items must be unique (a tag list, a list of ids). */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, expected(`a list of ${what}`))
    .refine((list) => new Set(list).size === list.length, {
      error: (issue) => {
        const list = issue.input as unknown[];
        const dup = list.find((v, i) => list.indexOf(v) !== i);
        return `expected each of the ${what} once, got ${show(dup)} twice`;
      },
    });
}
