/** Small hand-made catalogs for the derivation tests: only the fields a test cares about vary. */
import { buildCatalog } from '../../src/lib/catalog/build.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import type { Offer } from '../../src/schemas/offer.ts';
import type {
  BenchmarkRecord,
  CreatorRecord,
  EvaluatorRecord,
  ModelRecord,
  ProviderRecord,
} from '../../src/schemas/records.ts';
import type { Score } from '../../src/schemas/score.ts';

export function model(id: string, fields: Partial<ModelRecord> = {}): ModelRecord {
  return {
    id,
    creator: 'acme',
    name: id.toUpperCase(),
    family: id,
    tier: 'balanced',
    released: '2026-01-15',
    context_window: 128_000,
    modalities: { input: ['text'], output: ['text'] },
    capabilities: {},
    open_weights: false,
    status: 'active',
    ...fields,
  };
}

export function offer(
  modelId: string,
  input: number | null,
  output: number | null,
  fields: Partial<Offer> = {},
): Offer {
  return {
    model: modelId,
    provider_model_id: modelId,
    price: { input, output },
    updated: '2026-07-01',
    source: 'https://example.com/pricing',
    ...fields,
  };
}

export function provider(
  id: string,
  offers: Offer[],
  fields: Partial<ProviderRecord> = {},
): ProviderRecord {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    url: `https://${id}.example.com`,
    pricing_url: `https://${id}.example.com/pricing`,
    kind: 'inference-platform',
    offers,
    ...fields,
  };
}

const CREATORS: CreatorRecord[] = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'wonka'].map(
  (id) => ({
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    url: `https://${id}.example.com`,
    country: 'US',
  }),
);

/** A benchmark on a 0 to 100 scale, higher better unless said otherwise. */
export function benchmark(id: string, fields: Partial<BenchmarkRecord> = {}): BenchmarkRecord {
  return {
    id,
    name: id.toUpperCase(),
    measures: `What ${id} measures.`,
    category: 'coding',
    scale: { unit: 'percent', min: 0, max: 100, higher_is_better: true },
    url: `https://${id}.example.com`,
    ...fields,
  };
}

/** A score the maker reported, read on the day the tests are fixed to. */
export function score(benchmarkId: string, value: number, fields: Partial<Score> = {}): Score {
  return {
    benchmark: benchmarkId,
    score: value,
    measured_by: 'maker',
    read: '2026-12-07',
    source: `https://${benchmarkId}.example.com/results`,
    ...fields,
  };
}

export const EVALUATORS: EvaluatorRecord[] = [
  {
    id: 'lab',
    name: 'Independent Lab',
    url: 'https://lab.example.com',
    licence: 'CC-BY-4.0',
    licence_url: 'https://lab.example.com/licence',
    credit: 'Independent Lab, benchmark runs.',
  },
];

export function catalog(
  models: ModelRecord[],
  providers: ProviderRecord[],
  benchmarks: BenchmarkRecord[] = [],
): Catalog {
  return buildCatalog({
    creators: CREATORS,
    models,
    providers,
    benchmarks,
    evaluators: EVALUATORS,
  });
}
