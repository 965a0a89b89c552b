/**
 * The overview's table in the browser (src/pages/_components/ModelTable.astro): its headers sort,
 * its filters filter, and both live in the URL. A plain link does nothing on load; the rows'
 * attributes are read while the browser is idle. Where the page holds only the first rows (the
 * overview), the others are fetched from the page that lists them all (/models/, the table's
 * `data-every-row`) when the visitor first reaches for a control, and drawn once they are in.
 */
import {
  compareRows,
  countText,
  drawsOnLoad,
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
const showAll = document.querySelector<HTMLAnchorElement>('[data-show-all]');

if (form && table && body && count) {
  const benchSelect = form.elements.namedItem('bench') as HTMLSelectElement | null;
  const benchOptions = [...(benchSelect?.options ?? [])];
  const benchIds = benchOptions.map((o) => o.value);
  const benchName = document.querySelector<HTMLElement>('#score-bench');
  /** Each row's score cell and its headline score on every benchmark offered. */
  const scores = new Map<HTMLTableRowElement, { cell: Element; by: Record<string, number> }>();
  const facts = new Map<HTMLTableRowElement, RowFacts>();
  const rowList = [...body.rows];
  let total = rowList.length;
  let retired = rowList.filter((tr) => tr.dataset['status'] === 'retired').length;
  const everyRow = table.dataset['everyRow'];
  /**
   * The other rows, from the page that lists them all: once, the first time something needs them
   * (or again after a failure). They join the body hidden, in that page's order.
   */
  let rest: Promise<boolean> | undefined;
  let complete = everyRow === undefined;
  const loadRest = (): Promise<boolean> => {
    if (complete || everyRow === undefined) return Promise.resolve(true);
    rest ??= fetch(everyRow)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((html) => {
        const page = new DOMParser().parseFromString(html, 'text/html');
        const here = new Set(rowList.map((tr) => tr.querySelector('a')?.getAttribute('href')));
        const found = [...(page.querySelector('#model-table')?.querySelectorAll('tbody tr') ?? [])];
        const added = found
          .filter((tr) => !here.has(tr.querySelector('a')?.getAttribute('href')))
          .map((tr) => document.adoptNode(tr) as HTMLTableRowElement);
        if (found.length === 0) throw new Error('no rows');
        for (const tr of added) tr.hidden = true;
        body.append(...added);
        rowList.push(...added);
        total = rowList.length;
        retired = rowList.filter((tr) => tr.dataset['status'] === 'retired').length;
        orderBy = '';
        complete = true;
        return true;
      })
      .catch(() => {
        rest = undefined;
        return false;
      });
    return rest;
  };
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
      void draw(nextSort(state, key, firstDir(key, state)), true);
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
    // A page holding every row lists them all.
    all: sortState.all || everyRow === undefined,
  });

  const showCount = (shown: number, state: TableState) => {
    const listed = listedCount(shown, state.all);
    const text = complete
      ? countText(shown, total, retired, state.status, state.direct, listed)
      : `Every model could not be loaded, so only the first ${total} are searched here: “Show all” opens the full list.`;
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
      const q = stateToQuery({ ...state, all: state.all && everyRow !== undefined }).toString();
      history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
    }
  };
  /**
   * Draws the form's state and `changes` to the order, once every row is in. The table says it is
   * being drawn (`data-draw`, which the tests wait on) until it shows the newest state; a change
   * made while the rows load is drawn with them, once.
   */
  let pending = 0;
  const draw = (changes: Partial<TableState>, push: boolean): Promise<void> => {
    sortState = { ...sortState, ...changes };
    table.dataset['draw'] = '';
    const ticket = ++pending;
    const finish = () => {
      if (ticket !== pending) return;
      apply(read(), push);
      table.dataset['draw'] = 'done';
    };
    if (complete) {
      finish();
      return Promise.resolve();
    }
    return loadRest().then(finish);
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
  sortState = { sort: initial.sort, dir: initial.dir, all: initial.all };
  // A plain link (no filter, the default order and benchmark) shows what the build drew: on
  // sale, cheapest input first, with the default benchmark's scores, and the build's count. The
  // page does no work on load; a count rewritten then could wrap differently and move the table.
  const shown = () => document.documentElement.classList.remove('table-pending');
  if (drawsOnLoad(new URLSearchParams(location.search), benchIds, drawnBench))
    void draw({}, false).then(shown);
  else shown();
  showAll?.addEventListener('click', (e) => {
    e.preventDefault();
    const before = body.querySelectorAll('tr:not([hidden])').length;
    void draw({ all: true }, true).then(() => {
      // Without the other rows, the page that lists them all.
      if (!complete) {
        location.href = showAll.href;
        return;
      }
      // Keyboard and screen-reader users carry on at the first row just listed.
      const listed = body.querySelectorAll<HTMLTableRowElement>('tr:not([hidden])');
      listed[before]?.querySelector('a')?.focus();
    });
  });
  // The other rows are fetched as soon as the visitor reaches for a control, not on load.
  const early = () => void loadRest();
  for (const target of [form, table.tHead, showAll])
    for (const type of ['pointerdown', 'focusin', 'pointerenter'])
      target?.addEventListener(type, early, { once: true, passive: true });
  whileIdle(() => {
    readRows(unread + 20);
    return unread < total;
  });
  form.addEventListener('input', () => void draw({}, true));
  form.addEventListener('submit', (e) => e.preventDefault());
}
