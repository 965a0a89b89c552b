/** How fresh each price is: when it was last confirmed, and whether that is too long ago. */
import type { Offer } from '../../schemas/offer.ts';
import type { RefreshState } from '../../schemas/refresh-state.ts';
import { daysBetween } from '../dates.ts';

/** The last day anyone saw this price hold: a refresh's confirmation, or the price's own date. */
export const confirmedOn = (offer: Pick<Offer, 'checked' | 'updated'>) =>
  offer.checked ?? offer.updated;

export function isStale(
  offer: Pick<Offer, 'checked' | 'updated'>,
  today: string,
  days: number,
): boolean {
  return daysBetween(confirmedOn(offer), today) > days;
}

/** The day of the refresher's last run, as YYYY-MM-DD, or undefined before its first. */
export function lastCheck(state: RefreshState | undefined): string | undefined {
  return state?.last_run?.slice(0, 10);
}

/** Whether an offer has a speed or time-to-first-token reading (an uptime alone is neither). */
export const hasSpeedReading = (offer: Pick<Offer, 'speed'>) =>
  offer.speed?.tokens_per_second != null || offer.speed?.ttft_ms != null;

/**
 * One sentence under a price table on where its speed and time-to-first-token figures come from:
 * with readings, how they were measured; without any, that none has arrived yet and when the
 * source was last read, instead of two columns of dashes.
 */
export function speedNote(
  state: RefreshState | undefined,
  offers: readonly Pick<Offer, 'speed'>[],
  formatDate: (isoDate: string) => string,
): string {
  if (offers.some(hasSpeedReading)) {
    return 'Speed (tokens per second) and time to first token are medians over 30 minutes, as OpenRouter measured each provider on the day shown under the figure.';
  }
  const read = state?.sources.openrouter?.last_success.slice(0, 10);
  return `No speed or time-to-first-token reading yet for ${offers.length === 1 ? 'this offer' : 'these offers'}. They come from OpenRouter's measurements of each provider it routes to (medians over 30 minutes), which the daily refresh records when it runs with an OpenRouter API key. ${read ? `OpenRouter was last read on ${formatDate(read)}.` : 'OpenRouter has not been read yet.'}`;
}
