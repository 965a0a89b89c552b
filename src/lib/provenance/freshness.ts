/** How fresh each price is: when it was last confirmed, and whether that is too long ago. */
import type { Offer } from '../../schemas/offer.ts';
import type { RefreshState } from '../../schemas/refresh-state.ts';
import { ageInWords, daysBetween } from '../dates.ts';
import { date, list } from '../format.ts';

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

/** A price's age in the words a person uses ("5 months old"): see `ageInWords`. */
export const priceAge = ageInWords;

/** Days after which the last check is old enough for every page to say so. */
export const CHECK_OVERDUE_DAYS = 2;

/** The sources the refresher reads, by id, as pages name them. */
const SOURCE_NAMES: Record<string, string> = {
  modelsdev: 'models.dev',
  litellm: 'LiteLLM',
  openrouter: 'OpenRouter',
  'genai-prices': 'genai-prices',
};

export interface SiteFreshness {
  /** One sentence: when prices were last checked and how, or that no check has run. */
  line: string;
  /** Set when the newest check is more than CHECK_OVERDUE_DAYS old, or none has run. */
  notice?: string;
}

/**
 * What every page says about the age of the prices: the last run of the refresher and the sources
 * it read, never "checked daily" before a check has run, and a notice once the newest check is
 * overdue.
 */
export function siteFreshness(state: RefreshState | undefined, today: string): SiteFreshness {
  const last = lastCheck(state);
  if (!last) {
    return {
      line: 'No automatic price check has run yet: each price shows the day it was taken from its source, and its age.',
      notice:
        'These prices have not been re-checked since they were taken: each shows its date and age. Check the provider’s own price page before you rely on one.',
    };
  }
  const read = Object.keys(state?.sources ?? {}).map((id) => SOURCE_NAMES[id] ?? id);
  const how = read.length > 0 ? ` against ${list(read)}` : '';
  const line = `Prices last checked on ${date(last)} by the automatic refresh${how}; each price shows the day it was taken and its age.`;
  const days = Math.floor(daysBetween(last, today));
  return days > CHECK_OVERDUE_DAYS
    ? {
        line,
        notice: `The last automatic price check was ${days} days ago, on ${date(last)}: prices may have moved since. Check the provider’s own price page before you rely on one.`,
      }
    : { line };
}
