/**
 * The catalog, queried once per build: every page takes its slice from here instead of calling
 * getCollection itself (which, per page, made large builds markedly slower).
 */
import { getCollection } from 'astro:content';
import { buildCatalog } from './build.ts';
import type { Catalog } from './types.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [creators, models, providers, benchmarks, evaluators, state] = await Promise.all([
      getCollection('creators'),
      getCollection('models'),
      getCollection('providers'),
      getCollection('benchmarks'),
      getCollection('evaluators'),
      getCollection('refreshState'),
    ]);
    return buildCatalog({
      creators: creators.map((e) => e.data),
      models: models.map((e) => e.data),
      providers: providers.map((e) => e.data),
      benchmarks: benchmarks.map((e) => e.data),
      evaluators: evaluators.map((e) => e.data),
      refreshState: state[0]?.data,
    });
  })();
  return catalog;
}
