/**
 * `check:data` on where the models' facts come from: each fact a model gives (release date,
 * cutoffs, limits, modalities, capabilities, licence, status dates) that no page in its `sources:`
 * names. A list for a contributor to work through, not an error: models older than the rule may
 * lack them (data/unsourced-models.txt); `npm run validate` holds new models to it.
 */
import type { AtlasData } from '../data/load.ts';
import { factsOf, unsourcedFacts } from '../schemas/fact-sources.ts';
import type { Finding } from './check.ts';

export interface FactCoverage {
  /** Per maker, by id: the facts its models give, and how many of them have no source. */
  byMaker: Map<string, { facts: number; unsourced: number }>;
  /** One line per model with an unsourced fact, naming the facts. */
  findings: Finding[];
  /** The models with open weights whose licence no page read states (left out, not guessed). */
  unlicensed: Finding[];
}

export function factCoverage(data: Pick<AtlasData, 'models'>): FactCoverage {
  const byMaker = new Map<string, { facts: number; unsourced: number }>();
  const findings: Finding[] = [];
  const unlicensed: Finding[] = [];
  for (const m of [...data.models].sort((a, b) => (a.creator + a.id < b.creator + b.id ? -1 : 1))) {
    const missing = unsourcedFacts(m);
    const count = byMaker.get(m.creator) ?? { facts: 0, unsourced: 0 };
    count.facts += factsOf(m).length;
    count.unsourced += missing.length;
    byMaker.set(m.creator, count);
    if (missing.length > 0)
      findings.push({ where: `models/${m.creator}/${m.id}`, message: missing.join(', ') });
    if (m.open_weights && m.license === undefined)
      unlicensed.push({
        where: `models/${m.creator}/${m.id}`,
        message: 'open weights, licence not confirmed',
      });
  }
  return { byMaker, findings, unlicensed };
}
