/**
 * Every page whose content a change to data/ changes, found by reading what each page shows from
 * the catalog before and after (`views.ts`), never by building the site: a model's page and its
 * makers' and providers' pages, every model page whose competitor cards, place in its tier or
 * benchmark places move with it, the comparison pages, the overview, /changes/ and the lists,
 * the benchmark pages, the JSON API and the feed. Pages that exist only before are gone.
 */
import { benchmarksFile } from '../api/benchmarks.ts';
import { modelFile, modelsFile, providersFile, type Context } from '../api/files.ts';
import { firstRows } from '../catalog/offers.ts';
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { competitorPairs } from '../compare/pairs.ts';
import { changesFeed, FEED_LIMIT } from '../feeds/atom.ts';
import { packedFind } from '../find/build-data.ts';
import { withoutScores } from '../find/scores.ts';
import { catalogChanges, LATEST_ON_OVERVIEW } from '../history/changes.ts';
import { FIRST_ROWS } from '../overview/table-state.ts';
import { siteFreshness } from '../provenance/freshness.ts';
import { STALE_AFTER_DAYS } from '../site.ts';
import { boardOf } from '../benchmarks/board.ts';
import {
  borrowedViews,
  boardView,
  changeView,
  compareView,
  creatorView,
  findView,
  indexViews,
  overviewRow,
  ownView,
  providerView,
  scoreColumn,
} from './views.ts';

/** The groups pages are told in, in this order. */
export const PAGE_GROUPS = [
  'Overview and lists',
  'Model pages',
  'Comparison pages',
  'Provider pages',
  'Maker pages',
  'Benchmark pages',
  'JSON API, finder data and feed',
] as const;
export type PageGroupName = (typeof PAGE_GROUPS)[number];

export interface AffectedPage {
  /** The site path: `/models/gpt-4o/`. */
  path: string;
  /** What on it changes, in a few words; `new` for a page that did not exist before. */
  why: string[];
}

