/**
 * Benchmark boards computed the plain way, straight from the YAML as src/data/load.ts reads it,
 * for the tests that hold the built pages to the data: each model's best score, its cheapest
 * blended price, the board's order and the frontier by brute force over every pair. Nothing here
 * imports the code under test.
 */
import type { AtlasData } from '../../src/data/load.ts';
import type { BenchmarkRecord, ModelRecord } from '../../src/schemas/records.ts';

export interface ReferenceRow {
  model: ModelRecord;
  best: number;
  /** The cheapest blended (3:1) price of an offer on sale; 0 only when nothing paid is known. */
  cost: number | undefined;
}

const better = (bench: BenchmarkRecord, a: number, b: number) =>
  bench.scale.higher_is_better ? a > b : a < b;

/** The model's best reported score on the benchmark, or undefined when it has none. */
export function bestScore(model: ModelRecord, bench: BenchmarkRecord): number | undefined {
  let best: number | undefined;
  for (const s of model.scores ?? []) {
    if (s.benchmark !== bench.id) continue;
    if (best === undefined || better(bench, s.score, best)) best = s.score;
  }
  return best;
}

/** The lowest blended price of the model's offers on sale, paid prices before free ones. */
export function cheapestBlended(data: AtlasData, modelId: string): number | undefined {
  const blended = data.providers.flatMap((p) =>
    p.offers
      .filter((o) => o.model === modelId && o.withdrawn === undefined)
      .filter((o) => o.price.input != null && o.price.output != null)
      .map((o) => (3 * (o.price.input ?? 0) + (o.price.output ?? 0)) / 4),
  );
  const paid = blended.filter((b) => b > 0);
  if (paid.length > 0) return Math.min(...paid);
  return blended.length > 0 ? 0 : undefined;
}

/** Every model scored on the benchmark: models still sold first, best first, then by name. */
export function referenceBoard(data: AtlasData, bench: BenchmarkRecord): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  for (const model of data.models) {
    const best = bestScore(model, bench);
    if (best !== undefined) rows.push({ model, best, cost: cheapestBlended(data, model.id) });
  }
  const retired = (r: ReferenceRow) => (r.model.status === 'retired' ? 1 : 0);
  return rows.sort(
    (a, b) =>
      retired(a) - retired(b) ||
      (bench.scale.higher_is_better ? b.best - a.best : a.best - b.best) ||
      a.model.name.localeCompare(b.model.name),
  );
}

/**
 * The row numbers (1-based) on the frontier: among the rows still sold with a paid price, those
 * no other row beats, that is costs no more and scores no worse, strictly on one of the two.
 */
export function bruteFrontier(rows: ReferenceRow[], bench: BenchmarkRecord): number[] {
  const candidates = rows
    .map((row, i) => ({ row, n: i + 1 }))
    .filter(({ row }) => row.model.status !== 'retired' && (row.cost ?? 0) > 0);
  const beats = (x: ReferenceRow, y: ReferenceRow) => {
    const cx = x.cost ?? 0;
    const cy = y.cost ?? 0;
    const asGood = x.best === y.best || better(bench, x.best, y.best);
    return cx <= cy && asGood && (cx < cy || x.best !== y.best);
  };
  return candidates
    .filter(({ row }) => !candidates.some((other) => other.row !== row && beats(other.row, row)))
    .map(({ n }) => n)
    .sort((a, b) => a - b);
}
