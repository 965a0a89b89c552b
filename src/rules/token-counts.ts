/**
 * token-counts: context and output limits are the round counts makers state. An odd count is
 * usually a catalogue's arithmetic (131,300); one the maker's own page is cited for is its word.
 */
import { tokens } from '../lib/format.ts';
import { sourceOf } from '../schemas/fact-sources.ts';
import { modelWhere, type Rule, type RuleFinding } from './rule.ts';

/** A count shown with a decimal that is not a round ten thousand ("131.1K") is not one a maker states. */
function oddCount(n: number): boolean {
  return /\./.test(tokens(n)) && n % 10_000 !== 0;
}

export const tokenCounts: Rule = ({ models }) => {
  const findings: RuleFinding[] = [];
  for (const m of models) {
    for (const [field, n] of [
      ['context_window', m.context_window],
      ['max_output', m.max_output],
    ] as const) {
      const makers = sourceOf(m, field);
      if (n !== undefined && oddCount(n) && (makers === undefined || makers.secondary === true)) {
        findings.push({
          rule: 'token-counts',
          where: modelWhere(m),
          message: `${field} ${n} would show as "${tokens(n)}"; makers state limits as round counts (128K is 131,072 or 128,000), or cite the maker's page that states it`,
        });
      }
    }
  }
  return findings;
};
