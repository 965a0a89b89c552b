/**
 * Facts about the catalog straight from the YAML in data/, for the search tests: what a buyer's
 * query should find is worked out here from the records, never from the code under test.
 */
import { loadData } from '../../src/data/load.ts';
import type { ModelRecord } from '../../src/schemas/records.ts';

const { data } = await loadData('data');
export { data };

export type Model = ModelRecord;

export const models = data.models;
export const byName = new Map(models.map((m) => [m.name, m]));

/**
 * The lowest input price a buyer pays for a model today, per 1M tokens: offers still sold, a paid
 * price before a free tier's zero; undefined when nobody sells it with an input price.
 */
export function inputPrice(id: string): number | undefined {
  const prices = data.providers.flatMap((p) =>
    p.offers
      .filter((o) => o.model === id && o.withdrawn === undefined)
      .flatMap((o) => (o.price.input == null ? [] : [o.price.input])),
  );
  const paid = prices.filter((p) => p > 0);
  return paid.length > 0 ? Math.min(...paid) : prices.length > 0 ? Math.min(...prices) : undefined;
}

/** Still bought and ranked: every status but retired. */
export const sold = (m: Model) => m.status !== 'retired';

/** The models that pass `where`, are sold and have a price, cheapest first. */
export function cheapestOf(where: (m: Model) => boolean): Model[] {
  const priced = models.filter((m) => where(m) && sold(m) && inputPrice(m.id) !== undefined);
  const least = Math.min(...priced.map((m) => inputPrice(m.id) ?? Infinity));
  return priced.filter((m) => inputPrice(m.id) === least);
}

const codingIds = new Set(data.benchmarks.filter((b) => b.category === 'coding').map((b) => b.id));

/** Made for code by its name, or measured on a coding benchmark. */
export const forCode = (m: Model) =>
  /cod(?:e|er|ex|ing|estral)|devstral/i.test(`${m.name} ${m.family}`) ||
  (m.scores ?? []).some((s) => codingIds.has(s.benchmark));

/** A model's best score on a benchmark under any settings (the lowest where lower is better). */
export function bestScore(m: Model, benchmark: string): number | undefined {
  const record = data.benchmarks.find((b) => b.id === benchmark);
  const scores = (m.scores ?? []).filter((s) => s.benchmark === benchmark).map((s) => s.score);
  if (scores.length === 0) return undefined;
  return record?.scale.higher_is_better === false ? Math.min(...scores) : Math.max(...scores);
}

/** The benchmark of a category scored for the most models: what "best <skill> model" sorts by. */
export function mostScored(category: string) {
  const counts = data.benchmarks
    .filter((b) => b.category === category)
    .map((b) => ({ b, n: models.filter((m) => bestScore(m, b.id) !== undefined).length }))
    .sort((x, y) => y.n - x.n || x.b.name.localeCompare(y.b.name));
  const found = counts[0]?.b;
  if (!found) throw new Error(`no ${category} benchmark in data/`);
  return found;
}

/** The newest model still sold, not deprecated, whose whole name matches `pattern`. */
export function newest(pattern: RegExp): Model {
  const found = models
    .filter((m) => pattern.test(m.name) && m.status === 'active')
    .sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''))[0];
  if (!found) throw new Error(`no active model named like ${pattern}`);
  return found;
}
