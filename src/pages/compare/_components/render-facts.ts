/**
 * The picker's facts table, drawn in the browser with the markup FactsTable.astro and Mark.astro
 * write at build time, so a picked pair reads like its static page.
 */
import type { FactRow, Side } from '../../../lib/compare/facts.ts';

/** One side's value, marked as Mark.astro marks it; shared with the picker's scores table. */
export function cell(
  row: Pick<FactRow, 'a' | 'b' | 'winner' | 'word'>,
  side: 'a' | 'b',
): HTMLTableCellElement {
  const td = document.createElement('td');
  const value = row[side];
  const tag = document.createElement('span');
  tag.className = row.winner === 'tie' ? 'tag tie' : 'tag';
  tag.textContent = row.word ?? '';
  if (row.winner === side) {
    const strong = document.createElement('strong');
    strong.className = 'best';
    strong.append(value, ' ', tag);
    td.append(strong);
  } else if (row.winner === 'tie') {
    td.append(value, ' ', tag);
  } else {
    td.append(value);
  }
  return td;
}

export function renderFacts(
  a: Side,
  b: Side,
  rows: FactRow[],
  modelHref: (id: string) => string,
): void {
  const caption = document.querySelector('#picker-caption');
  const head = document.querySelector('#picker-head');
  const body = document.querySelector('#picker-body');
  if (!caption || !head || !body) return;
  caption.textContent = `${a.name} and ${b.name}: the better value on each line is marked; prices are USD per 1M tokens at each model's cheapest provider`;
  const fact = document.createElement('th');
  fact.scope = 'col';
  fact.textContent = 'Fact';
  head.replaceChildren(
    fact,
    ...[a, b].map((s) => {
      const th = document.createElement('th');
      th.scope = 'col';
      const link = document.createElement('a');
      link.href = modelHref(s.id);
      link.textContent = s.name;
      th.append(link);
      return th;
    }),
  );
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = row.label;
      tr.append(th, cell(row, 'a'), cell(row, 'b'));
      return tr;
    }),
  );
}
