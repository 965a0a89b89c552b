/** Who measured a score, in words: the maker, a named evaluator, or another maker. */
import type { Catalog } from '../catalog/types.ts';
import type { Score } from '../../schemas/score.ts';

export function measurer(
  catalog: Pick<Catalog, 'evaluatorById' | 'creatorById'>,
  score: Score,
): string {
  if (score.measured_by === 'maker') return 'reported by the maker';
  const evaluator = catalog.evaluatorById.get(score.measured_by);
  if (evaluator) return `measured by ${evaluator.name}`;
  const maker = catalog.creatorById.get(score.measured_by);
  return `measured by ${maker?.name ?? score.measured_by}`;
}
