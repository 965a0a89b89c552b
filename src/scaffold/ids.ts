/**
 * Ids for new records, and hints towards existing ones. A file's name is its id: lower-case
 * letters, digits, dots and dashes (`claude-sonnet-4.5`), so the id a scaffold suggests is the name
 * written that way, and a mistyped reference is answered with the ids it was probably meant to be.
 */
import { ID_PATTERN } from '../schemas/fields.ts';
import { closest } from '../data/suggest.ts';
import type { Field } from './form.ts';
import { accept, refuse } from './parse.ts';

/**
 * The id a display name suggests: "GPT-4o mini" → `gpt-4o-mini`, "Claude Sonnet 4.5" →
 * `claude-sonnet-4.5`, "Mistral AI" → `mistral-ai`. Undefined when nothing usable is left.
 */
export function suggestId(name: string): string | undefined {
  const id = name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '') // accents off: "Qwén" is qwen
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    // A run of separators is one: a dot only if the run is all dots ("v.-2" is v-2, "4..5" is 4.5).
    .replace(/[.-]{2,}/g, (run) => (/^\.+$/.test(run) ? '.' : '-'))
    .replace(/^[.-]+|[.-]+$/g, '');
  return ID_PATTERN.test(id) ? id : undefined;
}

/**
 * A few known ids near a word, for an error message: the closest by edit distance, then those that
 * contain it, sorted; at most `max`.
 */
export function nearIds(word: string, known: Iterable<string>, max = 6): string[] {
  const ids = [...known];
  const near = new Set<string>();
  const best = closest(word, ids);
  if (best !== undefined) near.add(best);
  const needle = word.trim().toLowerCase();
  if (needle !== '') {
    for (const id of ids.filter((i) => i.includes(needle)).sort()) near.add(id);
  }
  return [...near].slice(0, max);
}

/**
 * "no creator "opnai" in data/creators/; did you mean openai?" — with the full list when it is
 * short enough to read, since a person who does not know the id is helped most by seeing them all.
 */
export function unknownId(what: string, folder: string, word: string, known: string[]): string {
  const near = nearIds(word, known);
  const hint =
    near.length > 0
      ? `; did you mean ${near.join(', ')}?`
      : known.length > 0 && known.length <= 40
        ? `; known: ${[...known].sort().join(', ')}`
        : '';
  return `no ${what} ${JSON.stringify(word)} in ${folder}${hint}`;
}

/**
 * The id question of a new record: suggested from the name, and refused when `taken` says why the
 * id is not free (a file of that name exists, another model answers to it).
 */
export function newIdField(taken: (id: string) => string | undefined): Field {
  return {
    key: 'id',
    flag: 'id',
    message: 'Id (the file name)',
    hint: 'lower-case letters, digits, dots and dashes',
    suggest: (a) => {
      const id = suggestId(String(a['name'] ?? ''));
      return id === undefined ? undefined : { value: id, why: 'from the name' };
    },
    parse: (text) => {
      const id = text.trim();
      if (!ID_PATTERN.test(id))
        return refuse(
          `expected an id (lower-case letters, digits, dots and dashes), got ${JSON.stringify(text)}`,
        );
      const why = taken(id);
      return why === undefined ? accept(id) : refuse(why);
    },
  };
}
