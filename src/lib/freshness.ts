/** How fresh each price is: when it was last confirmed, and whether that is too long ago. */
import type { Offer } from '../schemas/offer.ts';
import type { RefreshState } from '../schemas/refresh-state.ts';
import { daysBetween } from './dates.ts';

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
