/**
 * What every rule takes and returns, the list of rules with what each catches, and how a finding
 * names its record.
 */
import type { CreatorRecord, ModelRecord, ProviderRecord } from '../schemas/records.ts';
import type { Offer } from '../schemas/offer.ts';

export interface RuleFinding {
  rule: RuleId;
  where: string;
  message: string;
}

export interface RuleData {
  creators: readonly CreatorRecord[];
  models: readonly ModelRecord[];
  providers: readonly ProviderRecord[];
}

export interface RuleOptions {
  today: string;
}

export const RULES = {
  'name-style': 'One family, one style: shared words cased and joined the same way.',
  'name-decoration':
    'A name is the model\'s own: no "(latest)", "(free)", maker prefix or snapshot date.',
  dates: 'Dates in order: released, deprecated, retired; no price before its model; none ahead.',
  'tier-words':
    'A small-tier word (mini, nano, lite, …) is never a flagship, nor opus/ultra light.',
  'tier-prices':
    "Within a family a flagship is not cheaper than its lighter siblings; tiers fit the market's prices.",
  'token-counts': 'Context and output limits are counts a maker states: 128K, 1M, never "131.1K".',
  'provider-ids': "Provider model ids as the provider's API takes them (Bedrock's vendor prefix).",
} as const;
export type RuleId = keyof typeof RULES;

export type Rule = (data: RuleData, options: RuleOptions) => RuleFinding[];

export const modelWhere = (m: ModelRecord) => `models/${m.creator}/${m.id}`;
export const offerWhere = (p: ProviderRecord, o: Offer) =>
  `providers/${p.id}: ${o.model}${o.variant ? ` (${o.variant})` : ''}`;
