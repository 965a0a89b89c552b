/** How fresh each price is: when it was last confirmed, and whether that is too long ago. */
import type { Offer } from '../schemas/offer.ts';
import type { RefreshState } from '../schemas/refresh-state.ts';

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      DAY_MS,
  );
}

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
