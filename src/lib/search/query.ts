/**
 * Reading what a person types into the search box. Words that describe a kind of model rather than
 * name one ("cheapest", "vision", "open weights", "tool calling") become the filters and sort the
 * /search/ page offers, so "cheapest vision model" lists image-input models by price instead of
 * pages that happen to contain the word "cheapest"; a question about quality ("best coding
 * model", "smartest cheap model") becomes a sort by a benchmark (intents.ts). The rest is searched
 * as text.
 */
import type { SearchFilter, SearchSort } from './tags.ts';
import { ALL_STATUSES, CHEAP, nameWords, RANKED_STATUSES, SORT_ORDER } from './tags.ts';
import { FILLER, RULES } from './rules.ts';
import {
  intentBenchmarks,
  NO_INTENTS,
  readIntent,
  scoreSortKey,
  type Intent,
  type Intents,
} from './intents.ts';

export interface ReadQuery {
  /** What is left to search as text; null when the words only described the kind of model. */
  text: string | null;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort;
  /** The phrases that were read as filters or a sort, as typed, to show what was understood. */
  understood: string[];
  /** A question about quality, read as a sort by this benchmark. */
  intent?: Intent;
}

/**
 * `intents` are the benchmarks a question about quality can be read as (intents.ts
 * `fittingBenchmarks`); without them such questions are searched as text.
 */
