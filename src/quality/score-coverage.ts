/**
 * `check:data` on how far the scores reach: the flagship and balanced models the largest makers
 * released since a date that still have no score, the ones a buyer most expects to compare. A
 * list for a contributor to work through, not an error: a maker that publishes no number for a
 * model leaves it unscored, and unknown stays absent.
 */
import type { AtlasData } from '../data/load.ts';
import type { Finding } from './check.ts';

export interface CoverageRule {
  /** How many makers count, the ones with the most models in the catalog. */
  makers: number;
  /** Released on or after this day (YYYY-MM-DD). */
  since: string;
}

/** The rule issue 24 set: the ten largest makers, models released since 2025. */
export const LEADERS: CoverageRule = { makers: 10, since: '2025-01-01' };

/** The makers with the most models, ties by id so the list does not move between runs. */
export function largestMakers(data: Pick<AtlasData, 'models'>, count: number): string[] {
  const models = new Map<string, number>();
  for (const m of data.models) models.set(m.creator, (models.get(m.creator) ?? 0) + 1);
  return [...models]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id]) => id);
}

/** Flagship and balanced models of the largest makers, released since the date, with no score. */
export function unscoredLeaders(
  data: Pick<AtlasData, 'models'>,
  rule: CoverageRule = LEADERS,
): Finding[] {
  const makers = new Set(largestMakers(data, rule.makers));
  return data.models
    .filter(
      (m) =>
        makers.has(m.creator) &&
        (m.tier === 'flagship' || m.tier === 'balanced') &&
        m.released !== undefined &&
        m.released >= rule.since &&
        (m.scores ?? []).length === 0,
    )
    .map((m) => ({
      where: `models/${m.creator}/${m.id}`,
      message: `${m.tier}, released ${m.released}${m.status === 'active' ? '' : `, ${m.status}`}: no benchmark score`,
    }));
}
