/**
 * The /search/ page's script: reads the query (query.ts), shows how it was read as readings the
 * visitor can drop, searches, corrects a query that finds nothing when a word looks mistyped
 * (typos.ts), and shows the results a page at a time, every one reachable with "Show more". The
 * URL is the state: a shared link opens the same search.
 */
import { plural } from '../lib/format.ts';
import { readQuery, retiredLeftOut, searchOptions } from '../lib/search/query.ts';
import { readings, readingText, withoutPhrases, type Reading } from '../lib/search/reading.ts';
import {
  ALL_STATUSES,
  SEARCH_FILTERS,
  type SearchFilter,
  type SearchSort,
} from '../lib/search/tags.ts';
import { correctQuery } from '../lib/search/typos.ts';
import { formQuery } from './form-query.ts';
import { nextTask } from './idle.ts';
import { readIntents } from './intents.ts';
import { searchHits, type Found } from './pagefind.ts';
import { resultItem } from './search-results.ts';

/** How many results are shown at first, and added by each "Show more". */
export const PAGE = 30;

interface Elements {
  form: HTMLFormElement;
  status: HTMLElement;
  list: HTMLOListElement;
  reading: HTMLElement;
  more: HTMLButtonElement;
  /** The link that searches the words as typed, beside a correction. */
  asTyped: HTMLAnchorElement;
}

/** The form's field, and URL parameter, that turns the correction of typing mistakes off. */
const AS_TYPED = 'as-typed';

/** One reading as an item of the form's "Read as" list, with a button that drops it. */
function readingItem(words: string, drop: () => void): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'reading-drop';
  const hidden = document.createElement('span');
  hidden.className = 'sr-only';
  hidden.textContent = 'Drop ';
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = ' ✕';
  button.append(hidden, words, mark);
  button.addEventListener('click', drop);
  li.append(button);
  return li;
}

