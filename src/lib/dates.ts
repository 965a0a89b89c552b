/** Calendar-day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date (or the date part of a timestamp). */
export const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/** The ISO date of a day number. */
export const isoFromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) =>
  Math.round(dayNumber(to) - dayNumber(from));

/**
 * An age in the words a person uses (a price's, a date's), as of `today`: "taken today", "3 days old",
 * "2 weeks old", "5 months old", "1 year old". Whole units, rounded down: a price is never said
 * to be younger than it is by more than its unit.
 */
export function ageInWords(day: string, today: string): string {
  const days = Math.max(0, Math.floor(daysBetween(day, today)));
  if (days === 0) return 'taken today';
  const whole = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} old`;
  if (days < 14) return whole(days, 'day');
  if (days < 61) return whole(Math.floor(days / 7), 'week');
  if (days < 365) return whole(Math.floor(days / 30.44), 'month');
  return whole(Math.max(1, Math.floor(days / 365.25)), 'year');
}
