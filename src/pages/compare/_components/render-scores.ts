/**
 * The picker's benchmarks table, drawn in the browser with the markup ScoresTable.astro writes at
 * build time, from the same judgement (pairScores), so a picked pair reads like its static page.
 */
import type { PairBenchmark, PairScores } from '../../../lib/benchmarks/pair.ts';
import { scoreText, settingsText } from '../../../lib/benchmarks/settings.ts';
import { cell } from './render-facts.ts';

interface Named {
  id: string;
  name: string;
}

function link(text: string, to: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = to;
  a.textContent = text;
  return a;
}

/** "Only X is scored on A, B and C." with each benchmark linked. */
function onlyLine(model: Named, benchmarks: PairBenchmark[], benchHref: (id: string) => string) {
  const p = document.createElement('p');
  p.className = 'only-scored';
  p.append(`Only ${model.name} is scored on `);
  benchmarks.forEach((b, i) => {
    if (i > 0) p.append(i === benchmarks.length - 1 ? ' and ' : ', ');
    p.append(link(b.name, benchHref(b.id)));
  });
  p.append('.');
  return p;
}

export function renderScores(
  a: Named,
  b: Named,
  pair: PairScores,
  links: { model: (id: string) => string; benchmark: (id: string) => string },
): void {
  const wrap = document.querySelector<HTMLElement>('#picker-scores-wrap');
  const caption = document.querySelector('#picker-scores-caption');
  const head = document.querySelector('#picker-scores-head');
  const body = document.querySelector('#picker-scores-body');
  const text = document.querySelector('#picker-scores-text');
  if (!wrap || !caption || !head || !body || !text) return;
  wrap.hidden = pair.both.length === 0;
  caption.textContent = `${a.name} and ${b.name} on the benchmarks both are scored on: each one's best reported score, the better marked`;
  const first = document.createElement('th');
  first.scope = 'col';
  first.textContent = 'Benchmark';
  head.replaceChildren(
    first,
    ...[a, b].map((s) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.append(link(s.name, links.model(s.id)));
      return th;
    }),
  );
  body.replaceChildren(
    ...pair.both.map((row) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.append(link(row.benchmark.name, links.benchmark(row.benchmark.id)));
      if (!row.benchmark.scale.higher_is_better) {
        const sub = document.createElement('span');
        sub.className = 'sub';
        sub.textContent = 'lower is better';
        th.append(sub);
      }
      const unit = row.benchmark.scale.unit;
      const shown = {
        a: scoreText(row.a.score, unit),
        b: scoreText(row.b.score, unit),
        winner: row.winner,
        word: row.winner === 'tie' ? 'tie' : 'better',
      };
      const cells = (['a', 'b'] as const).map((side) => {
        const td = cell(shown, side);
        const settings = settingsText(row[side].settings);
        if (settings) {
          const sub = document.createElement('span');
          sub.className = 'sub';
          sub.textContent = settings;
          td.append(sub);
        }
        return td;
      });
      tr.append(th, ...cells);
      return tr;
    }),
  );
  const lines: HTMLElement[] = [];
  if (pair.both.length === 0 && (pair.onlyA.length > 0 || pair.onlyB.length > 0)) {
    const p = document.createElement('p');
    p.textContent = 'No benchmark has a recorded score for both models.';
    lines.push(p);
  }
  if (pair.onlyA.length > 0) lines.push(onlyLine(a, pair.onlyA, links.benchmark));
  if (pair.onlyB.length > 0) lines.push(onlyLine(b, pair.onlyB, links.benchmark));
  if (lines.length === 0 && pair.both.length === 0) {
    const p = document.createElement('p');
    p.textContent = 'Neither model has a recorded benchmark score yet.';
    lines.push(p);
  }
  text.replaceChildren(...lines);
  // Credit only the evaluators whose scores the table shows, as the static pages do.
  const shownBy = new Set(pair.both.flatMap((r) => [r.a.measured_by, r.b.measured_by]));
  const credits = document.querySelectorAll<HTMLElement>('#picker-scores [data-evaluator]');
  for (const li of credits) li.hidden = !shownBy.has(li.dataset['evaluator'] ?? '');
  const list = credits[0]?.parentElement;
  if (list) list.hidden = ![...credits].some((li) => !li.hidden);
}
