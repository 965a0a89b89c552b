/**
 * OpenRouter, read live: `GET /api/v1/models` is its own price list (for the offers of the
 * `openrouter` provider), and `GET /api/v1/models/{author}/{slug}/endpoints` gives, per upstream
 * provider, the price OpenRouter passes on and the measured speed, time to first token and uptime.
 */
import { z } from 'astro/zod';
import { perTokenToPerMillion as perMillion } from '../../sources/decimal.ts';
import { readOpenRouterModels } from '../../sources/openrouter.ts';
import { priceOf, type SourceEntry } from '../../sources/types.ts';
import { mapLimited } from '../../util/map-limited.ts';
import { fetchJson, SourceError, type FetchOptions } from '../http.ts';

const Percentiles = z.looseObject({ p50: z.number().nullable().optional() }).nullable().optional();
const Endpoints = z.looseObject({
  data: z.looseObject({
    id: z.string().optional(),
    endpoints: z.array(
      z.looseObject({
        provider_name: z.string(),
        model_id: z.string().optional(),
        context_length: z.number().nullable().optional(),
        max_completion_tokens: z.number().nullable().optional(),
        quantization: z.string().nullable().optional(),
        pricing: z.looseObject({
          prompt: z.string().optional(),
          completion: z.string().optional(),
          input_cache_read: z.string().optional(),
        }),
        latency_last_30m: Percentiles,
        throughput_last_30m: Percentiles,
        uptime_last_1d: z.number().nullable().optional(),
      }),
    ),
  }),
});

/** One upstream provider serving one OpenRouter model, as its endpoints list measures it. */
export interface EndpointReading extends SourceEntry {
  tokensPerSecond?: number | undefined;
  ttftMs?: number | undefined;
  uptimePct?: number | undefined;
}

/** Reads one `/endpoints` response: one entry per upstream provider, keyed by OpenRouter's id. */
export function readEndpoints(json: unknown, ref: string, asOf: string): EndpointReading[] {
  const { data } = Endpoints.parse(json);
  return data.endpoints.map((e) => ({
    source: 'openrouter' as const,
    ref,
    asOf,
    provider: e.provider_name,
    id: e.model_id ?? data.id ?? '',
    price: priceOf({
      input: perMillion(e.pricing.prompt),
      output: perMillion(e.pricing.completion),
      cached_input: perMillion(e.pricing.input_cache_read),
    }),
    contextWindow: e.context_length ?? undefined,
    maxOutput: e.max_completion_tokens ?? undefined,
    tokensPerSecond: e.throughput_last_30m?.p50 ?? undefined,
    ttftMs: e.latency_last_30m?.p50 ?? undefined,
    uptimePct: e.uptime_last_1d ?? undefined,
  }));
}

export interface OpenRouterRead {
  entries: SourceEntry[];
  endpoints: EndpointReading[];
  /** Models whose endpoints could not be read, with why; the rest still count. */
  endpointFailures: string[];
}

/**
 * Reads the price list, then the endpoints of each OpenRouter model id in `endpointIds` (the
 * models the catalog sells through providers that OpenRouter routes to).
 */
export async function readOpenRouter(
  base: string,
  endpointIds: readonly string[],
  ref: string,
  asOf: string,
  fetchOptions: FetchOptions,
): Promise<OpenRouterRead> {
  const root = base.replace(/\/$/, '');
  const list = await fetchJson(`${root}/api/v1/models`, fetchOptions);
  if (list === undefined) throw new SourceError(`${root}/api/v1/models: HTTP 404`);
  let entries: SourceEntry[];
  try {
    entries = readOpenRouterModels(list, ref, asOf);
  } catch (error) {
    throw new SourceError(`${root}/api/v1/models: not the expected shape: ${String(error)}`);
  }
  const listed = new Set(entries.map((e) => e.id));
  const endpoints: EndpointReading[] = [];
  const endpointFailures: string[] = [];
  await mapLimited(
    endpointIds.filter((id) => listed.has(id)),
    4,
    async (id) => {
      const url = `${root}/api/v1/models/${id.split('/').map(encodeURIComponent).join('/')}/endpoints`;
      try {
        const json = await fetchJson(url, fetchOptions);
        if (json !== undefined) endpoints.push(...readEndpoints(json, ref, asOf));
      } catch (error) {
        endpointFailures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  );
  return { entries, endpoints, endpointFailures };
}
