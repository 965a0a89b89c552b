/**
 * OpenRouter, read live: `GET /api/v1/models` is its own price list (for the offers of the
 * `openrouter` provider), and `GET /api/v1/models/{author}/{slug}/endpoints` gives, per upstream
 * provider, the price OpenRouter passes on and the measured speed, time to first token and uptime.
 *
 * Shapes from OpenRouter's OpenAPI spec (OpenRouterTeam/typescript-sdk `.speakeasy/in.openapi.yaml`,
 * `ListEndpointsResponse`, `PublicEndpoint`, `PercentileStats`); line numbers below are for it at
 * commit cb9393a8 (2026-08-22). Each endpoint is parsed on its own: one that does not fit is skipped
 * and reported, and the others still count.
 */
import { z } from 'astro/zod';
import {
  issuesOf,
  OpenRouterPricing,
  type OpenRouterModelList,
  readOpenRouterModelList,
  readPricing,
} from '../../sources/openrouter.ts';
import type { SourceEntry } from '../../sources/types.ts';
import { mapLimited } from '../../util/map-limited.ts';
import { fetchJson, SourceError, type FetchOptions } from '../http.ts';

/**
 * The unit of `latency_last_30m`: milliseconds, as the spec states it. Its one statement of the
 * unit is the description of `PercentileStats` (l.19833; the same words in the SDK's
 * `src/models/percentilestats.ts` and `docs/models/percentilestats.mdx`): "Latency percentiles in
 * milliseconds over the last 30 minutes. Latency measures time to first token." Against it stand
 * only example values (`PublicEndpoint`'s `p50: 0.25`, l.21245) and the request-side routing
 * preferences, another schema ("Preferred maximum latency (in seconds)", `PreferredMaxLatency`
 * l.20009; "Maximum p50 latency (seconds)", `PercentileLatencyCutoffs` l.19808); the example of
 * `PercentileStats` itself is `p50: 25.5`. A stated unit beats an example, so the factor is 1.
 */
const LATENCY_TO_MS = 1;
/**
 * No LLM behind a network answers its first token this fast; a smaller p50 is more likely a value
 * in seconds (the examples' 0.25) than in milliseconds, and is not used rather than guessed at.
 */
const MIN_PLAUSIBLE_TTFT_MS = 50;

/** `PercentileStats` (l.19832): four percentiles, or null ("null for unauthenticated requests"). */
const Percentiles = z
  .looseObject({
    p50: z.number().nullable().optional(),
    p75: z.number().nullable().optional(),
    p90: z.number().nullable().optional(),
    p99: z.number().nullable().optional(),
  })
  .nullable()
  .optional();

/** `PublicEndpoint` (l.21240), the fields read; the rest pass through. */
const Endpoint = z.looseObject({
  provider_name: z.string().min(1),
  tag: z.string().optional(),
  // `EndpointStatus` (l.8019) is an integer enum (0, -1, -2, -3, -5, -10) with no meanings
  // documented; older docs showed a string ("default"). Recorded, never filtered on.
  status: z.union([z.number(), z.string()]).nullable().optional(),
  model_id: z.string().optional(),
  context_length: z.number().nullable().optional(),
  max_completion_tokens: z.number().nullable().optional(),
  quantization: z.string().nullable().optional(),
  pricing: OpenRouterPricing,
  latency_last_30m: Percentiles,
  throughput_last_30m: Percentiles,
  uptime_last_1d: z.number().nullable().optional(),
});
type Endpoint = z.infer<typeof Endpoint>;

/** `ListEndpointsResponse` (l.11628) inside `data`: the envelope checked, the endpoints one by one. */
const EndpointList = z.looseObject({
  data: z.looseObject({
    id: z.string().min(1).optional(),
    endpoints: z.array(z.unknown()),
  }),
});

