/**
 * A board as the benchmark page's chart draws it: each row with a price becomes a mark numbered as
 * its row, and the frontier is taken among the models a buyer can choose (not retired) that cost
 * something, so a free tier or a retired model's last price never pushes a sold model off it.
 */
import { money, usd } from '../format.ts';
import type { Board, BoardRow } from './board.ts';
import type { ChartPoint } from './chart.ts';
import { frontier } from './frontier.ts';

export interface ValueView {
  /** One point per row with a blended price above zero, numbered as the row (1-based). */
  points: ChartPoint[];
  /** The rows on the frontier, cheapest first. */
  frontier: { n: number; row: BoardRow; cost: number }[];
}

const costOf = (row: BoardRow) => row.model.cheapestBlended?.price;

export function valueView(board: Board): ValueView {
  const numbered = board.rows.map((row, i) => ({ n: i + 1, row, cost: costOf(row) }));
  const candidates = numbered.filter(
    (r): r is { n: number; row: BoardRow; cost: number } =>
      r.cost !== undefined && r.cost > 0 && r.row.model.status !== 'retired',
  );
  const onFrontier = frontier(
    candidates.map((c) => ({ cost: c.cost, score: c.row.best.score })),
    board.benchmark.scale.higher_is_better,
  ).map((i) => candidates[i] as (typeof candidates)[number]);
  const onIds = new Set(onFrontier.map((c) => c.n));
  const points = numbered
    .filter((r) => r.cost !== undefined && r.cost > 0)
    .map((r) => ({
      n: r.n,
      name: r.row.model.name,
      cost: r.cost as number,
      score: r.row.best.score,
      onFrontier: onIds.has(r.n),
    }));
  return { points, frontier: onFrontier };
}

/**
 * A blended price as the board and the chart write it: $10.23 rather than $10.2273, since a 3:1
 * mix is no price anyone publishes and its last digits mean nothing; "Free" and "—" as elsewhere.
 */
export function blended(price: number | undefined): string {
  return price === undefined || price === 0 ? usd(price) : money(price);
}
