/**
 * A board row in words: where the model stands (its place among the models still sold, or why it
 * has none), and how many more of its scores sit behind the headline on its own page.
 */
import { ordinal, plural } from '../format.ts';
import type { Board, BoardRow } from './board.ts';
import { settingsKey } from './settings.ts';

/**
 * "1st of 120", "tied 2nd of 120", "retired: not ranked"; a deprecated model adds when it goes
 * ("deprecated, retiring 14 Jan 2027"), since a buyer choosing it now should know.
 */
export function standing(row: BoardRow, board: Board, date: (d: string) => string): string {
  const { model } = row;
  if (row.rank === undefined) return 'retired: not ranked';
  const tied = board.rows.some((r) => r !== row && r.rank === row.rank);
  const place = `${tied ? 'tied ' : ''}${ordinal(row.rank)} of ${board.ranked}`;
  if (model.status !== 'deprecated') return place;
  return `${place} · deprecated${model.retired ? `, retiring ${date(model.retired)}` : ''}`;
}

/**
 * The row's scores other than the headline: under other settings (never merged into it), and
 * under the same settings by another measurer. "+2 other settings", "+1 other measurement", or ''.
 */
export function othersText(row: BoardRow): string {
  const headline = settingsKey(row.best.settings);
  const settings = new Set<string>();
  let measurements = 0;
  for (const s of row.scores.slice(1)) {
    const key = settingsKey(s.settings);
    if (key === headline) measurements++;
    else settings.add(key);
  }
  return [
    settings.size > 0 && `+${plural(settings.size, 'other setting')}`,
    measurements > 0 && `+${plural(measurements, 'other measurement')}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The rows in first place among the models still sold (more than one on a tie). */
export function leaders(board: Board): BoardRow[] {
  return board.rows.filter((r) => r.rank === 1);
}

/** The first sentence of a benchmark's description, for lists that have room for one line. */
export function firstSentence(text: string): string {
  const end = /[.;:](?:\s|$)/.exec(text);
  return end ? `${text.slice(0, end.index)}.` : text;
}
