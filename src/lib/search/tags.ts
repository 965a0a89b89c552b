/**
 * What Pagefind records about each model page beyond its text: the filters a search can narrow by,
 * the sort keys, and the metadata a result shows. The /search/ page's controls are built from the
 * same lists, so a filter offered there always matches values the index holds.
 */
import { statusMark } from '../catalog/status.ts';
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { tokens, usdRounded } from '../format.ts';
import { isReseller } from '../catalog/sellers.ts';
import { ageInWords } from '../dates.ts';
import { aboutText } from '../text/model-text.ts';

export const SEARCH_FILTERS = [
  { key: 'creator', label: 'Creator' },
  { key: 'tier', label: 'Tier' },
  { key: 'input', label: 'Input' },
  { key: 'output', label: 'Output' },
  { key: 'reasoning', label: 'Reasoning' },
  { key: 'coding', label: 'Coding' },
  { key: 'tools', label: 'Tool calling' },
  { key: 'weights', label: 'Weights' },
  { key: 'minctx', label: 'Context' },
  { key: 'priceband', label: 'Input price' },
  { key: 'status', label: 'Status' },
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number]['key'];

export const SEARCH_SORTS = [
  { key: '', label: 'Best match' },
  { key: 'price', label: 'Cheapest input first' },
  { key: 'context', label: 'Largest context first' },
] as const;
/** A fixed sort, or a benchmark's headline scores (`score-<id>`, see intents.ts). */
export type SearchSort = (typeof SEARCH_SORTS)[number]['key'] | `score-${string}`;

/** Pagefind's sort direction for each fixed key: cheapest first, largest context first. */
export const SORT_ORDER: Record<'price' | 'context', 'asc' | 'desc'> = {
  price: 'asc',
  context: 'desc',
};

/**
 * Bands of the cheapest input price per 1M tokens, a filter: "cheap" beside a question about
 * quality ("smartest cheap model") means the first, since the sort is taken by the benchmark.
 */
export const PRICE_BANDS = [
  { below: 1, label: 'Input under $1 / 1M' },
  { below: 5, label: 'Input $1 to $5 / 1M' },
  { below: Infinity, label: 'Input $5 / 1M or more' },
] as const;
export const CHEAP = PRICE_BANDS[0].label;

export const TOOLS = { yes: 'Tool calling', no: 'No tool calling' } as const;
export const REASONING = {
  yes: 'Reasons before answering',
  no: 'Answers without reasoning',
} as const;
/** The only value of the coding filter: a model is made for code, or measured on it. */
export const CODING = 'Made or scored for code';

/**
 * Context sizes a request names ("1M context", "200k context window"): each model carries every
 * band its window reaches, so one filter value finds all models at least that large.
 */
export const CONTEXT_BANDS = [
  8_000, 16_000, 32_000, 64_000, 128_000, 200_000, 256_000, 400_000, 1_000_000, 2_000_000,
  10_000_000,
].map((min) => ({
  min,
  label: `${min >= 1_000_000 ? `${min / 1_000_000}M` : `${min / 1000}K`} tokens or more`,
}));

/** The band a typed size falls in: the smallest at least as large, so every model shown fits. */
export const contextBand = (size: number) => CONTEXT_BANDS.find((b) => b.min >= size);

/**
 * The status filter's value that keeps retired models in a sorted list: without it (or another
 * status), an order by price, context or score leaves them out, as they can no longer be bought.
 */
export const ALL_STATUSES = 'all';
export const RANKED_STATUSES = ['active', 'preview', 'deprecated'];

/** The ids of the benchmarks of the coding category, for `forCode`. */
export const codingBenchmarks = (catalog: Pick<Catalog, 'benchmarks'>): ReadonlySet<string> =>
  new Set(catalog.benchmarks.filter((b) => b.category === 'coding').map((b) => b.id));

/** Whether a model is made for code (its name says so) or was measured on a coding benchmark. */
export function forCode(
  model: Pick<CatalogModel, 'name' | 'family' | 'scores'>,
  codingBenchmarks: ReadonlySet<string>,
): boolean {
  return (
    /cod(?:e|er|ex|ing|estral)|devstral/i.test(`${model.name} ${model.family}`) ||
    (model.scores ?? []).some((s) => codingBenchmarks.has(s.benchmark))
  );
}