/** One upstream provider serving one OpenRouter model, as its endpoints list measures it. */
export interface EndpointReading extends SourceEntry {
  /** `throughput_last_30m.p50`: "Throughput percentiles in tokens per second" (l.21378). */
  tokensPerSecond?: number | undefined;
  /** `latency_last_30m.p50` in milliseconds (see LATENCY_TO_MS); time to first token. */
  ttftMs?: number | undefined;
  uptimePct?: number | undefined;
  /** OpenRouter's endpoint tag: `fireworks`, or `fireworks/fast` for a second Fireworks endpoint. */
  tag?: string | undefined;
  /**
   * The endpoint's `status` (`EndpointStatus`: 0, -1, -2, -3, -5 or -10; the spec gives no
   * meanings). Named apart from SourceEntry's `status`, a word such as `deprecated`.
   */
  endpointStatus?: number | string | undefined;
  quantization?: string | undefined;
  /**
   * True when this is not the provider's plain endpoint for the model: the provider lists several
   * and this one's tag has a suffix (`fireworks/fast` beside `fireworks`), or none of them is
   * plainer than the others. Such a reading should not be matched to an offer. A provider's only
   * endpoint is never a variant, whatever its tag (`moonshotai/mxfp4`). The readings are returned
   * plain ones first, so a reader that takes the first of a provider takes the plain one.
   */
  variant?: boolean | undefined;
}

export interface EndpointList {
  endpoints: EndpointReading[];
  /** Endpoints left out because they are not the documented shape: `a/b endpoints[2] (X): why`. */
  skipped: string[];
  /** What was read but not used: overrides left out, a latency that cannot be milliseconds, … */
  notes: string[];
}

/** A tag with no suffix: none, or the provider's slug alone (`fireworks`, not `fireworks/fast`). */
const plainTag = (tag: string | undefined) => tag === undefined || tag === '' || !tag.includes('/');

/** Which endpoints are variants: per provider with more than one, all but the one plain tag. */
function variants(endpoints: readonly Endpoint[]): Set<Endpoint> {
  const byProvider = Map.groupBy(endpoints, (e) => e.provider_name);
  const flagged = new Set<Endpoint>();
  for (const group of byProvider.values()) {
    if (group.length < 2) continue;
    const plain = group.filter((e) => plainTag(e.tag));
    for (const e of group) if (plain.length !== 1 || e !== plain[0]) flagged.add(e);
  }
  return flagged;
}

/** Time to first token in ms from a latency p50, or undefined (with why) when it cannot be one. */
function ttftMsOf(p50: number | null | undefined, note: (text: string) => void) {
  if (p50 == null) return undefined;
  const ms = p50 * LATENCY_TO_MS;
  if (ms < MIN_PLAUSIBLE_TTFT_MS) {
    note(`latency p50 ${p50} is under ${MIN_PLAUSIBLE_TTFT_MS} ms, likely seconds; not used`);
    return undefined;
  }
  return ms;
}

/**
 * Reads one `/endpoints` response: one reading per endpoint, keyed by `data.id`, the model's id
 * as `/models` lists it (or `requestedId` when the response lacks it). Not by `model_id`, which
 * the spec calls "The unique identifier for the model (permaslug)" (l.21290), a dated id.
 * Throws only when the response is not an endpoints list at all.
 */
export function readEndpointList(
  json: unknown,
  ref: string,
  asOf: string,
  requestedId?: string,
): EndpointList {
  const envelope = EndpointList.safeParse(json);
  if (!envelope.success) {
    throw new SourceError(`not an endpoints list: ${issuesOf(envelope.error)}`);
  }
  const { data } = envelope.data;
  const id = data.id ?? requestedId;
  if (id === undefined) throw new SourceError('the endpoints list has no data.id');
  const skipped: string[] = [];
  const notes: string[] = [];
  if (requestedId !== undefined && data.id !== undefined && data.id !== requestedId) {
    notes.push(`${requestedId}: the endpoints list answered for ${data.id}`);
  }
  const parsed: Endpoint[] = [];
  data.endpoints.forEach((item, i) => {
    const r = Endpoint.safeParse(item);
    if (r.success) {
      parsed.push(r.data);
      return;
    }
    const provider = (item as Record<string, unknown> | null)?.['provider_name'];
    const who = typeof provider === 'string' ? ` (${provider})` : '';
    skipped.push(`${id} endpoints[${i}]${who}: ${issuesOf(r.error)}`);
  });
  const flagged = variants(parsed);
  const readings = parsed.map((e): EndpointReading => {
    const note = (text: string) =>
      notes.push(`${id} ${e.provider_name}${e.tag ? ` (${e.tag})` : ''}: ${text}`);
    return {
      source: 'openrouter' as const,
      ref,
      asOf,
      provider: e.provider_name,
      id,
      price: readPricing(e.pricing, note),
      contextWindow: e.context_length ?? undefined,
      maxOutput: e.max_completion_tokens ?? undefined,
      tokensPerSecond: e.throughput_last_30m?.p50 ?? undefined,
      ttftMs: ttftMsOf(e.latency_last_30m?.p50, note),
      uptimePct: e.uptime_last_1d ?? undefined,
      tag: e.tag,
      endpointStatus: e.status ?? undefined,
      quantization: e.quantization ?? undefined,
      variant: flagged.has(e),
    };
  });
  return {
    endpoints: [...readings.filter((r) => !r.variant), ...readings.filter((r) => r.variant)],
    skipped,
    notes,
  };
}

