/**
 * Typing mistakes. Pagefind has no fuzzy matching: "gemni" finds nothing, and "antropic" finds
 * pages that merely contain some other word it stems alike. So the /search/ page looks up each
 * word it does not know in the vocabulary of the catalog's names (models, families, makers,
 * providers) and of the words search reads ("cheapest", "reasoning"), takes the nearest within a
 * small edit distance, and searches for that instead when it finds anything, saying so ("Showing
 * results for gemini (you typed gemni)") with a link to search the words as typed.
 */
import type { Catalog } from '../catalog/types.ts';
import { FILLER, READING_WORDS } from './rules.ts';

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Words worth correcting to: letters only, three or more of them. */
const correctable = (word: string) => /^[a-z]{3,}$/.test(word);

/**
 * The words of every model, family, maker and provider name and the words search reads, those
 * in the most names first (a tie between two corrections goes to the commoner word).
 */
export function vocabulary(catalog: Pick<Catalog, 'models' | 'creators' | 'providers'>): string[] {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of new Set(wordsOf(text)))
      if (correctable(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const m of catalog.models) add(`${m.name} ${m.family}`);
  for (const c of catalog.creators) add(c.name);
  for (const p of catalog.providers) add(p.name);
  for (const word of READING_WORDS) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([word]) => word);
}

/**
 * The optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours, each costing one), or `max + 1` as soon as it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] ?? [];
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/** How many mistakes a word of this length may hold: none below four letters, two from seven. */
const allowed = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2);

/** The word `word` was probably meant as, or undefined when it is known or nothing is near. */
export function correctWord(word: string, vocab: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const max = allowed(typed);
  if (max === 0 || !correctable(typed) || FILLER.has(typed) || vocab.includes(typed))
    return undefined;
  // A word on its way to a name ("anthro") or a form of one ("embeddings") is no mistake.
  const formOf = (known: string) =>
    known.length > 3 && typed.startsWith(known) && typed.length - known.length <= 2;
  if (vocab.some((known) => known.startsWith(typed) || formOf(known))) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const known of vocab) {
    const distance = editDistance(typed, known, best ? best.distance - 1 : max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: known, distance };
  }
  return best?.word;
}

/** The query with each word corrected, or undefined when no word needed it. */
export function correctQuery(query: string, vocab: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query.replace(/[A-Za-z]+/g, (word) => {
    const better = correctWord(word, vocab);
    if (better === undefined) return word;
    changed = true;
    return better;
  });
  return changed ? corrected : undefined;
}
