/**
 * The finder page's script: fills the form from the URL, fetches `/find-data.json` once and ranks
 * as the form changes, with the calculator's arithmetic, keeping the question in the URL. A plain
 * link shows the answer the build drew, so the data is fetched only once the visitor reaches for
 * the form (or at once for a link carrying a question). The benchmark scores come apart
 * (`/find-scores.json`), fetched only once a question is about a benchmark, or as soon as someone
 * reaches for the benchmark or the order.
 */
import { formQuery } from './form-query.ts';
import { formValues, queryFromParams, queryToParams, NEED_PARAMS } from '../lib/find/query.ts';
import { rank } from '../lib/find/rank.ts';
import type { PackedFind } from '../lib/find/pack.ts';
import { needsBenchmark, type PackedScores } from '../lib/find/scores.ts';
import { answerChartSvg, scoreHeading } from '../lib/find/score-view.ts';
import {
  answerSummary,
  fingerprint,
  LIVE_CAPTION,
  LIVE_ROWS,
  resultRows,
  tableHtml,
} from '../lib/find/view.ts';
import { href, modelHref } from '../lib/paths.ts';

const EMPTY_BY_DEFAULT: string[] = [
  NEED_PARAMS.minOutput,
  NEED_PARAMS.budget,
  NEED_PARAMS.monthInput,
  NEED_PARAMS.monthOutput,
  NEED_PARAMS.minScore,
];

/** Puts a query's values into the form: a shared link opens with its question filled in. */
function fill(form: HTMLFormElement, params: URLSearchParams) {
  const query = formValues(queryFromParams(params));
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      el.checked = query.getAll(el.name).includes(el.value);
    } else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) {
      const v = query.get(el.name);
      if (v !== null) el.value = v;
      else if (el instanceof HTMLSelectElement) el.selectedIndex = 0;
      else if (EMPTY_BY_DEFAULT.includes(el.name)) el.value = '';
    }
  }
}

/**
 * Puts `html` into `el` unless it is there already: the last string drawn, or before any, the
 * answer the build drew (its fingerprint in `data-fp`). Redrawing the same answer would only
 * flicker and make the browser parse and lay out the table again. Compared as strings, since
 * reading innerHTML back serializes the whole table. Gives what is now drawn.
 */
function drawInto(el: HTMLElement, html: string, drawn: string | undefined): string {
  if (html === drawn) return html;
  if (drawn !== undefined || el.dataset['fp'] !== fingerprint(html)) el.innerHTML = html;
  return html;
}

/** Whether a question needs the scores: it names a benchmark, or ranks by one. */
const aboutScores = (params: URLSearchParams) => {
  const q = queryFromParams(params);
  return q.needs.benchmark !== '' || needsBenchmark(q.sort);
};

/**
 * The score field reads "at most" for a benchmark where lower is better (its option says so with
 * `data-lower`), "at least" otherwise.
 */
function wordScore(form: HTMLFormElement) {
  const select = form.elements.namedItem(NEED_PARAMS.benchmark);
  const word = form.querySelector<HTMLElement>('#score-word');
  if (!(select instanceof HTMLSelectElement) || !word) return;
  const lower = select.selectedOptions[0]?.dataset['lower'] === '1';
  word.textContent = lower ? 'Score at most' : 'Score at least';
}

export function attachFinder(form: HTMLFormElement): void {
  const results = document.querySelector<HTMLElement>('#find-results');
  const summary = document.querySelector<HTMLElement>('#find-summary');
  const chart = document.querySelector<HTMLElement>('#find-chart');
  if (!results || !summary) return;
  let data: PackedFind | undefined;
  let scores: Promise<PackedScores[]> | undefined;
  let drawnTable: string | undefined;
  let drawnChart: string | undefined;
  const failed = (what: string) => () => {
    summary.textContent = `The ${what} could not be loaded; the ready-made answers below still hold.`;
  };

  const loadScores = () =>
    (scores ??= fetch(href('/find-scores.json')).then((r) => r.json() as Promise<PackedScores[]>));

  function draw() {
    if (!results || !summary || !data) return;
    const params = formQuery(form);
    if (!data.scores && aboutScores(params)) {
      // Drawn once the scores are in: ranking without them would leave every model out.
      loadScores()
        .then((list) => {
          if (data) data.scores = list;
          draw();
        })
        .catch(failed('benchmark scores'));
      return;
    }
    const query = queryFromParams(params);
    const answer = rank(data, query, LIVE_ROWS);
    const html = tableHtml(
      resultRows(answer, LIVE_ROWS, query.sort),
      LIVE_CAPTION,
      modelHref,
      scoreHeading(answer),
    );
    if (chart) drawnChart = drawInto(chart, answerChartSvg(answer), drawnChart);
    drawnTable = drawInto(results, html, drawnTable);
    summary.textContent = answerSummary(answer, query);
    results.dataset['draw'] = 'done';
    const q = queryToParams(query).toString();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
  }

  const initial = new URLSearchParams(location.search);
  if (location.search) fill(form, initial);
  wordScore(form);
  // Asked about in the link: both files at once, not one after the other.
  if (aboutScores(initial)) loadScores().catch(failed('benchmark scores'));
  for (const name of [NEED_PARAMS.benchmark, NEED_PARAMS.sort]) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement)
      for (const event of ['focus', 'pointerdown'])
        field.addEventListener(event, () => void loadScores().catch(failed('benchmark scores')), {
          once: true,
        });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load().then(draw);
  });
  /** The ranking data, fetched once; a failure says so and lets a later change try again. */
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= fetch(href('/find-data.json'))
      .then((r) => (r.ok ? (r.json() as Promise<PackedFind>) : Promise.reject(new Error())))
      .then((json) => {
        data = json;
      })
      .catch(() => {
        loading = undefined;
        failed('ranking data')();
        results.dataset['draw'] = 'done';
      }));
  form.addEventListener('input', () => {
    results.dataset['draw'] = '';
    wordScore(form);
    if (data) draw();
    else void load().then(draw);
  });
  // A link with a question is answered at once; a plain one already shows the build's answer, the
  // same the data would give, so the data waits until the visitor reaches for the form: ranking
  // on load was most of the page's main-thread work on a phone.
  if (location.search) {
    results.dataset['draw'] = '';
    void load().then(draw);
  } else {
    for (const type of ['pointerdown', 'focusin'])
      form.addEventListener(type, () => void load(), { once: true, passive: true });
  }
}
