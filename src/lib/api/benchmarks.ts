/**
 * `/api/v1/benchmarks.json`: every benchmark of the controlled list with how many models are scored
 * on it and who measured them, and the evaluators with the licence and credit their data asks for.
 * The scores themselves are in each model's file.
 */
import type { ApiBenchmarks } from '../../schemas/api.ts';
import type { Catalog } from '../catalog/types.ts';
import { envelope, type Context } from './files.ts';

export function benchmarksFile(
  catalog: Pick<Catalog, 'models' | 'benchmarks' | 'evaluatorById'>,
  context: Context,
): ApiBenchmarks {
  const scored = new Map<string, Set<string>>();
  const measurers = new Map<string, Set<string>>();
  for (const m of catalog.models) {
    for (const s of m.scores ?? []) {
      if (!scored.has(s.benchmark)) scored.set(s.benchmark, new Set());
      scored.get(s.benchmark)?.add(m.id);
      if (!catalog.evaluatorById.has(s.measured_by)) continue;
      if (!measurers.has(s.benchmark)) measurers.set(s.benchmark, new Set());
      measurers.get(s.benchmark)?.add(s.measured_by);
    }
  }
  return {
    ...envelope('api-benchmarks', context),
    benchmarks: catalog.benchmarks.map((b) => ({
      id: b.id,
      name: b.name,
      measures: b.measures,
      category: b.category,
      scale: b.scale,
      url: b.url,
      page: context.absolute(`/benchmarks/${b.id}/`),
      models_scored: scored.get(b.id)?.size ?? 0,
      evaluators: [...(measurers.get(b.id) ?? [])].sort(),
    })),
    evaluators: [...catalog.evaluatorById.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => ({
        id: e.id,
        name: e.name,
        url: e.url,
        licence: e.licence,
        licence_url: e.licence_url,
        credit: e.credit,
      })),
  };
}
