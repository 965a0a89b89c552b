/** Speed readings: OpenRouter's measurements of each provider serving a model, as an offer's `speed`. */
import type { Offer, Speed } from '../../schemas/offer.ts';
import type { ProviderRecord } from '../../schemas/records.ts';
import { sourceNames } from '../../sources/types.ts';
import { daysBetween } from '../../lib/dates.ts';
import type { EndpointReading } from '../sources/openrouter.ts';
import { key } from './sources.ts';
import { RECHECK_DAYS } from './types.ts';

function speedOf(reading: EndpointReading, today: string): Speed | undefined {
  const speed: Speed = { measured: today, source: reading.ref };
  if (reading.tokensPerSecond !== undefined && reading.tokensPerSecond > 0) {
    speed.tokens_per_second = Math.round(reading.tokensPerSecond * 10) / 10;
  }
  if (reading.ttftMs !== undefined && reading.ttftMs > 0)
    speed.ttft_ms = Math.round(reading.ttftMs);
  if (reading.uptimePct !== undefined) speed.uptime_pct = Math.round(reading.uptimePct * 100) / 100;
  const measured =
    speed.tokens_per_second !== undefined ||
    speed.ttft_ms !== undefined ||
    speed.uptime_pct !== undefined;
  return measured ? speed : undefined;
}

/**
 * OpenRouter's id for each model it sells itself (`gpt-4o-mini` → `openai/gpt-4o-mini`): the key
 * to the endpoints that measure other providers' offers of the same model.
 */
export function openRouterIds(providers: readonly ProviderRecord[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const provider of providers) {
    if (!sourceNames(provider, 'openrouter').includes('OpenRouter')) continue;
    for (const offer of provider.offers) {
      if (!ids.has(offer.model))
        ids.set(offer.model, offer.source_ids?.openrouter ?? offer.provider_model_id);
    }
  }
  return ids;
}

/**
 * The OpenRouter ids whose endpoints are worth reading: models that a provider OpenRouter routes to
 * (one whose `sources.openrouter` names it) also sells in the catalog.
 */
export function endpointIds(providers: readonly ProviderRecord[]): string[] {
  const router = openRouterIds(providers);
  const ids = new Set<string>();
  for (const provider of providers) {
    if (!sourceNames(provider, 'openrouter').some((n) => n !== 'OpenRouter')) continue;
    for (const offer of provider.offers) {
      const id = router.get(offer.model);
      if (id) ids.add(id);
    }
  }
  return [...ids].sort();
}

/**
 * A new speed reading for one offer, from OpenRouter's measurements of this provider serving this
 * model, when there is one and the offer's own is at least RECHECK_DAYS old.
 */
export function speedUpdate(
  provider: ProviderRecord,
  offer: Offer,
  routerIds: Map<string, string>,
  endpoints: Map<string, EndpointReading>,
  today: string,
): Speed | undefined {
  const routerId = routerIds.get(offer.model);
  const routerNames = sourceNames(provider, 'openrouter').filter((n) => n !== 'OpenRouter');
  const reading = routerId
    ? routerNames.map((n) => endpoints.get(key(n, routerId))).find((r) => r !== undefined)
    : undefined;
  const speed = reading && speedOf(reading, today);
  const speedAge = offer.speed ? daysBetween(offer.speed.measured, today) : Infinity;
  return speed && speedAge >= RECHECK_DAYS ? speed : undefined;
}
