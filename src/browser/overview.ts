/**
 * The overview's table in the browser (src/pages/_components/ModelTable.astro): its headers sort,
 * its filters filter, and both live in the URL. A plain link does nothing on load; the rows'
 * attributes are read while the browser is idle.
 */
import {
  compareRows,
  countText,
  listedCount,
  matches,
  nextSort,
  parseScores,
  rowFacts,
  stateFromQuery,
  stateToQuery,
  type RowFacts,
  type SortKey,
  type TableState,
} from '../lib/overview/table-state.ts';
import { scoreText } from '../lib/benchmarks/settings.ts';
import { formQuery } from './form-query.ts';
import { whileIdle } from './idle.ts';
import { UNKNOWN } from '../lib/format.ts';

const form = document.querySelector<HTMLFormElement>('#model-filters');
const table = document.querySelector<HTMLTableElement>('#model-table');
const count = document.querySelector<HTMLElement>('#model-count');
const body = table?.tBodies[0];
/** The rows past the first ones, in a body of their own until the script first orders rows. */
const more = document.querySelector<HTMLTableSectionElement>('#more-models');
const showAll = document.querySelector<HTMLAnchorElement>('[data-show-all]');

if (form && table && body && count) {
  const benchSelect = form.elements.namedItem('bench') as HTMLSelectElement | null;
  const benchOptions = [...(benchSelect?.options ?? [])];
  const benchIds = benchOptions.map((o) => o.value);
  const benchName = document.querySelector<HTMLElement>('#score-bench');
  /** Each row's score cell and its headline score on every benchmark offered. */
  const scores = new Map<HTMLTableRowElement, { cell: Element; by: Record<string, number> }>();
  const facts = new Map<HTMLTableRowElement, RowFacts>();
  const rowList = [...body.rows, ...(more?.rows ?? [])];
  const total = rowList.length;
  const retired = rowList.filter((tr) => tr.dataset['status'] === 'retired').length;
  /**
   * Reads the rows' data-* attributes into `facts` and `scores`, up to row `until`. A page opens
   * on the rows and the order the build drew, so nothing needs them before the visitor changes
   * something: they are read a slice at a time while the browser is idle (below), and what is
   * left at once when a change needs them. Reading 366 rows took 10 to 30 ms of this machine's
   * main thread: at 1,000 rows, on a phone four times slower, one task of over 100 ms.
   */
  let unread = 0;
  const readRows = (until: number) => {
    for (; unread < Math.min(until, total); unread++) {
      const tr = rowList[unread];
      if (!tr) continue;
      const cell = tr.querySelector('[data-score-cell]');
      if (cell) scores.set(tr, { cell, by: parseScores(tr.dataset['scores'], benchIds) });
      facts.set(tr, rowFacts(tr.dataset));
    }
  };
  const allFacts = () => {
    readRows(total);
    return facts;
  };
  /** The offered benchmark's option: its unit and which way is better. */
  const optionOf = (id: string) => benchOptions.find((o) => o.value === id);
  let drawnBench = benchSelect?.value ?? '';
  /** Rewrites the score column for another benchmark, and the values it sorts by. */
  const showBench = (id: string) => {
    const option = optionOf(id);
    if (!option) return;
    for (const [tr, { cell, by }] of scores) {
      const value = by[id];
      const f = facts.get(tr);
      if (f) {
        if (value === undefined) delete f.values.score;
        else f.values.score = value;
      }
      if (id !== drawnBench)
        cell.textContent =
          value === undefined ? UNKNOWN : scoreText(value, option.dataset['unit'] ?? '');
    }
    if (benchName && id !== drawnBench) {
      const name = option.dataset['name'] ?? id;
      benchName.textContent =
        option.dataset['higher'] === 'false' ? `${name}, lower is better` : name;
    }
    drawnBench = id;
  };
  /** A score sorts best first on the first click: descending unless lower is better. */
  const firstDir = (key: SortKey, state: TableState): TableState['dir'] =>
    key === 'score' && optionOf(state.bench)?.dataset['higher'] !== 'false' ? 'desc' : 'asc';

  // Each sortable header becomes a button; aria-sort tells screen readers the order.
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].filter((th) => th.dataset['sort']);
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const key = th.dataset['sort'] as SortKey;
      const state = read();
      apply({ ...state, ...nextSort(state, key, firstDir(key, state)) }, true);
    });
  }

  let sortState: Pick<TableState, 'sort' | 'dir' | 'all'> = {
    sort: 'input',
    dir: 'asc',
    all: false,
  };
  const read = (): TableState => ({
    ...stateFromQuery(formQuery(form), benchIds),
    ...sortState,
  });

  const showCount = (shown: number, state: TableState) => {
    const listed = listedCount(shown, state.all);
    const text = countText(shown, total, retired, state.status, state.direct, listed);
    if (count.textContent !== text) count.textContent = text;
    if (showAll) {
      showAll.parentElement?.toggleAttribute('hidden', listed === shown);
      showAll.textContent = `Show all ${shown} models`;
    }
  };

  /** The rows in the order last drawn, and what it was by (scores change with the benchmark). */
  let order: [HTMLTableRowElement, RowFacts][] = [];
  let orderBy = '';
  const apply = (state: TableState, push: boolean) => {
    const all = allFacts();
    sortState = { sort: state.sort, dir: state.dir, all: state.all };
    // The rows past the first join the first body, hidden, so that one order holds them all.
    if (more?.isConnected) {
      for (const tr of more.rows) tr.hidden = true;
      body.append(...more.rows);
      more.remove();
    }
    showBench(state.bench);
    // Typing in the filter changes which rows show, not their order: sorted again only when the
    // order can change, and rows are moved only when it did, since moving every row makes the
    // browser lay the whole table out again.
    const by = `${state.sort} ${state.dir} ${state.bench} ${state.direct}`;
    if (by !== orderBy) {
      order = [...all.entries()].sort(([, a], [, b]) =>
        compareRows(a, b, state.sort, state.dir, state.direct),
      );
      orderBy = by;
      if (order.some(([tr], i) => body.rows[i] !== tr)) body.append(...order.map(([tr]) => tr));
    }
    // Every matching row counts; the first FIRST_ROWS of them are listed, or all when asked.
    let shown = 0;
    const limit = listedCount(Infinity, state.all);
    for (const [tr, f] of order) {
      const match = matches(f, state);
      if (match) shown++;
      const hide = !match || shown > limit;
      if (tr.hidden !== hide) tr.hidden = hide;
    }
    for (const th of headers) {
      if (th.dataset['sort'] === state.sort)
        th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    showCount(shown, state);
    if (push) {
      const q = stateToQuery(state).toString();
      history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
    }
  };

  // Restore a shared link's filters into the form, then draw.
  const initial = stateFromQuery(new URLSearchParams(location.search), benchIds);
  (form.elements.namedItem('q') as HTMLInputElement).value = initial.q;
  for (const name of ['creator', 'tier', 'modality'] as const) {
    (form.elements.namedItem(name) as HTMLSelectElement).value = initial[name];
  }
  if (benchSelect) benchSelect.value = initial.bench;
  (form.elements.namedItem('status') as HTMLSelectElement).value = initial.status;
  (form.elements.namedItem('direct') as HTMLInputElement).checked = initial.direct;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="cap"]')) {
    box.checked = initial.caps.includes(box.value as TableState['caps'][number]);
  }
  form.hidden = false;
  // A link to the rows past the first (the no-JavaScript "Show all") lists them all here too.
  const initialAll = initial.all || location.hash === '#more-models';
  sortState = { sort: initial.sort, dir: initial.dir, all: initialAll };
  // A plain link (no filter, the default order and benchmark) shows what the build drew: on
  // sale, cheapest input first, with the default benchmark's scores, and the build's count. The
  // page does no work on load; a count rewritten then could wrap differently and move the table.
  if (stateToQuery(initial).size > 0 || initial.bench !== drawnBench || initialAll)
    apply(read(), false);
  document.documentElement.classList.remove('table-pending');
  showAll?.addEventListener('click', (e) => {
    e.preventDefault();
    const before = body.querySelectorAll('tr:not([hidden])').length;
    apply({ ...read(), all: true }, true);
    // Keyboard and screen-reader users carry on at the first row just listed.
    const listed = body.querySelectorAll<HTMLTableRowElement>('tr:not([hidden])');
    listed[before]?.querySelector('a')?.focus();
  });
  whileIdle(() => {
    readRows(unread + 20);
    return unread < total;
  });
  form.addEventListener('input', () => apply(read(), true));
  form.addEventListener('submit', (e) => e.preventDefault());
}