export function attachSearchPage(els: Elements): void {
  const { form, status, list, reading, more, asTyped } = els;
  const intents = readIntents(form);
  const vocab = (form.dataset['words'] ?? '').split(' ').filter(Boolean);
  const input = form.elements.namedItem('q') as HTMLInputElement | null;
  const statusField = form.elements.namedItem('status') as HTMLSelectElement | null;
  /** A sort as the order field names it: the form's options are the sorts there are. */
  const sortLabel = (key: SearchSort) =>
    form.querySelector<HTMLOptionElement>(`select[name="sort"] option[value="${CSS.escape(key)}"]`)
      ?.textContent ?? key;

  /** The form as the URL carries it: only what was chosen, so shared links stay short. */
  function chosen(): URLSearchParams {
    const query = new URLSearchParams();
    for (const [key, value] of formQuery(form)) if (value) query.set(key, value);
    return query;
  }

  /**
   * data-draw on the list is "done" while it shows the form's search, and empty from the moment
   * the form changes until the new results are drawn: what tests wait for, instead of a delay.
   */
  const drawn = (done: boolean) => list.setAttribute('data-draw', done ? 'done' : '');

  /** Shows the readings of the query the form did not override, each with a way to drop it. */
  function showReadings(items: Reading[], leftOut: boolean, words = '') {
    const li = items.map((r) =>
      // The words searched, corrected where they were: the phrases are in them.
      readingItem(r.words, () => {
        if (input) input.value = withoutPhrases(words, r.phrases);
        void again();
      }),
    );
    if (leftOut)
      li.push(
        readingItem('retired models left out', () => {
          if (statusField) statusField.value = ALL_STATUSES;
          void again();
        }),
      );
    reading.querySelector('ul')?.replaceChildren(...li);
    const label = reading.querySelector<HTMLElement>('#search-reading-label');
    if (label) label.hidden = li.length === 0;
    // The row keeps its room while empty, so the page below never moves when it fills.
    reading.toggleAttribute('data-empty', li.length === 0 && asTyped.hidden !== false);
  }

  let latest = 0;
  /** The benchmark the results are sorted by, whose score each result shows (`score-<id>`). */
  let scoreKey = '';
  let current: { found: Found; shown: number; summary: string; spoken: string } | undefined;

  /**
   * The status line: how many results and how many are shown, and for screen readers, which hear
   * it when it changes, how the query was read (the form lists it for the eye).
   */
  function tell() {
    if (!current) return;
    const { found, shown, summary, spoken } = current;
    const showing = found.total > shown ? ` ${shown} of ${found.total} shown.` : '';
    const heard = document.createElement('span');
    heard.className = 'sr-only';
    heard.textContent = spoken ? ` ${spoken}` : '';
    status.replaceChildren(`${summary}${showing}`, heard);
    more.hidden = shown >= found.total;
    more.textContent = `Show ${Math.min(PAGE, found.total - shown)} more`;
  }

  async function run() {
    const query = chosen();
    history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);
    const typed = query.get('q') ?? '';
    // Only the latest search may draw: an earlier, slower one must not overwrite it.
    const mine = ++latest;
    const search = async (words: string) => {
      // Words like "cheapest" or "vision" fill in what the visitor has not chosen in the form.
      const read = readQuery(words, intents);
      const filters: Partial<Record<SearchFilter, string>> = { ...read.filters };
      for (const f of SEARCH_FILTERS) {
        const value = query.get(f.key);
        if (value) filters[f.key] = value;
      }
      const sort = (query.get('sort') as SearchSort | null) || read.sort;
      const text = read.understood.length > 0 ? read.text : words.trim() || null;
      if (text === null && Object.keys(filters).length === 0 && sort === '') return null;
      const found = await searchHits(text, searchOptions(filters, sort, intents), PAGE);
      return found && { found, read, filters, sort };
    };
    // A word that looks mistyped ("gemni") is searched as the name it is nearest, unless the
    // visitor asked for the words as typed; the words as typed when that finds nothing.
    const corrected = query.get(AS_TYPED) ? undefined : correctQuery(typed, vocab);
    let answer = corrected === undefined ? null : await search(corrected);
    const fixed = corrected !== undefined && answer !== null && answer.found.total > 0;
    if (!fixed) answer = await search(typed);
    if (mine !== latest) return;
    if (!answer) {
      list.replaceChildren();
      asTyped.hidden = true;
      showReadings([], false);
      more.hidden = true;
      current = undefined;
      status.textContent = 'Type a model, a maker, or what you need.';
      return drawn(true);
    }
    const { found, read, filters, sort } = answer;
    const understood = readingText(read, sortLabel);
    const leftOut = retiredLeftOut(filters, sort);
    const summary = [
      fixed
        ? `Showing results for “${corrected}” (you typed “${typed}”): ${plural(found.total, 'result')}.`
        : `${plural(found.total, 'result')}${typed ? ` for “${typed}”` : ''}.`,
      read.intent ? 'Models without a score are left out.' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const spoken = [understood, leftOut ? 'Retired models are left out of this order.' : '']
      .filter(Boolean)
      .join(' ');
    const overridden = (r: Reading) => (r.key === 'sort' ? query.has('sort') : query.has(r.key));
    asTyped.hidden = !fixed;
    showReadings(
      readings(read, sortLabel).filter((r) => !overridden(r)),
      leftOut,
      fixed && corrected !== undefined ? corrected : typed,
    );
    if (fixed) {
      const params = new URLSearchParams(query);
      params.set(AS_TYPED, '1');
      asTyped.href = `?${params}`;
      asTyped.textContent = `Search for “${typed}” as typed`;
    }
    // Sorted by a benchmark: each result shows its score on it.
    scoreKey = sort.startsWith('score-') ? sort : '';
    list.replaceChildren(...found.hits.map((hit) => resultItem(hit, true, scoreKey)));
    current = { found, shown: found.hits.length, summary, spoken };
    tell();
    drawn(true);
  }
  const fail = (error: unknown) => {
    status.textContent = error instanceof Error ? error.message : String(error);
    drawn(true);
  };
  const again = async () => {
    drawn(false);
    await run().catch(fail);
  };

  more.addEventListener('click', () => {
    const shown = current;
    if (!shown) return;
    drawn(false);
    shown.found
      .more(PAGE)
      .then((hits) => {
        if (current !== shown) return;
        const items = hits.map((hit) => resultItem(hit, true, scoreKey));
        list.append(...items);
        shown.shown += hits.length;
        tell();
        // Focus goes to the first new result, so a keyboard carries on reading where it was.
        items[0]?.querySelector('a')?.focus();
        drawn(true);
      })
      .catch(fail);
  });

  // The URL is the state: a shared link opens the same search.
  const params = new URLSearchParams(location.search);
  for (const [key, value] of params) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
      field.value = value;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    // New words: mistakes in them are corrected again.
    const field = form.elements.namedItem(AS_TYPED);
    if (event.target === input && field instanceof HTMLInputElement) field.value = '';
    drawn(false);
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(fail), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void again();
  });
  // A shared link searches in a task of its own, after the page's scripts have run and it has
  // painted: one long task on load is what a phone's Lighthouse run counts against the page.
  if (params.size > 0) {
    drawn(false);
    void nextTask().then(again);
  } else drawn(true);
}
