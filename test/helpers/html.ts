/** Reading built HTML back as text, the way a visitor reads it, for tests of the built site. */

/** The visible text: scripts and tags removed, entities the pages use decoded, spaces collapsed. */
export const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Each table row's cells (th and td), as text. */
export const cells = (html: string) =>
  [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => text(c[1] ?? '')),
  );

/** The part of a page from one marker to the next, to read one section's tables. */
export function between(html: string, from: string, to: string): string {
  const start = html.indexOf(from);
  if (start < 0) throw new Error(`no ${from} in the page`);
  const end = html.indexOf(to, start);
  return html.slice(start, end < 0 ? undefined : end);
}

/** "$0.14" → 0.14, "Free" → 0, "—" → undefined: a price cell as the number it shows. */
export function shownPrice(cell: string): number | undefined {
  if (cell.startsWith('Free')) return 0;
  const match = /^\$([\d,.]+)/.exec(cell);
  return match ? Number(match[1]?.replace(/,/g, '')) : undefined;
}

/**
 * Whether a headline figure is the exact price rounded as a person reads it: to the cent from a
 * dollar up, to two significant digits below ($9.996 shown as $10.00, $0.0375 as $0.038).
 */
export const roundedFrom = (shown: number | undefined, exact: number) =>
  shown !== undefined &&
  Math.abs(shown - exact) <=
    (exact >= 1 ? 0.005 : 0.5 * 10 ** (Math.floor(Math.log10(exact)) - 1)) + 1e-12;
