/**
 * The overview table's filters and sort order, as the URL holds them. Pure, so the same rules run in
 * the browser script and in the unit tests.
 */
export const SORT_KEYS = [
  'name',
  'creator',
  'tier',
  'context',
  'input',
  'output',
  'providers',
  'released',
  'score',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const CAPABILITY_FILTERS = ['tools', 'reasoning', 'structured', 'open'] as const;
/**
 * Which models the table lists: those on sale (retired ones left out, the default), every model,
 * or only the retired. A retired model is never ranked among what can be bought unless asked for.
 */
export const STATUS_FILTERS = ['', 'all', 'retired'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type CapabilityFilter = (typeof CAPABILITY_FILTERS)[number];

/**
 * The benchmark the score column shows when the URL names none: GPQA Diamond, the one scored for
 * the most models. Without JavaScript the column shows it too.
 */
export const DEFAULT_BENCHMARK = 'gpqa-diamond';

export interface TableState {
  q: string;
  creator: string;
  tier: string;
  modality: string;
  caps: CapabilityFilter[];
  status: StatusFilter;
  /** The benchmark whose headline scores the score column shows. */
  bench: string;
  /**
   * Leave resellers out: prices and order from the maker's and hosts' own offers, and a model only
   * resellers sell is not listed.
   */
  direct: boolean;
  /** List every matching row, not only the first `FIRST_ROWS`. */
  all: boolean;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

/**
 * How many matching rows the table lists until the visitor asks for all of them. Laying out every
 * row of the table was most of the overview's load on a phone (Lighthouse's mobile run: 1.3 s of
 * total blocking time at 366 models); the rows past these wait, laid out only when shown.
 */
export const FIRST_ROWS = 50;

/** Without JavaScript, and with no sort chosen, the table reads cheapest input first. */
export const DEFAULT_STATE: TableState = {
  q: '',
  creator: '',
  tier: '',
  modality: '',
  caps: [],
  status: '',
  bench: DEFAULT_BENCHMARK,
  direct: false,
  all: false,
  sort: 'input',
  dir: 'asc',
};

/** What each row carries for filtering and sorting (its data-* attributes). */
export interface RowFacts {
  /** Name, id, aliases and creator, lower-cased, for the text filter. */
  text: string;
  creator: string;
  tier: string;
  modalities: string[];
  caps: string[];
  /** The model's status: active, preview, deprecated or retired. */
  status: string;
  values: Partial<Record<SortKey, number | string>>;
  /** The cheapest input and output leaving resellers out; absent when only resellers sell it. */
  direct?: Partial<Record<'input' | 'output', number>>;
}

/** The value a row sorts by: without resellers, their prices give way to the others'. */
export const valueOf = (row: RowFacts, key: SortKey, direct: boolean) =>
  direct && (key === 'input' || key === 'output') ? row.direct?.[key] : row.values[key];
/**
 * A row's facts read back from its data-* attributes, as `dataset` names them (`data-v-input` is
 * `vInput`): the words the text filter searches, the fields the filters test, and the value of
 * each sortable column (names as text, the rest as numbers; an empty attribute is unknown).
 */
export function rowFacts(data: Readonly<Record<string, string | undefined>>): RowFacts {
  const values: RowFacts['values'] = {};
  for (const key of SORT_KEYS) {
    const raw = data[`v${key[0]?.toUpperCase()}${key.slice(1)}`];
    if (raw === undefined || raw === '') continue;
    values[key] = key === 'name' || key === 'creator' ? raw : Number(raw);
  }
  return {
    text: data['text'] ?? '',
    creator: data['creator'] ?? '',
    tier: data['tier'] ?? '',
    modalities: (data['modalities'] ?? '').split(' '),
    caps: (data['caps'] ?? '').split(' '),
    status: data['status'] ?? '',
    values,
    // data-direct="none": only resellers sell it; data-d-*: its prices without them.
    ...(data['direct'] !== 'none' && {
      direct: {
        ...(data['dInput'] && { input: Number(data['dInput']) }),
        ...(data['dOutput'] && { output: Number(data['dOutput']) }),
      },
    }),
  };
}

/** How many of `matching` rows the table lists: the first `FIRST_ROWS`, or all when asked. */
export const listedCount = (matching: number, all: boolean) =>
  all ? matching : Math.min(matching, FIRST_ROWS);

/**
 * The line above the table: how many rows match, how many of them are listed, and how to see the
 * retired ones left out. `listed` defaults to every matching row.
 */
export function countText(
  shown: number,
  total: number,
  retired: number,
  status: StatusFilter,
  direct = false,
  listed = shown,
): string {
  const text = shown === total ? `${total} models.` : `Showing ${shown} of ${total} models.`;
  const left =
    status === '' && retired > 0
      ? `${text} ${retired} retired left out: “All” under Status lists them, as do their makers’ pages.`
      : text;
  const withDirect = direct ? `${left} Resellers left out.` : left;
  return listed < shown
    ? `${withDirect} The first ${listed} are listed; “Show all ${shown}” below the table lists the rest.`
    : withDirect;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * The state a URL holds. `benchmarks` are the ones the score column offers: any other `bench`
 * falls back to the default, as an unknown sort does.
 */
export function stateFromQuery(
  query: URLSearchParams,
  benchmarks: readonly string[] = [DEFAULT_BENCHMARK],
): TableState {
  return {
    q: query.get('q')?.trim() ?? '',
    creator: query.get('creator') ?? '',
    tier: query.get('tier') ?? '',
    modality: query.get('modality') ?? '',
    caps: query
      .getAll('cap')
      .filter((c): c is CapabilityFilter => CAPABILITY_FILTERS.includes(c as CapabilityFilter)),
    status: oneOf(query.get('status'), STATUS_FILTERS, ''),
    bench: oneOf(query.get('bench'), benchmarks, DEFAULT_BENCHMARK),
    direct: query.get('direct') === '1',
    all: query.get('all') === '1',
    sort: oneOf(query.get('sort'), SORT_KEYS, DEFAULT_STATE.sort),
    dir: oneOf(query.get('dir'), ['asc', 'desc'] as const, DEFAULT_STATE.dir),
  };
}

/**
 * Whether a page opened at `query` must draw the table rather than show what the build drew: it
 * asks for a filter, an order or all rows, or names a benchmark other than the one the column
 * shows (`drawn`). A link naming none asks for nothing, even where the default benchmark is not
 * offered and the column shows another: drawing then would fetch every row for no change.
 */
export function drawsOnLoad(
  query: URLSearchParams,
  benchmarks: readonly string[],
  drawn: string,
): boolean {
  const state = stateFromQuery(query, benchmarks);
  return stateToQuery(state).size > 0 || (query.has('bench') && state.bench !== drawn);
}

/** The query for a state, leaving out what equals the default so plain links stay plain. */
export function stateToQuery(state: TableState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.q) query.set('q', state.q);
  if (state.creator) query.set('creator', state.creator);
  if (state.tier) query.set('tier', state.tier);
  if (state.modality) query.set('modality', state.modality);
  for (const cap of state.caps) query.append('cap', cap);
  if (state.status) query.set('status', state.status);
  if (state.bench !== DEFAULT_BENCHMARK) query.set('bench', state.bench);
  if (state.direct) query.set('direct', '1');
  if (state.all) query.set('all', '1');
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    query.set('sort', state.sort);
    query.set('dir', state.dir);
  }
  return query;
}

export function matches(row: RowFacts, state: TableState): boolean {
  const retired = row.status === 'retired';
  if (state.status === '' && retired) return false;
  if (state.status === 'retired' && !retired) return false;
  if (state.direct && row.direct === undefined) return false;
  if (state.creator && row.creator !== state.creator) return false;
  if (state.tier && row.tier !== state.tier) return false;
  if (state.modality && !row.modalities.includes(state.modality)) return false;
  if (state.caps.some((c) => !row.caps.includes(c))) return false;
  // Every word must appear somewhere: "4o mini" finds GPT-4o mini, "claude haiku" Claude Haiku 4.5.
  const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => row.text.includes(w));
}

/**
 * Orders rows by one column. Unknown values (a model with no price) go last in either direction:
 * they are not the cheapest, nor the dearest.
 */
export function compareRows(
  a: RowFacts,
  b: RowFacts,
  sort: SortKey,
  dir: 'asc' | 'desc',
  direct = false,
): number {
  const x = valueOf(a, sort, direct);
  const y = valueOf(b, sort, direct);
  if (x === undefined || y === undefined) {
    if (x === y) return compareNames(a, b);
    return x === undefined ? 1 : -1;
  }
  const order =
    typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  return (dir === 'asc' ? order : -order) || compareNames(a, b);
}

const compareNames = (a: RowFacts, b: RowFacts) =>
  String(a.values.name ?? '').localeCompare(String(b.values.name ?? ''));

/**
 * The order after a click on a column's header: the same column turns round; another starts from
 * `first`, its natural direction (best first for a score, which is descending unless lower is
 * better).
 */
export function nextSort(
  state: Pick<TableState, 'sort' | 'dir'>,
  key: SortKey,
  first: TableState['dir'] = 'asc',
): Pick<TableState, 'sort' | 'dir'> {
  if (state.sort !== key) return { sort: key, dir: first };
  return { sort: key, dir: state.dir === 'asc' ? 'desc' : 'asc' };
}

/**
 * A row's scores as one attribute, in the order of the benchmarks the column offers: "87.7,,45"
 * (empty where the model is unscored). Short, so 366 rows of it keep the page light.
 */
export function scoresAttr(values: readonly (number | undefined)[]): string {
  return values.map((v) => (v === undefined ? '' : String(v))).join(',');
}

/** The attribute read back: the model's score on each benchmark, by id; unscored ones absent. */
export function parseScores(
  raw: string | undefined,
  benchmarks: readonly string[],
): Record<string, number> {
  const scores: Record<string, number> = {};
  const parts = (raw ?? '').split(',');
  benchmarks.forEach((id, i) => {
    const part = parts[i];
    if (part !== undefined && part !== '' && Number.isFinite(Number(part)))
      scores[id] = Number(part);
  });
  return scores;
}
