/**
 * How a query was read, in words: the sentence under the search form ("Read “best”, “coding” as:
 * best LiveCodeBench score first (the coding benchmark scored for the most models).") and the
 * readings the form lists, each of which a visitor may drop ("makes images", "cheapest input
 * first").
 */
import type { ReadQuery } from './query.ts';
import { RULES } from './rules.ts';
import { ALL_STATUSES, CHEAP, type SearchFilter, type SearchSort } from './tags.ts';

const INPUT: Record<string, string> = {
  text: 'reads text',
  image: 'reads images',
  audio: 'hears audio',
  video: 'watches video',
  pdf: 'reads PDFs',
};
const OUTPUT: Record<string, string> = {
  text: 'writes text',
  image: 'makes images',
  audio: 'speaks (makes audio)',
  video: 'makes video',
  pdf: 'makes PDFs',
};

/** A filter and its value in plain words: "reads images", "context of 1M tokens or more". */
export function filterWords(key: SearchFilter, value: string): string {
  switch (key) {
    case 'input':
      return INPUT[value] ?? `reads ${value}`;
    case 'output':
      return OUTPUT[value] ?? `makes ${value}`;
    case 'minctx':
      return `context of ${value}`;
    case 'tier':
      return `${value} tier`;
    case 'creator':
      return `made by ${value}`;
    case 'status':
      return value === ALL_STATUSES ? 'retired models included' : `${value} models only`;
    case 'priceband':
      return value;
    default:
      return value.charAt(0).toLowerCase() + value.slice(1);
  }
}

/** A sort in words, from the label the form's order field gives it, with why for a benchmark. */
function sortWords(read: ReadQuery, sortLabel: (sort: SearchSort) => string): string {
  const { intent } = read;
  const why = !intent
    ? ''
    : intent.category
      ? ` (the ${intent.category.replace(/-/g, ' ')} benchmark scored for the most models; models without a score are left out)`
      : ' (what “smartest” and “best” alone are read as; models without a score are left out)';
  const label = read.sort ? sortLabel(read.sort) : '';
  // "Cheapest input first" → "cheapest input first"; a benchmark keeps its own capitals.
  return label ? `${label.charAt(0).toLowerCase()}${label.slice(1)}${why}` : '';
}

/** '' when nothing was read; `sortLabel` names a sort as the form's order field does. */
export function readingText(read: ReadQuery, sortLabel: (sort: SearchSort) => string): string {
  if (read.understood.length === 0) return '';
  const sort = sortWords(read, sortLabel);
  const parts = [
    ...Object.entries(read.filters).map(([k, v]) => filterWords(k as SearchFilter, v)),
    ...(sort ? [sort] : []),
  ];
  return `Read “${read.understood.join('”, “')}” as: ${parts.join(', ')}.`;
}

/** One thing a query was read as, the words that asked for it, and what it is in words. */
export interface Reading {
  /** The filter it sets, or the order. */
  key: SearchFilter | 'sort';
  /** In plain words, without the why: "makes images", "best GPQA Diamond score first". */
  words: string;
  /** The phrases of the query that asked for it, as typed (lower case): dropping it takes them out. */
  phrases: string[];
}

/** Which reading a phrase of `understood` made: the rule it matches, or else the intent's sort. */
function keyOf(phrase: string, read: ReadQuery): SearchFilter | 'sort' {
  if (read.intent?.words.includes(phrase)) return 'sort';
  const rule = RULES.find((r) => r.pattern.test(` ${phrase} `));
  if (!rule) return 'sort';
  // Beside a question about quality, "cheap" narrows to cheap models: the sort is the benchmark's.
  if (rule.sort === 'price' && read.intent && read.filters.priceband === CHEAP) return 'priceband';
  return rule.sort ? 'sort' : (rule.filter?.[0] ?? (rule.read ? 'minctx' : 'sort'));
}

/** The readings of a query, in the order the sentence names them: filters, then the order. */
export function readings(read: ReadQuery, sortLabel: (sort: SearchSort) => string): Reading[] {
  const phrases = new Map<SearchFilter | 'sort', string[]>();
  for (const phrase of read.understood) {
    const key = keyOf(phrase, read);
    phrases.set(key, [...(phrases.get(key) ?? []), phrase]);
  }
  const sort = sortWords(read, sortLabel).replace(/ \(.*\)$/, '');
  return [
    ...Object.entries(read.filters).map(([k, v]) => ({
      key: k as SearchFilter,
      words: filterWords(k as SearchFilter, v),
      phrases: phrases.get(k as SearchFilter) ?? [],
    })),
    ...(sort ? [{ key: 'sort' as const, words: sort, phrases: phrases.get('sort') ?? [] }] : []),
  ].filter((r) => r.phrases.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query with a reading's phrases taken out, as the visitor drops it: "cheapest vision model"
 * without "cheapest" is "vision model". Spaces and case as typed elsewhere are kept.
 */
export function withoutPhrases(query: string, phrases: readonly string[]): string {
  let text = query;
  for (const phrase of phrases) {
    const pattern = escapeRegExp(phrase).replace(/ /g, String.raw`[\s-]+`);
    text = text.replace(new RegExp(String.raw`(^|[^a-z0-9])${pattern}(?![a-z0-9])`, 'i'), '$1');
  }
  return text.replace(/\s+/g, ' ').trim();
}