export interface AffectedPages {
  /** Each group with its pages, sorted by path; groups with none are left out. */
  groups: { name: PageGroupName; pages: AffectedPage[] }[];
  /** Pages that exist before and not after, sorted: links to them now find nothing. */
  gone: string[];
  /** Set when something every page shows changes (the line on when prices were last checked). */
  everyPage: string | undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The same view of the catalog before and after. */
function both<T>(before: Catalog, after: Catalog, view: (c: Catalog) => T): [T, T] {
  return [view(before), view(after)];
}

export function affectedPages(before: Catalog, after: Catalog, today: string): AffectedPages {
  const groups = new Map<PageGroupName, Map<string, AffectedPage>>();
  const gone = new Set<string>();
  const mark = (group: PageGroupName, path: string, why: string) => {
    const pages = groups.get(group) ?? new Map<string, AffectedPage>();
    groups.set(group, pages);
    const page = pages.get(path) ?? { path, why: [] };
    pages.set(path, page);
    if (!page.why.includes(why)) page.why.push(why);
  };
  /** Pages keyed by path on each side: new, changed (for `why`) or gone. */
  const compare = (
    group: PageGroupName,
    [was, now]: [Map<string, string>, Map<string, string>],
    why: string,
  ) => {
    for (const [path, view] of now) {
      const old = was.get(path);
      if (old === undefined) mark(group, path, 'new');
      else if (old !== view) mark(group, path, why);
    }
    for (const path of was.keys()) if (!now.has(path)) gone.add(path);
  };
  const keyed = <T>(items: readonly T[], path: (x: T) => string, view: (x: T) => string) =>
    new Map(items.map((x) => [path(x), view(x)]));

  // Model pages: the model itself, then what other models lend it.
  const [pairsWas, pairsNow] = both(before, after, (c) =>
    competitorPairs(c.models, c.competitorsOf),
  );
  const own = both(before, after, (c) =>
    keyed(
      c.models,
      (m) => m.id,
      (m) => ownView(c, m),
    ),
  );
  const ownChanged = (id: string) => own[0].get(id) !== own[1].get(id);
  const slugs = [new Set(pairsWas.map((p) => p.slug)), new Set(pairsNow.map((p) => p.slug))];
  for (const m of after.models) {
    const path = `/models/${m.id}/`;
    const old = before.modelById.get(m.id);
    if (!old) {
      mark('Model pages', path, 'new');
      continue;
    }
    if (ownChanged(m.id)) mark('Model pages', path, 'its own data');
    const was = borrowedViews(before, old, slugs[0] ?? new Set());
    const now = borrowedViews(after, m, slugs[1] ?? new Set());
    for (const why of Object.keys(now) as (keyof typeof now)[])
      if (was[why] !== now[why]) mark('Model pages', path, why);
  }
  for (const m of before.models) if (!after.modelById.has(m.id)) gone.add(`/models/${m.id}/`);

  // Comparison pages: a pair's page shows both models' facts, prices, offers and scores.
  const sides = both(before, after, (c) =>
    keyed(
      c.models,
      (m) => m.id,
      (m) => compareView(c, m),
    ),
  );
  const sideNames = (a: CatalogModel, b: CatalogModel) =>
    [a, b].filter((m) => sides[0].get(m.id) !== sides[1].get(m.id)).map((m) => `${m.name}'s data`);
  for (const { slug, a, b } of pairsNow) {
    const path = `/compare/${slug}/`;
    if (!slugs[0]?.has(slug)) mark('Comparison pages', path, 'new');
    else for (const why of sideNames(a, b)) mark('Comparison pages', path, why);
  }
  for (const { slug } of pairsWas) if (!slugs[1]?.has(slug)) gone.add(`/compare/${slug}/`);

  compare(
    'Provider pages',
    both(before, after, (c) =>
      keyed(
        c.providers,
        (p) => `/providers/${p.id}/`,
        (p) => providerView(c, p),
      ),
    ),
    'its offers or facts',
  );
  compare(
    'Maker pages',
    both(before, after, (c) =>
      keyed(
        c.creators,
        (m) => `/creators/${m.id}/`,
        (m) => creatorView(c, m.id),
      ),
    ),
    'its models',
  );
  compare(
    'Benchmark pages',
    both(before, after, (c) =>
      keyed(
        c.benchmarks,
        (b) => `/benchmarks/${b.id}/`,
        (b) => boardView(boardOf(c, b)),
      ),
    ),
    'its board',
  );

  // The overview, /changes/ and the lists.
  const [changesWas, changesNow] = both(before, after, (c) => catalogChanges(c.models, today));
  // The overview holds the first rows; /models/ every row, without the latest changes.
  for (const [path, rows] of [
    ['/', 'first'],
    ['/models/', 'all'],
  ] as const)
    overviewReasons(before, after, changesWas, changesNow, rows).forEach((why) =>
      mark('Overview and lists', path, why),
    );
  const listed = changesListed(changesWas, changesNow);
  if (listed) mark('Overview and lists', '/changes/', listed);
  const [indexWas, indexNow] = [indexViews(before, pairsWas), indexViews(after, pairsNow)];
  for (const path of Object.keys(indexNow) as (keyof typeof indexNow)[])
    if (indexWas[path] !== indexNow[path]) mark('Overview and lists', path, 'its list');

  // What the site publishes for programs: the API, the finder's data and the feed.
  const data = (c: Catalog, changes: ReturnType<typeof catalogChanges>) => {
    const context: Context = { absolute: (p) => p, generated: '' };
    const find = packedFind(c, today, STALE_AFTER_DAYS);
    return new Map([
      ['/api/v1/models.json', JSON.stringify(modelsFile(c, context))],
      ['/api/v1/providers.json', JSON.stringify(providersFile(c, context))],
      ['/api/v1/benchmarks.json', JSON.stringify(benchmarksFile(c, context))],
      ...c.models.map(
        (m) => [`/api/v1/models/${m.id}.json`, JSON.stringify(modelFile(m, c, context))] as const,
      ),
      ['/find-data.json', JSON.stringify(withoutScores(find))],
      ['/find-scores.json', JSON.stringify(find.scores ?? [])],
      [
        '/changes.xml',
        changesFeed(changes, {
          title: '',
          absolute: (p) => p,
          author: { name: '', uri: '' },
          builtAt: '',
          limit: FEED_LIMIT,
        }),
      ],
    ]);
  };
  const files: [Map<string, string>, Map<string, string>] = [
    data(before, changesWas),
    data(after, changesNow),
  ];
  compare('JSON API, finder data and feed', files, 'its content');
  if (findView(before, today) !== findView(after, today))
    mark('Overview and lists', '/find/', "the finder's ready-made answers");

  const [freshWas, freshNow] = both(before, after, (c) => siteFreshness(c.refreshState, today));
  return {
    groups: PAGE_GROUPS.flatMap((name) => {
      const pages = groups.get(name);
      if (!pages) return [];
      return [{ name, pages: [...pages.values()].sort((x, y) => (x.path < y.path ? -1 : 1)) }];
    }),
    gone: [...gone].sort(),
    everyPage:
      JSON.stringify(freshWas) === JSON.stringify(freshNow)
        ? undefined
        : 'the line on when prices were last checked',
  };
}

type Changes = ReturnType<typeof catalogChanges>;

/** What moves on the overview: its counts, the rows of its table, its latest changes. */
function overviewReasons(
  before: Catalog,
  after: Catalog,
  changesWas: Changes,
  changesNow: Changes,
  rows: 'first' | 'all',
): string[] {
  const why: string[] = [];
  const counts = (c: Catalog) =>
    JSON.stringify([
      c.models.length,
      c.providers.length,
      c.models.reduce((n, m) => n + m.offers.length, 0),
      c.creators.map((x) => [x.id, x.name]),
    ]);
  if (counts(before) !== counts(after)) why.push('its counts');
  const [colWas, colNow] = [scoreColumn(before), scoreColumn(after)];
  if (JSON.stringify(colWas) !== JSON.stringify(colNow)) why.push('the score column');
  const held = (c: Catalog) => (rows === 'all' ? c.models : firstRows(c.models, FIRST_ROWS));
  const rowsOf = (c: Catalog, col: typeof colWas) =>
    new Map(held(c).map((m) => [m.id, overviewRow(m, col)]));
  const [rowsWas, rowsNow] = [rowsOf(before, colWas), rowsOf(after, colNow)];
  const moved = held(after).filter((m) => rowsWas.get(m.id) !== rowsNow.get(m.id));
  const dropped = held(before).filter((m) => !rowsNow.has(m.id));
  const n = moved.length + dropped.length;
  const only = [...moved, ...dropped][0];
  if (n === 1 && only) why.push(`the table's row for ${only.name}`);
  else if (n > 1) why.push(`${n} rows of the table`);
  const latest = (c: Changes) => JSON.stringify(c.slice(0, LATEST_ON_OVERVIEW).map(changeView));
  if (rows === 'first' && latest(changesWas) !== latest(changesNow))
    why.push('latest price changes');
  return why;
}

/** What changes in /changes/'s list: "1 change added", "2 changed, 1 removed", or undefined. */
function changesListed(was: Changes, now: Changes): string | undefined {
  const byKey = (c: Changes) => new Map(c.map((x) => [changeViewKey(x), changeView(x)]));
  const [a, b] = [byKey(was), byKey(now)];
  const added = [...b.keys()].filter((k) => !a.has(k)).length;
  const removed = [...a.keys()].filter((k) => !b.has(k)).length;
  const altered = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)).length;
  const parts = [
    added > 0 && `${plural(added, 'change')} added`,
    altered > 0 && `${plural(altered, 'change')} altered`,
    removed > 0 && `${plural(removed, 'change')} removed`,
  ].filter(Boolean);
  if (parts.length === 0 && JSON.stringify([...a.values()]) !== JSON.stringify([...b.values()]))
    parts.push('the order of its changes');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** One change's place in the list: its offer and day, whatever its prices say. */
const changeViewKey = (c: Changes[number]) =>
  `${c.date}\u0000${c.model.id}\u0000${c.offer.provider.id}\u0000${c.offer.variant ?? ''}`;