export const WEIGHTS = { open: 'Open weights', closed: 'Closed weights' } as const;

const firstSentence = (text: string) => text.replace(/(\.)\s.*$/s, '$1');

export interface SearchTags {
  filters: [SearchFilter, string][];
  sorts: { price?: number; context: number };
  meta: Record<string, string>;
}

/**
 * `codingBenchmarks`: the ids of the benchmarks in the coding category, for `forCode`. `today`:
 * the build day, to say the price's age beside it (left out when absent).
 */
export function searchTags(
  model: CatalogModel,
  codingBenchmarks: ReadonlySet<string> = new Set(),
  today?: string,
): SearchTags {
  const price = model.cheapestInput?.price;
  const asOf = model.cheapestInput?.asOf;
  const age = today && asOf ? `, ${ageInWords(asOf, today)}` : '';
  const from = model.cheapestInput?.provider;
  const seller = from ? ` at ${from.name}${isReseller(from) ? ' (reseller)' : ''}` : '';
  // Beside a reseller's figure, what the maker itself charges.
  const own = model.firstParty?.input;
  const ownSaid =
    from && isReseller(from) && own
      ? `; ${model.creatorName}'s own API ${usdRounded(own.price)}`
      : '';
  return {
    filters: [
      ['creator', model.creatorName],
      ['tier', model.tier],
      ...model.modalities.input.map((m): [SearchFilter, string] => ['input', m]),
      ...model.modalities.output.map((m): [SearchFilter, string] => ['output', m]),
      ['reasoning', model.capabilities.reasoning ? REASONING.yes : REASONING.no],
      ...(forCode(model, codingBenchmarks) ? [['coding', CODING] as [SearchFilter, string]] : []),
      ['tools', model.capabilities.tool_calling ? TOOLS.yes : TOOLS.no],
      ['weights', model.open_weights ? WEIGHTS.open : WEIGHTS.closed],
      ...CONTEXT_BANDS.filter((b) => model.context_window >= b.min).map(
        (b): [SearchFilter, string] => ['minctx', b.label],
      ),
      ['status', model.status],
      ...(price === undefined
        ? []
        : [
            ['priceband', PRICE_BANDS.find((b) => price < b.below)?.label ?? ''] as [
              SearchFilter,
              string,
            ],
          ]),
    ],
    sorts: { ...(price !== undefined && { price }), context: model.context_window },
    meta: {
      title: model.name,
      creator: model.creatorName,
      tier: model.tier,
      price:
        price === undefined
          ? ''
          : `Input from ${usdRounded(price)} / 1M tokens${seller}${age}${ownSaid}`,
      context: `${tokens(model.context_window)} context`,
      status: model.status,
      // In words on every result: retired and deprecated models are marked wherever listed.
      state: statusMark(model)?.words ?? '',
      released: model.released ?? '',
      // A result shows what the model is for rather than an excerpt of its page of figures.
      summary: model.summary ?? firstSentence(aboutText(model)[0] ?? ''),
    },
  };
}

/** The words of a name as people type them: "GPT-4o mini" is gpt, 4o, mini, gpt4o, 4omini, gpt4omini. */
export function nameWords(name: string): Set<string> {
  const parts = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const words = new Set(parts);
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (next) words.add(part + next);
  });
  words.add(parts.join(''));
  return words;
}

/**
 * The ways people type a model's name, indexed with its heading: "GPT-4o mini" is also found as
 * "gpt 4o mini", "gpt4o mini" and "gpt4omini", and by any id it goes by. Pagefind keeps a
 * hyphenated word whole, so without these "gpt 4o" would not find GPT-4o.
 */
export function searchNames(model: Pick<CatalogModel, 'name' | 'id' | 'aliases'>): string {
  const words = new Set<string>();
  for (const name of [model.name, model.id, ...(model.aliases ?? [])]) {
    for (const word of nameWords(name)) words.add(word);
  }
  return [...words].join(' ');
}