export function readQuery(query: string, intents: Intents = NO_INTENTS): ReadQuery {
  const typed = ` ${query.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  let rest = typed;
  const filters: ReadQuery['filters'] = {};
  let sort: SearchSort = '';
  const understood: string[] = [];
  for (const rule of RULES) {
    const match = rule.pattern.exec(rest);
    if (!match) continue;
    const filter = rule.read ? rule.read(match) : rule.filter;
    if (!filter && !rule.sort) continue;
    understood.push(match[0]);
    rest = rest.replace(rule.pattern, ' ');
    if (rule.sort) sort = rule.sort;
    // A tier is named by the word itself.
    if (filter) filters[filter[0]] = filter[1] || match[0];
  }
  let words = rest.split(' ').filter((w) => w !== '' && !FILLER.has(w));
  // "Largest context" is a sort of its own, which a bare "best" does not override.
  const intent = sort === 'context' ? null : readIntent(typed, intents, words.length === 0);
  if (intent) {
    // A skill the benchmark is chosen by ("best coding model") is not also a filter.
    const skill = intent.category;
    const phrase = understood.find((u) => intent.words.some((w) => u.includes(w) || w.includes(u)));
    if ((skill === 'coding' || skill === 'reasoning') && filters[skill] && phrase) {
      if (skill === 'coding') delete filters.coding;
      else delete filters.reasoning;
      understood.splice(understood.indexOf(phrase), 1);
    }
    // The benchmark takes the sort; "cheap" then narrows to cheap models instead.
    if (sort === 'price') filters.priceband = CHEAP;
    sort = scoreSortKey(intent.benchmark.id);
    for (const w of intent.words) if (!understood.includes(w)) understood.push(w);
    const read = new Set(intent.words.flatMap((w) => w.split(' ')));
    words = words.filter((w) => !read.has(w));
  }
  // Filler alone ("the best Claude") is still a text search: nothing was read as a filter.
  if (understood.length === 0) return { text: query.trim() || null, filters, sort, understood };
  return {
    text: words.length > 0 ? words.join(' ') : null,
    filters,
    sort,
    understood,
    ...(intent && { intent }),
  };
}

/** What a result needs for ranking: its title, and for a model its status and release date. */
export interface Rankable {
  score: number;
  meta: Record<string, string | undefined>;
}

const partsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * How well the words typed match a result's name: the share of them found in it (a word still
 * being typed counts when a name word starts with it), plus one when the whole name was typed.
 */
export function nameMatch(query: string, title: string): number {
  const typed = partsOf(query);
  if (typed.length === 0) return 0;
  const words = nameWords(title);
  const found = typed.filter(
    (q, i) =>
      words.has(q) ||
      // Only the last word may be unfinished: "claude hai" is on its way to "claude haiku".
      (i === typed.length - 1 && [...words].some((w) => w.startsWith(q))),
  ).length;
  const joined = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const exact = joined(query) === joined(title) ? 1 : 0;
  return found / typed.length + exact;
}

// Pages that are not a model (a maker, a provider) come first among equal matches: "mistral" is
// Mistral AI's page before any one Mistral model.
const STATUS_RANK: Record<string, number> = { active: 1, preview: 2, deprecated: 3, retired: 4 };

/**
 * Orders text-search results so the page people mean comes first. Pagefind scores by how often
 * the words appear, which cannot tell Claude Haiku 4.5 from Claude Haiku 3.5 when both are called
 * "Claude Haiku". Here a result whose name holds more of the typed words comes first, a name typed
 * whole before all others; then the name with fewer other words ("Llama 4 Maverick" before
 * "Llama 3.3 Nemotron Super 49B v1.5" for "llama"); then a model still sold before a deprecated
 * one, and the newest first; Pagefind's score breaks the remaining ties, and alone orders the
 * results whose names hold none of the words.
 */
export function rankHits<T extends Rankable>(query: string, hits: readonly T[]): T[] {
  const keyed = hits.map((hit) => {
    const title = hit.meta['title'] ?? '';
    return {
      hit,
      match: nameMatch(query, title),
      // Version numbers are not other words: Claude Haiku 4.5 is as short a name as Claude Haiku 3.
      length: partsOf(title).filter((w) => /[a-z]/.test(w)).length,
      status: STATUS_RANK[hit.meta['status'] ?? ''] ?? 0,
      released: hit.meta['released'] ?? '',
    };
  });
  keyed.sort(
    (a, b) =>
      b.match - a.match ||
      // Names that hold none of the words say nothing: Pagefind's score orders those.
      (a.match === 0 ? b.hit.score - a.hit.score : 0) ||
      a.length - b.length ||
      a.status - b.status ||
      b.released.localeCompare(a.released) ||
      b.hit.score - a.hit.score,
  );
  return keyed.map((k) => k.hit);
}

/**
 * What Pagefind is asked for: `pagefindOptions`, with retired models left out of a sorted list
 * (cheapest, largest context, best score) unless a status is chosen, since nobody can buy them;
 * the status "all" keeps them in.
 */
export function searchOptions(
  filters: Partial<Record<SearchFilter, string>>,
  sort: SearchSort,
  intents: Intents = NO_INTENTS,
): { filters: Record<string, string | { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const { status, ...rest } = filters;
  const options = pagefindOptions(rest, sort, intents);
  if (status && status !== ALL_STATUSES)
    return { ...options, filters: { ...options.filters, status } };
  if (status || sort === '') return options;
  return { ...options, filters: { ...options.filters, status: { any: RANKED_STATUSES } } };
}

/**
 * Whether `searchOptions` leaves retired models out of these results in a way the status filter
 * undoes: a benchmark's order has them out anyway, since they carry no scores (intents.ts).
 */
export const retiredLeftOut = (filters: Partial<Record<SearchFilter, string>>, sort: SearchSort) =>
  (sort === 'price' || sort === 'context') && !filters.status;

/**
 * Pagefind's options for a set of filters and a sort, leaving out the ones not chosen. A score is
 * sorted best first: descending, or ascending where lower is better.
 */
export function pagefindOptions(
  filters: Partial<Record<SearchFilter, string>>,
  sort: SearchSort,
  intents: Intents = NO_INTENTS,
): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const chosen = Object.fromEntries(
    Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
  );
  if (sort === '') return { filters: chosen };
  const order =
    sort === 'price' || sort === 'context'
      ? SORT_ORDER[sort]
      : intentBenchmarks(intents).find((b) => scoreSortKey(b.id) === sort)?.lower
        ? 'asc'
        : 'desc';
  return { filters: chosen, sort: { [sort]: order } };
}
