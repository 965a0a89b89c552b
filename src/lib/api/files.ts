/**
 * The JSON API's files, built from the catalog in the shapes `src/schemas/api.ts` publishes. Pure:
 * the endpoints under src/pages/api/ only add the site's address and the build time.
 */
import type {
  ApiModel,
  ApiModelFile,
  ApiModels,
  ApiOffer,
  ApiProviders,
  ApiScore,
} from '../../schemas/api.ts';
import { API_VERSION, ModelFacts } from '../../schemas/api.ts';
import type { ProviderRecord } from '../../schemas/records.ts';
import type { Absolute } from '../paths.ts';
import { onSale } from '../catalog/offers.ts';
import type { Catalog, CatalogModel, CatalogOffer, Cheapest } from '../catalog/types.ts';

export interface Context {
  absolute: Absolute;
  generated: string;
}

const cheapest = (c: Cheapest | undefined) =>
  c ? { price: c.price, provider: { id: c.provider.id, name: c.provider.name } } : null;

function apiOffer(o: CatalogOffer): ApiOffer {
  return {
    provider: { id: o.provider.id, name: o.provider.name, kind: o.provider.kind },
    provider_model_id: o.provider_model_id,
    ...(o.variant !== undefined && { variant: o.variant }),
    price: o.price,
    context_window: o.effectiveContext,
    ...(o.max_output !== undefined && { max_output: o.max_output }),
    ...(o.quantization !== undefined && { quantization: o.quantization }),
    ...(o.speed !== undefined && { speed: o.speed }),
    updated: o.updated,
    ...(o.checked !== undefined && { checked: o.checked }),
    source: o.source,
    ...(o.history !== undefined && { history: o.history }),
    ...(o.withdrawn !== undefined && { withdrawn: o.withdrawn }),
  };
}

const FACTS = Object.keys(ModelFacts.shape) as (keyof ModelFacts)[];

/** The facts the API publishes, as the model's file has them; editorial prose stays on the pages. */
function factsOf(m: CatalogModel): ModelFacts {
  const facts: Partial<Record<keyof ModelFacts, unknown>> = {};
  for (const key of FACTS) if (m[key] !== undefined) facts[key] = m[key];
  return facts as ModelFacts;
}

export function apiModel(m: CatalogModel, absolute: Absolute): ApiModel {
  return {
    id: m.id,
    ...factsOf(m),
    creator: { id: m.creator, name: m.creatorName },
    url: absolute(`/models/${m.id}/`),
    provider_count: m.providerCount,
    cheapest: {
      input: cheapest(m.cheapestInput),
      output: cheapest(m.cheapestOutput),
      blended: cheapest(m.cheapestBlended),
    },
    offers: m.offers.map(apiOffer),
    ...(m.withdrawnOffers.length > 0 && { withdrawn_offers: m.withdrawnOffers.map(apiOffer) }),
  };
}

interface Envelope {
  $schema: string;
  version: typeof API_VERSION;
  generated: string;
}

export const envelope = (schema: string, { absolute, generated }: Context): Envelope => ({
  $schema: absolute(`/schema/${schema}.json`),
  version: API_VERSION,
  generated,
});

export function modelsFile(catalog: Catalog, context: Context): ApiModels {
  return {
    ...envelope('api-models', context),
    models: catalog.models.map((m) => apiModel(m, context.absolute)),
  };
}

/** The model's scores as its YAML lists them, each with its benchmark's name beside the id. */
function apiScores(m: CatalogModel, catalog: Pick<Catalog, 'benchmarkById'>): ApiScore[] {
  return (m.scores ?? []).map((s) => ({
    ...s,
    benchmark_name: catalog.benchmarkById.get(s.benchmark)?.name ?? s.benchmark,
  }));
}

/**
 * One model's file. Only here do the scores and the facts' sources travel: at 2,000 and more
 * scores would double the all-models file, which clients read for prices.
 */
export function modelFile(
  model: CatalogModel,
  catalog: Pick<Catalog, 'benchmarkById'>,
  context: Context,
): ApiModelFile {
  return {
    ...envelope('api-model', context),
    model: {
      ...apiModel(model, context.absolute),
      scores: apiScores(model, catalog),
      sources: model.sources ?? [],
    },
  };
}

function apiProvider(
  p: ProviderRecord,
  absolute: Absolute,
  statusOf: (model: string) => ApiModel['status'],
) {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    url: p.url,
    pricing_url: p.pricing_url,
    ...(p.docs_url !== undefined && { docs_url: p.docs_url }),
    ...(p.summary !== undefined && { summary: p.summary }),
    page: absolute(`/providers/${p.id}/`),
    models: p.offers.filter(onSale).map((o) => ({
      model: o.model,
      status: statusOf(o.model),
      ...(o.variant !== undefined && { variant: o.variant }),
      provider_model_id: o.provider_model_id,
      price: o.price,
      updated: o.updated,
    })),
  };
}

export function providersFile(catalog: Catalog, context: Context): ApiProviders {
  return {
    ...envelope('api-providers', context),
    providers: catalog.providers.map((p) =>
      apiProvider(p, context.absolute, (id) => catalog.modelById.get(id)?.status ?? 'active'),
    ),
  };
}
