/**
 * What the loader hands on: each file's data plus the facts its path holds. These are the shapes
 * the site's collections carry; the file schemas are what people write.
 */
import type { z } from 'astro/zod';
import { Benchmark, Evaluator } from './benchmark.ts';
import { Creator } from './creator.ts';
import { Id } from './fields.ts';
import { Model } from './model.ts';
import { Provider } from './provider.ts';

export const CreatorRecord = Creator.safeExtend({
  id: Id.describe('The file name: data/creators/<id>.yaml.'),
});
export const ModelRecord = Model.safeExtend({
  id: Id.describe('The file name: data/models/<creator>/<id>.yaml.'),
  creator: Id.describe('The folder the file sits in: the creator id.'),
});
export const ProviderRecord = Provider.safeExtend({
  id: Id.describe('The file name: data/providers/<id>.yaml.'),
});

export const BenchmarkRecord = Benchmark.safeExtend({
  id: Id.describe('The file name: data/benchmarks/<id>.yaml.'),
});
export const EvaluatorRecord = Evaluator.safeExtend({
  id: Id.describe('The file name: data/evaluators/<id>.yaml.'),
});

export type CreatorRecord = z.infer<typeof CreatorRecord>;
export type BenchmarkRecord = z.infer<typeof BenchmarkRecord>;
export type EvaluatorRecord = z.infer<typeof EvaluatorRecord>;
export type ModelRecord = z.infer<typeof ModelRecord>;
export type ProviderRecord = z.infer<typeof ProviderRecord>;
