/**
 * Which pairs of models get a comparison page, and the one URL segment of each. Pure, so the static
 * /compare/<a>-vs-<b>/ pages and the /compare/ picker's script make the same slugs.
 */
import { modelKind, type KindFacts } from '../catalog/kind.ts';

export const SEPARATOR = '-vs-';

/**
 * An id that could make a slug ambiguous. Besides containing the separator, an id ending in "-vs"
 * or starting with "vs-" forms a second separator across the join ("a-vs" + "-vs-" + "b" reads as
 * "a-vs-vs-b"); excluding those three is exactly what keeps one separator in every slug.
 */
export const isUnsafeId = (id: string) =>
  id.includes(SEPARATOR) || id.endsWith('-vs') || id.startsWith('vs-');

/** Ids in code-unit order, so the order never depends on the build machine's locale. */
const inOrder = <M extends { id: string }>(x: M, y: M): [M, M] => (x.id < y.id ? [x, y] : [y, x]);

/** The one URL segment for a pair, whichever way round it is asked for. */
export function pairSlug(x: string, y: string): string {
  const [a, b] = inOrder({ id: x }, { id: y });
  return `${a.id}${SEPARATOR}${b.id}`;
}

export interface Pair<M> {
  slug: string;
  a: M;
  b: M;
}

/**
 * Every unordered pair of a model and one of its competitors of the same kind, once, in canonical
 * order, sorted by slug: chat with chat, never an embedding model with a search model, whatever a
 * competitor list says. Competitor lists are not symmetric (A may list B while B does not list A),
 * so a pair is made from either side. Throws on an id that would make a slug ambiguous.
 */
export function competitorPairs<M extends KindFacts>(
  models: readonly M[],
  competitorsOf: (model: M) => readonly M[],
): Pair<M>[] {
  const pairs = new Map<string, Pair<M>>();
  for (const model of models) {
    for (const other of competitorsOf(model)) {
      if (other.id === model.id || modelKind(other) !== modelKind(model)) continue;
      const unsafe = [model.id, other.id].find(isUnsafeId);
      if (unsafe) throw new Error(`model id "${unsafe}" would make a /compare/ URL ambiguous`);
      const slug = pairSlug(model.id, other.id);
      if (pairs.has(slug)) continue;
      const [a, b] = inOrder(model, other);
      pairs.set(slug, { slug, a, b });
    }
  }
  return [...pairs.values()].sort((x, y) => (x.slug < y.slug ? -1 : 1));
}
