/**
 * How a query was read, in words, for the line under the search form: "Read “best”, “coding” as:
 * best LiveCodeBench score first (the coding benchmark scored for the most models)."
 */
import type { ReadQuery } from './query.ts';
import type { SearchSort } from './tags.ts';

/** '' when nothing was read; `sortLabel` names a sort as the form's order field does. */
export function readingText(read: ReadQuery, sortLabel: (sort: SearchSort) => string): string {
  if (read.understood.length === 0) return '';
  const { intent } = read;
  const why = !intent
    ? ''
    : intent.category
      ? ` (the ${intent.category.replace(/-/g, ' ')} benchmark scored for the most models; models without a score are left out)`
      : ' (what “smartest” and “best” alone are read as; models without a score are left out)';
  const label = read.sort ? sortLabel(read.sort) : '';
  const parts = [
    ...Object.entries(read.filters).map(([k, v]) => (k === 'priceband' ? v : `${k} ${v}`)),
    // "Cheapest input first" → "cheapest input first"; a benchmark keeps its own capitals.
    ...(label ? [`${label.charAt(0).toLowerCase()}${label.slice(1)}${why}`] : []),
  ];
  return `Read “${read.understood.join('”, “')}” as: ${parts.join(', ')}.`;
}
