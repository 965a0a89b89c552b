/** Small hand-made catalogs for the derivation tests: only the fields a test cares about vary. */
import { buildCatalog } from '../../src/lib/catalog/build.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import type { Offer } from '../../src/schemas/offer.ts';
import type { CreatorRecord, ModelRecord, ProviderRecord } from '../../src/schemas/records.ts';

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

export function catalog(models: ModelRecord[], providers: ProviderRecord[]): Catalog {
  return buildCatalog({ creators: CREATORS, models, providers });
}
