/**
 * JSON Schemas generated from the zod schemas, published at `/schema/<name>.json`. The data files'
 * schemas describe what people write (so editors can complete and check YAML as it is typed); the
 * API's describe what the site publishes.
 */
import { z } from 'astro/zod';
import { ApiBenchmarks, ApiModelFile, ApiModels, ApiProviders } from './api.ts';
import { Benchmark, Evaluator } from './benchmark.ts';
import { Creator } from './creator.ts';
import { Model } from './model.ts';
import { Provider } from './provider.ts';
import { RefreshState } from './refresh-state.ts';

const DATA = {
  model: Model,
  provider: Provider,
  creator: Creator,
  benchmark: Benchmark,
  evaluator: Evaluator,
  'refresh-state': RefreshState,
};
const API = {
  'api-models': ApiModels,
  'api-model': ApiModelFile,
  'api-providers': ApiProviders,
  'api-benchmarks': ApiBenchmarks,
};

/** The schemas the data files name in their `# yaml-language-server: $schema=` line. */
export const DATA_SCHEMAS = Object.keys(DATA) as (keyof typeof DATA)[];
export const SCHEMA_NAMES = [...DATA_SCHEMAS, ...(Object.keys(API) as (keyof typeof API)[])];
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  if (name in DATA) {
    // What a person writes: before defaults and transforms.
    return z.toJSONSchema(DATA[name as keyof typeof DATA], { io: 'input', reused: 'ref' });
  }
  return z.toJSONSchema(API[name as keyof typeof API], { io: 'output', reused: 'ref' });
}

/** The schema as a published file: stable key order, two-space indent, a final newline. */
export function jsonSchemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}
