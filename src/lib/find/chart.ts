/**
 * The finder's top results on one small chart: what a month costs against the context window, each
 * model a numbered mark matching its row in the table, so it reads without colour. An SVG string
 * the build writes and the page's script rewrites, from the same function.
 */
import { escapeMarkup } from '../escape.ts';
import { money, tokens } from '../format.ts';
import type { Ranked } from './rank.ts';

const W = 640;
const H = 260;
const PAD = { left: 56, right: 16, top: 12, bottom: 40 };

/** Round figures that span `lo`…`hi` on a log scale: 1, 10, 100… or 1, 2, 5, 10… when few. */
function logTicks(lo: number, hi: number, steps: number[]): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const s of steps) {
      const v = s * 10 ** e;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return ticks;
}

export function chartSvg(results: readonly Ranked[], limit = 15): string {
  const shown = results.slice(0, limit).filter((r) => r.best.cost.perMonth > 0);
  if (shown.length < 2) return '';
  const costs = shown.map((r) => r.best.cost.perMonth);
  const contexts = shown.map((r) => r.best.offer.ctx);
  // A little room either side, so marks at the ends are not cut.
  const [c0, c1] = [Math.min(...costs) / 1.3, Math.max(...costs) * 1.3];
  const [k0, k1] = [Math.min(...contexts) / 1.5, Math.max(...contexts) * 1.5];
  const x = (v: number) =>
    PAD.left +
    ((Math.log(v) - Math.log(c0)) / (Math.log(c1) - Math.log(c0))) * (W - PAD.left - PAD.right);
  const y = (v: number) =>
    H -
    PAD.bottom -
    ((Math.log(v) - Math.log(k0)) / (Math.log(k1) - Math.log(k0))) * (H - PAD.top - PAD.bottom);
  const e = escapeMarkup;
  const costTicks = logTicks(c0, c1, c1 / c0 > 100 ? [1] : [1, 2, 5]);
  const contextTicks = [8_192, 32_768, 131_072, 262_144, 1_048_576, 2_097_152, 10_485_760].filter(
    (v) => v >= k0 && v <= k1,
  );
  const grid = [
    ...costTicks.map(
      (v) =>
        `<line class="grid" x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${PAD.top}" y2="${H - PAD.bottom}"/><text class="tick" x="${x(v).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${e(money(v))}</text>`,
    ),
    ...contextTicks.map(
      (v) =>
        `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${e(tokens(v))}</text>`,
    ),
  ];
  const marks = shown.map((r, i) => {
    const cx = x(r.best.cost.perMonth).toFixed(1);
    const cy = y(r.best.offer.ctx).toFixed(1);
    const label = `${i + 1}. ${r.model.name}: ${money(r.best.cost.perMonth)} a month, ${tokens(r.best.offer.ctx)} context`;
    return `<g class="mark"><title>${e(label)}</title><circle cx="${cx}" cy="${cy}" r="9"/><text x="${cx}" y="${(Number(cy) + 4).toFixed(1)}" text-anchor="middle">${i + 1}</text></g>`;
  });
  const summary = `Cost a month against context window for the first ${shown.length} results; each mark is numbered as its row in the table.`;
  return [
    `<svg class="find-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="find-chart-title">`,
    `<title id="find-chart-title">${e(summary)}</title>`,
    ...grid,
    `<text class="axis" x="${(W + PAD.left) / 2}" y="${H - 4}" text-anchor="middle">Cost a month (log scale) →</text>`,
    `<text class="axis" x="12" y="${PAD.top + 4}" transform="rotate(90 12 ${PAD.top + 4})">Context window →</text>`,
    ...marks,
    '</svg>',
  ].join('');
}
