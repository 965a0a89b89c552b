/**
 * What the search index knows about each catalog page, as a small HTML document per page.
 *
 * Pagefind reads HTML. Given the built pages themselves it reads every byte of them (price tables,
 * charts, the calculator) even where they are marked to be ignored, which at 10,000 models took
 * half a minute and nearly 3 GiB. So the build writes these documents instead (one endpoint, read
 * and removed by the Pagefind integration): only the words worth finding, the name variants people
 * type, and the filters, sort keys and result fields. Each document keeps the page's own address,
 * so results link to the page.
 */
import { onSale } from '../catalog/offers.ts';
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { escapeMarkup } from '../escape.ts';
import { PROVIDER_KINDS } from '../format.ts';
import { deriveInsights } from '../text/insights.ts';
import { aboutText } from '../text/model-text.ts';
import { codingBenchmarks, searchNames, searchTags } from './tags.ts';
import { fittingBenchmarks, scoreTags, type Intents } from './intents.ts';

export interface SearchRecord {
  /** The page's path without the site's base, as Pagefind records it. */
  url: string;
  /** What finds the page by name, as HTML: the name (its h1, which weighs most), maker, summary. */
  body: string;
  /** The rest of the words, for full-text search: about, features, strengths and limitations. */
  more: string;
  filters: [string, string][];
  sorts: Record<string, number>;
  meta: Record<string, string>;
}

const p = (text: string | undefined) => (text ? `<p>${escapeMarkup(text)}</p>` : '');
const items = (lines: readonly string[] | undefined) =>
  lines?.length ? `<ul>${lines.map((l) => `<li>${escapeMarkup(l)}</li>`).join('')}</ul>` : '';

function modelRecord(
  model: CatalogModel,
  catalog: Catalog,
  intents: Intents,
  coding: ReadonlySet<string>,
  today: string | undefined,
): SearchRecord {
  const tags = searchTags(model, coding, today);
  // Headline scores on the benchmarks a question about quality is read as, so Pagefind sorts by them.
  const scores = scoreTags(model, catalog, intents);
  const filters = tags.filters;
  const sorts = { ...tags.sorts, ...scores.sorts };
  const meta = { ...tags.meta, ...scores.meta };
  const insights = deriveInsights(model, catalog.ranks.get(model.id) ?? {});
  const body = [
    p(model.creatorName),
    // Pagefind keeps a hyphenated word whole; the variants let "gpt 4o" find GPT-4o.
    `<h1 data-search-names="${escapeMarkup(searchNames(model))}" data-pagefind-index-attrs="data-search-names">${escapeMarkup(model.name)}</h1>`,
    p(model.summary),
  ].join('');
  const more = [
    p(`Family ${model.family}.`),
    ...aboutText(model).map(p),
    items(model.key_features),
    items(model.use_cases),
    items(insights.strengths),
    items(insights.limitations),
  ].join('');
  return { url: `/models/${model.id}/`, body, more, filters, sorts, meta };
}

/**
 * One record per model, provider and creator page: the pages search finds. With `today`, each
 * model's price says its age.
 */
export function searchRecords(catalog: Catalog, today?: string): SearchRecord[] {
  const providers = catalog.providers.map((provider): SearchRecord => ({
    url: `/providers/${provider.id}/`,
    body: [`<h1>${escapeMarkup(provider.name)}</h1>`, p(provider.summary)].join(''),
    more: p(
      `${PROVIDER_KINDS[provider.kind] ?? provider.kind}, serving ${provider.offers.filter(onSale).length} models.`,
    ),
    filters: [],
    sorts: {},
    meta: { title: provider.name, kind: 'Provider' },
  }));
  const creators = catalog.creators.map((creator): SearchRecord => ({
    url: `/creators/${creator.id}/`,
    body: [`<h1>${escapeMarkup(creator.name)}</h1>`, p(creator.summary)].join(''),
    more: '',
    filters: [],
    sorts: {},
    meta: { title: creator.name, kind: 'Model maker' },
  }));
  const intents = fittingBenchmarks(catalog);
  const coding = codingBenchmarks(catalog);
  return [
    ...catalog.models.map((m) => modelRecord(m, catalog, intents, coding, today)),
    ...providers,
    ...creators,
  ];
}

const span = (attribute: string, key: string, value: string) =>
  `<span data-pagefind-${attribute}="${escapeMarkup(key)}">${escapeMarkup(value)}</span>`;

/**
 * The document Pagefind indexes for a record. `full: false` is the quick bundle the header box
 * loads to find a page by name: no filters or sort keys (a sort costs the bundle's metadata file
 * a few bytes per page) and only the words of `body`, whose index chunks are far smaller than
 * those of the prose, where numbers and common words sit on every page.
 */
export function recordHtml(record: SearchRecord, options: { full: boolean }): string {
  const tags = [
    ...Object.entries(record.meta)
      // Scores show only beside results sorted by them, which the quick bundle never is.
      .filter(([key, value]) => value !== '' && (options.full || !key.startsWith('score-')))
      .map(([key, value]) => span('meta', key, value)),
    ...(options.full
      ? [
          ...record.filters.map(([key, value]) => span('filter', key, value)),
          ...Object.entries(record.sorts).map(([key, value]) => span('sort', key, String(value))),
        ]
      : []),
  ].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeMarkup(record.meta['title'] ?? '')}</title></head><body><main data-pagefind-body><div hidden data-pagefind-ignore>${tags}</div>${record.body}${options.full ? record.more : ''}</main></body></html>`;
}
