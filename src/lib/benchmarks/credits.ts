/**
 * The evaluators whose scores a page shows: their licences ask for credit wherever their numbers
 * appear, so every page that shows one names them.
 */
import type { Catalog } from '../catalog/types.ts';
import type { EvaluatorRecord } from '../../schemas/records.ts';
import type { Score } from '../../schemas/score.ts';

/** Each evaluator that measured any of the scores, once, by name. */
export function evaluatorsOf(
  catalog: Pick<Catalog, 'evaluatorById'>,
  scores: Iterable<Score>,
): EvaluatorRecord[] {
  const found = new Map<string, EvaluatorRecord>();
  for (const s of scores) {
    const evaluator = catalog.evaluatorById.get(s.measured_by);
    if (evaluator) found.set(evaluator.id, evaluator);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
