/**
 * Score against cost on one chart, with the frontier marked: the models no other beats on both.
 * Every mark is numbered as its row in the table beside it, and frontier marks are squares joined
 * by a dashed line (other marks are circles), so the chart reads without colour. An SVG string,
 * shared by the benchmark pages and the finder's value view.
 */
import { escapeMarkup } from '../escape.ts';
import { money } from '../format.ts';
import { scoreText } from './settings.ts';

export interface ChartPoint {
  /** The number shown in the mark: the row's number in the table. */
  n: number;
  name: string;
  cost: number;
  score: number;
  onFrontier: boolean;
}

export interface ChartOptions {
  id: string;
  /** What the cost is: "cheapest blended price per 1M tokens", "cost a month". */
  costLabel: string;
  scoreLabel: string;
  unit: string;
  higherIsBetter: boolean;
}

const W = 640;
const H = 300;
const PAD = { left: 56, right: 16, top: 14, bottom: 44 };

function logTicks(lo: number, hi: number): number[] {
  const steps = hi / lo > 100 ? [1] : [1, 2, 5];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++)
    for (const s of steps) {
      const v = s * 10 ** e;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  return ticks;
}

function linearTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500].find((s) => span / s <= 6) ?? 1000;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) ticks.push(v);
  return ticks;
}

/** The chart, or '' when fewer than two points have a cost above zero (a log scale needs them). */
export function scoreChart(points: readonly ChartPoint[], o: ChartOptions): string {
  const shown = points.filter((p) => p.cost > 0);
  if (shown.length < 2) return '';
  const costs = shown.map((p) => p.cost);
  const scores = shown.map((p) => p.score);
  const [c0, c1] = [Math.min(...costs) / 1.3, Math.max(...costs) * 1.3];
  const pad = Math.max(1, (Math.max(...scores) - Math.min(...scores)) * 0.08);
  const [s0, s1] = [Math.min(...scores) - pad, Math.max(...scores) + pad];
  const x = (v: number) =>
    PAD.left +
    ((Math.log(v) - Math.log(c0)) / (Math.log(c1) - Math.log(c0))) * (W - PAD.left - PAD.right);
  // Better is up, whichever way the benchmark counts.
  const up = (v: number) => (o.higherIsBetter ? (v - s0) / (s1 - s0) : (s1 - v) / (s1 - s0));
  const y = (v: number) => H - PAD.bottom - up(v) * (H - PAD.top - PAD.bottom);
  const e = escapeMarkup;
  const grid = [
    ...logTicks(c0, c1).map(
      (v) =>
        `<line class="grid" x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${PAD.top}" y2="${H - PAD.bottom}"/><text class="tick" x="${x(v).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${e(money(v))}</text>`,
    ),
    ...linearTicks(s0, s1).map(
      (v) =>
        `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${e(scoreText(v, o.unit))}</text>`,
    ),
  ];
  const front = shown.filter((p) => p.onFrontier).sort((a, b) => a.cost - b.cost);
  const line =
    front.length > 1
      ? `<polyline class="frontier" points="${front.map((p) => `${x(p.cost).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')}"/>`
      : '';
  // Frontier marks last, so they sit on top of the others.
  const ordered = [...shown].sort((a, b) => Number(a.onFrontier) - Number(b.onFrontier));
  const marks = ordered.map((p) => {
    const cx = x(p.cost);
    const cy = y(p.score);
    const label = `${p.n}. ${p.name}: ${scoreText(p.score, o.unit)} at ${money(p.cost)}${p.onFrontier ? ', on the frontier' : ''}`;
    const shape = p.onFrontier
      ? `<rect x="${(cx - 9).toFixed(1)}" y="${(cy - 9).toFixed(1)}" width="18" height="18"/>`
      : `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="9"/>`;
    return `<g class="mark${p.onFrontier ? ' on-frontier' : ''}"><title>${e(label)}</title>${shape}<text x="${cx.toFixed(1)}" y="${(cy + 4).toFixed(1)}" text-anchor="middle">${p.n}</text></g>`;
  });
  const summary = `${o.scoreLabel} against ${o.costLabel} (log scale), better up and cheaper left; squares joined by a dashed line are the frontier, the models no other beats on both; each mark is numbered as its row in the table.`;
  return [
    `<svg class="score-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${e(o.id)}-title">`,
    `<title id="${e(o.id)}-title">${e(summary)}</title>`,
    ...grid,
    line,
    `<text class="axis" x="${(W + PAD.left) / 2}" y="${H - 6}" text-anchor="middle">${e(o.costLabel)} (log scale) →</text>`,
    `<text class="axis" x="12" y="${PAD.top + 4}" transform="rotate(90 12 ${PAD.top + 4})">${e(o.scoreLabel)}, better ↑</text>`,
    ...marks,
    '</svg>',
  ].join('');
}
