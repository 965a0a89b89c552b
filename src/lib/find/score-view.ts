/**
 * The finder's answer about a benchmark, in words and on a chart: each row's score cell (its
 * headline score, its score per dollar, "on the frontier"), the sentences the summary adds, and the
 * chart of a month's cost against the score with the frontier marked. Shared by the build and the
 * page's script, as the rest of the table is.
 */
import { scoreChart, type ChartPoint } from '../benchmarks/chart.ts';
import { scoreText } from '../benchmarks/settings.ts';
import { plural } from '../format.ts';
import { chartSvg } from './chart.ts';
import type { FindQuery } from './query.ts';
import type { Answer, Ranked } from './rank.ts';

/** The words that mark a row on the frontier, in the table as on the chart. */
export const ON_FRONTIER = 'on the frontier';

export interface ScoreCell {
  /** "74.4%", or "—" for a model nobody has scored on the benchmark. */
  score: string;
  /** Score per dollar in words, when the answer is ranked by it. */
  value: string;
  frontier: boolean;
}

/** Made on first use, not when the module loads (see byName in order.ts). */
let perDollarFormat: Intl.NumberFormat | undefined;
const perDollar = () =>
  (perDollarFormat ??= new Intl.NumberFormat('en', { maximumSignificantDigits: 2 }));

export function scoreCell(r: Ranked, answer: Answer, sort: FindQuery['sort']): ScoreCell {
  const b = answer.benchmark;
  if (!b || r.score === undefined) return { score: '—', value: '', frontier: false };
  const value =
    sort === 'value' && r.value !== undefined
      ? r.value === Infinity
        ? 'free: any score per $'
        : // Kept on one line (no-break spaces): "0.99 per" over "$" reads as two figures.
          `${perDollar().format(r.value)}\u00a0per\u00a0$`
      : '';
  return { score: scoreText(r.score, b.unit), value, frontier: r.onFrontier === true };
}

/** The column's heading: the benchmark's name, and which way is better when lower is. */
export function scoreHeading(answer: Answer): string {
  const b = answer.benchmark;
  if (!b) return '';
  return b.higherIsBetter ? b.name : `${b.name} (lower is better)`;
}

/**
 * What the summary says of the benchmark: what was left out for it, what the order is, what was
 * assumed, and how many models are on the frontier.
 */
export function scoreSummary(answer: Answer, query: FindQuery): { left: string[]; notes: string } {
  const b = answer.benchmark;
  if (!b) return { left: [], notes: '' };
  const left: string[] = [];
  if (answer.noScore > 0)
    left.push(`${plural(answer.noScore, 'model')} left out for having no ${b.name} score`);
  if (answer.belowScore > 0 && query.needs.minScore !== undefined)
    left.push(
      `${answer.belowScore} ${b.higherIsBetter ? 'below' : 'above'} ${scoreText(query.needs.minScore, b.unit)} on it`,
    );
  const notes: string[] = [];
  if (answer.defaulted)
    notes.push(`No benchmark chosen, so the scores are ${b.name}'s, the default.`);
  if (query.sort === 'score')
    notes.push(
      `Ranked by each model's best reported ${b.name} score, ${b.higherIsBetter ? 'highest' : 'lowest'} first.`,
    );
  if (query.sort === 'value')
    notes.push(
      b.higherIsBetter
        ? `Ranked by score per dollar: each model's best reported ${b.name} score over a month's cost.`
        : `Ranked by score per dollar: on ${b.name} lower is better, so what counts is ${scoreText(b.max, b.unit)} minus each model's best reported score, over a month's cost, and more is better.`,
    );
  const unscored = answer.unscored ?? 0;
  if (unscored > 0 && (query.sort === 'score' || query.sort === 'value'))
    notes.push(
      unscored === answer.count
        ? `None of them has a ${b.name} score.`
        : `${unscored} of them ${unscored === 1 ? 'has' : 'have'} no ${b.name} score and come${unscored === 1 ? 's' : ''} last, cheapest first.`,
    );
  if ((answer.frontier ?? 0) > 0)
    notes.push(
      `${plural(answer.frontier ?? 0, 'model')} ${answer.frontier === 1 ? 'is' : 'are'} on the frontier: no other model here is both cheaper and better on ${b.name}.`,
    );
  return { left, notes: notes.join(' ') };
}

/** How many of the first rows the chart numbers, as the context chart does: more would crowd it. */
const CHARTED = 15;

/**
 * A month's cost against the score for the first rows, and every row on the frontier among the
 * rows shown, each mark numbered as its row: '' when fewer than two have a score and a cost.
 */
export function scoreChartSvg(answer: Answer): string {
  const b = answer.benchmark;
  if (!b) return '';
  const points: ChartPoint[] = [];
  answer.results.forEach((r, i) => {
    if (r.score === undefined || (i >= CHARTED && !r.onFrontier)) return;
    points.push({
      n: i + 1,
      name: r.model.name,
      cost: r.best.cost.perMonth,
      score: r.score,
      onFrontier: r.onFrontier === true,
    });
  });
  return scoreChart(points, {
    id: 'find-score-chart',
    costLabel: 'Cost a month',
    scoreLabel: b.name,
    unit: b.unit,
    higherIsBetter: b.higherIsBetter,
  });
}

/**
 * The answer's chart: cost against the score when the question is about a benchmark (and two
 * rows have one), else cost against the context window.
 */
export function answerChartSvg(answer: Answer): string {
  return scoreChartSvg(answer) || chartSvg(answer.results);
}
