/**
 * The conditional prices of an offer as short lines under its main price: batch, cache writes,
 * service tiers, reasoning, long prompts, peak hours and in-region routing. Shared by the model and
 * provider price tables; audio and image prices have their own lines (`media.ts`).
 */
import type { Peak, Price } from '../../schemas/offer.ts';
import { list, tokens, usd } from '../format.ts';
import { hasMedia } from './media.ts';

export type PriceKind = 'input' | 'output' | 'cached_input';

/** The service tiers, in the order a line names them. */
const TIERS = ['priority', 'flex', 'fast'] as const;

/** "01:00–04:00 and 06:00–10:00 UTC, weekdays": when the peak prices apply. */
export function peakHours(peak: Pick<Peak, 'hours' | 'weekdays_only'>): string {
  const windows = list(peak.hours.map((w) => w.replace('-', '–')));
  return `${windows} UTC${peak.weekdays_only ? ', weekdays' : ''}`;
}

/** "cache write $3.75 · 1-hour write $6.00": the prices of writing to the prompt cache. */
function cacheWrites(price: Price): string | undefined {
  const parts: string[] = [];
  if (price.cache_write != null) parts.push(`cache write ${usd(price.cache_write)}`);
  if (price.cache_write_1h != null) parts.push(`1-hour write ${usd(price.cache_write_1h)}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** "priority $3.75 · flex $0.63": this kind of token in each other service tier sold. */
function tierLine(price: Price, kind: PriceKind): string | undefined {
  const parts = TIERS.flatMap((t) => {
    const value = price.tiers?.[t]?.[kind];
    return value != null ? [`${t} ${usd(value)}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Reasoning tokens are told only where they cost other than output does. */
const reasoningApart = (price: Price) =>
  price.reasoning != null && price.reasoning !== price.output;

export function priceLines(price: Price, kind: PriceKind): string[] {
  const lines: string[] = [];
  const batch =
    kind === 'input' ? price.batch_input : kind === 'output' ? price.batch_output : undefined;
  if (batch != null) lines.push(`batch ${usd(batch)}`);
  // Writing input to the prompt cache is billed apart, under the price of reading it back.
  const writes = kind === 'cached_input' ? cacheWrites(price) : undefined;
  if (writes) lines.push(writes);
  const tiers = tierLine(price, kind);
  if (tiers) lines.push(tiers);
  if (kind === 'output' && reasoningApart(price)) lines.push(`reasoning ${usd(price.reasoning)}`);
  const long = price.long_context;
  if (long && long[kind] != null) lines.push(`over ${tokens(long.threshold)}: ${usd(long[kind])}`);
  if (price.peak && price.peak[kind] != null) {
    lines.push(`peak ${usd(price.peak[kind])}`);
  }
  if (price.regional && price.regional[kind] != null) {
    lines.push(`in-region ${usd(price.regional[kind])}`);
  }
  if (kind === 'cached_input' && price.regional?.cache_write != null)
    lines.push(`in-region cache write ${usd(price.regional.cache_write)}`);
  return lines;
}

/** What each service tier is, in one sentence, for the notes under a table that shows it. */
const TIER_NOTES: Record<(typeof TIERS)[number], string> = {
  priority:
    '“priority” prices are for priority processing: faster, more reliable service at a higher price.',
  flex: '“flex” prices are for flex processing: cheaper, slower requests that may wait, or be refused when the provider is busy.',
  fast: '“fast” prices are for a faster mode of the same model, which the provider sells at its own price.',
};

/** The sentences under a price table that say what its conditional lines mean, where it has any. */
export function conditionNotes(prices: readonly Price[]): string[] {
  const notes: string[] = [];
  const peaks = [...new Set(prices.flatMap((p) => (p.peak ? [peakHours(p.peak)] : [])))];
  if (peaks.length > 0) {
    notes.push(
      `“peak” prices apply ${list(peaks)}; the main price is the off-peak one, charged the rest of the time.`,
    );
  }
  const regions = [...new Set(prices.flatMap((p) => (p.regional ? [p.regional.label] : [])))];
  if (regions.length > 0) {
    notes.push(
      `“in-region” prices apply to requests kept in one region or geography, which costs more: ${list(regions)}. The main price is for global routing.`,
    );
  }
  for (const t of TIERS) if (prices.some((p) => p.tiers?.[t] != null)) notes.push(TIER_NOTES[t]);
  if (prices.some((p) => p.cache_write_1h != null)) {
    notes.push(
      '“1-hour write” is the price of writing to the prompt cache for one hour, where the default “cache write” keeps it for less (five minutes at Anthropic).',
    );
  }
  if (prices.some(reasoningApart)) {
    notes.push(
      '“reasoning” is the price of reasoning (thinking) tokens, where it differs from the output price.',
    );
  }
  if (prices.some(hasMedia)) {
    notes.push(
      '“audio” and “image” lines are the prices of audio and image tokens, per 1M unless marked “/ min” (per minute of audio) or “each” (per image); the main price is for text.',
    );
  }
  return notes;
}
