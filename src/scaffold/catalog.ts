/**
 * What the scaffold's questions are checked against: the records already in data/ (a new id must
 * be free, a creator or provider must exist) and today's date (the default `updated` of an offer,
 * and the latest it may be).
 */
import type { AtlasData } from '../data/load.ts';

export type Catalog = Pick<AtlasData, 'creators' | 'models' | 'providers'> & {
  /** Today, YYYY-MM-DD in UTC. */
  today: string;
};

/** Today in UTC, or ATLAS_TODAY when set (tests fix the day, as the site's build does). */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  return env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
}
