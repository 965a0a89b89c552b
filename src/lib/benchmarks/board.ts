/**
 * A benchmark's board: every model scored on it, best first, with its headline score, its place
 * among the models still sold, and its cheapest price. Retired models are listed, marked and
 * unranked: a buyer cannot choose them. Built once per catalog and benchmark.
 */
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import type { BenchmarkRecord } from '../../schemas/records.ts';
import type { Score } from '../../schemas/score.ts';
import { byBetter, scoresOn } from './headline.ts';

export interface BoardRow {
  model: CatalogModel;
  /** The best score reported for the model, with its settings. */
  best: Score;
  /** Every score of the model on this benchmark, best first. */
  scores: Score[];
  /** 1 is best; equal scores share a place (1, 1, 3). Undefined for a retired model. */
  rank: number | undefined;
}

export interface Board {
  benchmark: BenchmarkRecord;
  rows: BoardRow[];
  /** How many models are ranked: every scored model that is not retired. */
  ranked: number;
}

const boards = new WeakMap<Catalog, Map<string, Board>>();

/** The board of one benchmark, computed once per catalog. */
export function boardOf(catalog: Catalog, benchmark: BenchmarkRecord): Board {
  let byId = boards.get(catalog);
  if (!byId) boards.set(catalog, (byId = new Map()));
  const known = byId.get(benchmark.id);
  if (known) return known;
  const board = buildBoard(catalog.models, benchmark);
  byId.set(benchmark.id, board);
  return board;
}

export function buildBoard(models: readonly CatalogModel[], benchmark: BenchmarkRecord): Board {
  const better = byBetter(benchmark);
  const rows: BoardRow[] = [];
  for (const model of models) {
    const scores = scoresOn(model.scores, benchmark);
    const best = scores[0];
    if (best) rows.push({ model, best, scores, rank: undefined });
  }
  rows.sort(
    (a, b) =>
      Number(a.model.status === 'retired') - Number(b.model.status === 'retired') ||
      better(a.best.score, b.best.score) ||
      a.model.name.localeCompare(b.model.name),
  );
  let ranked = 0;
  let previous: BoardRow | undefined;
  for (const row of rows) {
    if (row.model.status === 'retired') continue;
    ranked++;
    row.rank = previous && previous.best.score === row.best.score ? previous.rank : ranked;
    previous = row;
  }
  return { benchmark, rows, ranked };
}

/** Where one model stands on each benchmark it is scored on, for its own page. */
export function placesOf(catalog: Catalog, model: CatalogModel): { board: Board; row: BoardRow }[] {
  const ids = new Set((model.scores ?? []).map((s) => s.benchmark));
  return catalog.benchmarks
    .filter((b) => ids.has(b.id))
    .map((benchmark) => {
      const board = boardOf(catalog, benchmark);
      const row = board.rows.find((r) => r.model.id === model.id) as BoardRow;
      return { board, row };
    });
}
