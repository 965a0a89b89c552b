/**
 * The catalog's rules: mistakes a careful reader would catch, each kind with its own rule, so
 * `npm run check:data` fails on the first file that makes one again. Each rule is a pure function
 * over the loaded data; a finding names the rule, the record and what is wrong.
 */
import { dates } from './dates.ts';
import { nameDecoration, nameStyle } from './names.ts';
import { providerIds } from './provider-ids.ts';
import type { Rule, RuleData, RuleId, RuleFinding, RuleOptions } from './rule.ts';
import { tierPrices, tierWords } from './tiers.ts';
import { tokenCounts } from './token-counts.ts';

const ALL: Record<RuleId, Rule> = {
  'name-style': nameStyle,
  'name-decoration': nameDecoration,
  dates,
  'tier-words': tierWords,
  'tier-prices': tierPrices,
  'token-counts': tokenCounts,
  'provider-ids': providerIds,
};

/** Every rule's findings over the data, rule by rule. */
export function checkRules(data: RuleData, options: RuleOptions): RuleFinding[] {
  return (Object.keys(ALL) as RuleId[]).flatMap((id) => ALL[id](data, options));
}
