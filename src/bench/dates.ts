/** Calendar dates for synthetic records: day 0 is 2023-01-01. */
const START = Date.UTC(2023, 0, 1);

export function day(offset: number): string {
  return new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The month `back` months before the date's, as YYYY-MM: a knowledge cutoff before release. */
export function monthOf(date: string, back: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}
