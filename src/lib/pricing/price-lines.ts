/**
 * The conditional prices of an offer as short lines under its main price: batch, cache writes,
 * long prompts, peak hours and in-region routing. Shared by the model and provider price tables.
 */
import type { Peak, Price } from '../../schemas/offer.ts';
import { list, tokens, usd } from '../format.ts';

export type PriceKind = 'input' | 'output' | 'cached_input';

/** "01:00–04:00 and 06:00–10:00 UTC, weekdays": when the peak prices apply. */
export function peakHours(peak: Pick<Peak, 'hours' | 'weekdays_only'>): string {
  const windows = list(peak.hours.map((w) => w.replace('-', '–')));
  return `${windows} UTC${peak.weekdays_only ? ', weekdays' : ''}`;
}

export function priceLines(price: Price, kind: PriceKind): string[] {
  const lines: string[] = [];
  const batch =
    kind === 'input' ? price.batch_input : kind === 'output' ? price.batch_output : undefined;
  if (batch != null) lines.push(`batch ${usd(batch)}`);
  // Writing input to the prompt cache is billed apart, under the price of reading it back.
  if (kind === 'cached_input' && price.cache_write != null)
    lines.push(`cache write ${usd(price.cache_write)}`);
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
  return notes;
}
