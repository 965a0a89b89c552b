/** One search result as a list item, for the header's quick results and the /search/ page. */
import type { Hit } from './pagefind.ts';

/**
 * `scoreKey` names the benchmark the results are sorted by (`score-<id>`): its score, in the
 * result's meta under the same key, is shown with the other facts.
 */
export function resultItem(hit: Hit, withExcerpt: boolean, scoreKey = ''): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  const title = document.createElement('span');
  title.className = 'hit-title';
  title.textContent = hit.meta['title'] ?? hit.url;
  link.append(title);
  const facts = [
    // Retired, deprecated (with its shutdown date) or preview, in words, before anything else.
    hit.meta['state'],
    scoreKey ? hit.meta[scoreKey] : undefined,
    hit.meta['kind'],
    hit.meta['creator'],
    hit.meta['price'],
    hit.meta['context'],
  ]
    .filter(Boolean)
    .join(' · ');
  if (facts) {
    const small = document.createElement('span');
    small.className = 'hit-facts';
    small.textContent = facts;
    link.append(small);
  }
  li.append(link);
  if (withExcerpt) {
    const p = document.createElement('p');
    p.className = 'hit-excerpt';
    // A model shows its summary; other pages the excerpt around the words found, which Pagefind
    // escapes before adding its <mark> elements, so it is safe as HTML.
    const summary = hit.meta['summary'];
    if (summary) p.textContent = summary;
    else p.innerHTML = hit.excerpt;
    li.append(p);
  }
  return li;
}

/** Moves focus through a list of links with the arrow keys, as a menu of results would. */
export function arrowKeys(list: HTMLElement, back: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (at === 0 ? back : links[at - 1])?.focus();
    else return;
    event.preventDefault();
  });
}
