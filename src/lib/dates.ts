/** Calendar-day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date (or the date part of a timestamp). */
export const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/** The ISO date of a day number. */
export const isoFromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) =>
  Math.round(dayNumber(to) - dayNumber(from));
