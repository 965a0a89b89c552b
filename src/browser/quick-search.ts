/**
 * The header box's quick results, loaded the first time the box is focused: results as the
 * visitor types, arrow keys into them, Escape to close, Enter for the full /search/ page.
 */
import { plural } from '../lib/format.ts';
import { readQuery, searchOptions } from '../lib/search/query.ts';
import { readIntents } from './intents.ts';
import { loadPagefind, searchHits } from './pagefind.ts';
import { arrowKeys, resultItem } from './search-results.ts';

const QUICK = 6;

export function attachQuickSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input');
  const panel = form.querySelector<HTMLElement>('.site-search-panel');
  const status = panel?.querySelector<HTMLElement>('.site-search-status');
  const list = panel?.querySelector<HTMLElement>('.hits');
  const all = panel?.querySelector<HTMLAnchorElement>('.site-search-all');
  if (!input || !panel || !status || !list || !all) return;
  const intents = readIntents(form);

  const close = () => {
    panel.hidden = true;
  };
  const fail = (error: unknown) => {
    panel.hidden = false;
    list.replaceChildren();
    status.textContent = error instanceof Error ? error.message : String(error);
  };

  const run = async () => {
    const typed = input.value.trim();
    if (typed === '') return close();
    const read = readQuery(typed, intents);
    const found = await searchHits(
      read.text,
      searchOptions(read.filters, read.sort, intents),
      QUICK,
      {
        debounced: true,
        bundle: 'quick',
      },
    );
    if (!found || input.value.trim() !== typed) return; // a newer search is on its way
    panel.hidden = false;
    all.href = `${form.action}?q=${encodeURIComponent(typed)}`;
    all.textContent = `All ${plural(found.total, 'result')} for “${typed}”`;
    status.textContent = found.total === 0 ? `Nothing matches “${typed}”.` : '';
    const scoreKey = read.intent ? read.sort : '';
    list.replaceChildren(...found.hits.map((hit) => resultItem(hit, false, scoreKey)));
  };

  loadPagefind('quick').catch(fail);
  input.addEventListener('input', () => void run().catch(fail));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      list.querySelector('a')?.focus();
      event.preventDefault();
    }
    if (event.key === 'Escape') close();
  });
  arrowKeys(list, input);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  // Typed before the code arrived: answer it now.
  if (input.value.trim() !== '') void run().catch(fail);
}