/** The readings of one `/endpoints` response (see readEndpointList). */
export function readEndpoints(
  json: unknown,
  ref: string,
  asOf: string,
  requestedId?: string,
): EndpointReading[] {
  return readEndpointList(json, ref, asOf, requestedId).endpoints;
}

export interface OpenRouterRead {
  entries: SourceEntry[];
  endpoints: EndpointReading[];
  /** Models whose endpoints could not be read, with why; the rest still count. */
  endpointFailures: string[];
  /** Models of the list and endpoints left out as not the documented shape, each with why. */
  skipped: string[];
  /** What was read but not used (overrides left out, a discount, an implausible latency, …). */
  notes: string[];
  /**
   * Whether the requests carried an API key. Without one the spec says latency and throughput
   * "returns null for unauthenticated requests" (l.19833, l.21378): only uptime can be read.
   */
  authenticated: boolean;
}

/** The fetch options with `Authorization: Bearer <key>` added (in.openapi.yaml l.26513). */
function withApiKey(options: FetchOptions, apiKey: string): FetchOptions {
  const headers = Object.fromEntries(
    Object.entries(options.headers ?? {}).filter(
      ([name]) => name.toLowerCase() !== 'authorization',
    ),
  );
  return { ...options, headers: { ...headers, Authorization: `Bearer ${apiKey}` } };
}

/**
 * Reads the price list, then the endpoints of each OpenRouter model id in `endpointIds` (the
 * models the catalog sells through providers that OpenRouter routes to). With `apiKey`, every
 * request sends it as a bearer token, which is what makes OpenRouter return speed measurements.
 */
export async function readOpenRouter(
  base: string,
  endpointIds: readonly string[],
  ref: string,
  asOf: string,
  fetchOptions: FetchOptions,
  apiKey?: string,
): Promise<OpenRouterRead> {
  const root = base.replace(/\/$/, '');
  const key = apiKey?.trim();
  const authenticated = key !== undefined && key !== '';
  const options = authenticated ? withApiKey(fetchOptions, key) : fetchOptions;
  const list = await fetchJson(`${root}/api/v1/models`, options);
  if (list === undefined) throw new SourceError(`${root}/api/v1/models: HTTP 404`);
  let read: OpenRouterModelList;
  try {
    read = readOpenRouterModelList(list, ref, asOf);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new SourceError(`${root}/api/v1/models: not the expected shape: ${why}`);
  }
  const { entries } = read;
  const skipped = read.skipped.map((s) => `/api/v1/models ${s}`);
  const notes = [...read.notes];
  const listed = new Set(entries.map((e) => e.id));
  // mapLimited keeps the order of `endpointIds`, so the report reads the same run after run.
  const reads = await mapLimited(
    endpointIds.filter((id) => listed.has(id)),
    4,
    async (id): Promise<EndpointList | string | undefined> => {
      const url = `${root}/api/v1/models/${id.split('/').map(encodeURIComponent).join('/')}/endpoints`;
      try {
        const json = await fetchJson(url, options);
        return json === undefined ? undefined : readEndpointList(json, ref, asOf, id);
      } catch (error) {
        return `${id}: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  );
  const endpoints: EndpointReading[] = [];
  const endpointFailures: string[] = [];
  for (const r of reads) {
    if (r === undefined) continue;
    if (typeof r === 'string') {
      endpointFailures.push(r);
      continue;
    }
    endpoints.push(...r.endpoints);
    skipped.push(...r.skipped);
    notes.push(...r.notes);
  }
  return { entries, endpoints, endpointFailures, skipped, notes, authenticated };
}
