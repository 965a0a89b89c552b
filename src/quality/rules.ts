/**
 * The catalog's rules: mistakes a careful reader would catch, each kind with its own rule, so
 * `npm run check:data` fails on the first file that makes one again. Each rule is a pure function
 * over the loaded data; a finding names the rule, the record and what is wrong.
 */
import type { CreatorRecord, ModelRecord, ProviderRecord } from '../schemas/records.ts';
import type { Offer } from '../schemas/offer.ts';
import { blendedPrice } from '../lib/build-catalog.ts';
import { tokens } from '../lib/format.ts';

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

type Rule = (data: RuleData, options: RuleOptions) => RuleFinding[];

const modelWhere = (m: ModelRecord) => `models/${m.creator}/${m.id}`;
const offerWhere = (p: ProviderRecord, o: Offer) =>
  `providers/${p.id}: ${o.model}${o.variant ? ` (${o.variant})` : ''}`;

/** Words of a name, each with the separator that came before it. */
function words(name: string): { word: string; sep: string }[] {
  const out: { word: string; sep: string }[] = [];
  const re = /([\s-]*)([^\s\-()]+)/g;
  for (const m of name.replace(/[()]/g, ' ').matchAll(re)) {
    out.push({
      sep: /-/.test(m[1] ?? '') ? '-' : (m[1] ?? '') === '' ? '' : ' ',
      word: m[2] ?? '',
    });
  }
  return out;
}

/** Siblings of one family must write a shared word alike, and join two shared words alike. */
const nameStyle: Rule = ({ models }) => {
  const findings: RuleFinding[] = [];
  const families = new Map<string, ModelRecord[]>();
  for (const m of models) {
    const key = `${m.creator}/${m.family}`;
    families.set(key, [...(families.get(key) ?? []), m]);
  }
  for (const [family, members] of families) {
    const spelling = new Map<string, { text: string; model: ModelRecord }>();
    const joins = new Map<string, { sep: string; model: ModelRecord }>();
    for (const m of [...members].sort((a, b) => a.id.localeCompare(b.id))) {
      const ws = words(m.name);
      ws.forEach(({ word, sep }, i) => {
        // Version numbers and sizes are not spelled; only words are.
        if (!/[a-z]/i.test(word) || /^\d/.test(word)) return;
        const key = word.toLowerCase();
        const seen = spelling.get(key);
        if (seen && seen.text !== word) {
          findings.push({
            rule: 'name-style',
            where: modelWhere(m),
            message: `"${m.name}" writes "${word}" where its family ${family} writes "${seen.text}" ("${seen.model.name}")`,
          });
        } else if (!seen) spelling.set(key, { text: word, model: m });
        const prev = ws[i - 1];
        if (!prev || !/[a-z]/i.test(prev.word)) return;
        const pair = `${prev.word.toLowerCase()}|${key}`;
        const joined = joins.get(pair);
        if (joined && joined.sep !== sep) {
          const show = (s: string) => (s === '-' ? 'a hyphen' : s === ' ' ? 'a space' : 'nothing');
          findings.push({
            rule: 'name-style',
            where: modelWhere(m),
            message: `"${m.name}" joins "${prev.word}" and "${word}" with ${show(sep)} where "${joined.model.name}" uses ${show(joined.sep)}`,
          });
        } else if (!joined) joins.set(pair, { sep, model: m });
      });
    }
  }
  return findings;
};

const DECORATION =
  /\((?:latest|free|beta|new)\)|\blatest\b|:free\b|\b20\d\d-\d\d-\d\d\b|\(\d{4}\)/i;

const nameDecoration: Rule = ({ models, creators }) => {
  const findings: RuleFinding[] = [];
  const makerNames = creators.map((c) => c.name.toLowerCase());
  for (const m of models) {
    const decoration = DECORATION.exec(m.name);
    if (decoration) {
      findings.push({
        rule: 'name-decoration',
        where: modelWhere(m),
        message: `"${m.name}" carries "${decoration[0]}", which belongs in an alias or offer, not the name`,
      });
    }
    const prefix = /^([^:]{1,40}):\s/.exec(m.name)?.[1];
    if (prefix && makerNames.includes(prefix.toLowerCase())) {
      findings.push({
        rule: 'name-decoration',
        where: modelWhere(m),
        message: `"${m.name}" starts with the maker "${prefix}:" as a catalogue lists it`,
      });
    }
  }
  return findings;
};

const month = (d: string) => d.slice(0, 7);

/** First-party provider files whose id is not their maker's. */
const OWN_API: Record<string, string> = { google: 'google-gemini', zhipuai: 'zai' };

/**
 * Whether a provider is the model maker's own API. A maker's retirement date is a fact about its
 * own API; a cloud that hosts the model keeps its own schedule, which needs its own source.
 */
export const makersOwnApi = (providerId: string, creator: string) =>
  providerId === (OWN_API[creator] ?? creator);

/** Why a first-party provider cannot sell this model: a maker's own API serves only its models. */
export function ownApiProblem(
  provider: { id: string; kind: string },
  creator: string | undefined,
): string | undefined {
  if (provider.kind !== 'first-party' || creator === undefined) return undefined;
  return makersOwnApi(provider.id, creator)
    ? undefined
    : `a maker's own API sells only its own models, and this is a model by ${creator}`;
}

const dates: Rule = ({ models, providers }, { today }) => {
  const findings: RuleFinding[] = [];
  const add = (where: string, message: string) => findings.push({ rule: 'dates', where, message });
  const released = new Map<string, string>();
  for (const m of models) {
    const where = modelWhere(m);
    released.set(m.id, m.released);
    if (m.released > today) add(where, `released ${m.released} is after today (${today})`);
    if (m.deprecated && month(m.deprecated) < month(m.released))
      add(where, `deprecated ${m.deprecated} before its release ${m.released}`);
    if (m.retired && month(m.retired) < month(m.released))
      add(where, `retired ${m.retired} before its release ${m.released}`);
    if (m.retired && m.deprecated && m.retired < m.deprecated)
      add(where, `retired ${m.retired} before its deprecation ${m.deprecated}`);
    if (m.status === 'retired' && m.retired && m.retired > today)
      add(where, `marked retired, but its retirement date ${m.retired} is still ahead: deprecated`);
    if (m.status !== 'retired' && m.retired && m.retired <= today)
      add(where, `retired on ${m.retired}, but marked ${m.status}`);
    if (m.status === 'deprecated' && !m.deprecated && !m.retired)
      add(where, 'marked deprecated without the date it was announced or the date it ends');
  }
  const retiredAt = new Map(
    models
      .filter((m) => m.status === 'retired' && m.retired !== undefined)
      .map((m) => [m.id, { day: m.retired, creator: m.creator }]),
  );
  for (const p of providers) {
    for (const o of p.offers) {
      const where = offerWhere(p, o);
      const retired = retiredAt.get(o.model);
      if (retired && makersOwnApi(p.id, retired.creator) && o.withdrawn === undefined)
        add(
          where,
          `retired by its maker on ${retired.day}, but still on sale at the maker's own API`,
        );
      for (const [field, value] of [
        ['updated', o.updated],
        ['checked', o.checked],
        ['withdrawn', o.withdrawn],
        ['speed.measured', o.speed?.measured],
      ] as const) {
        if (value !== undefined && value > today) add(where, `${field} ${value} is after today`);
      }
      const since = released.get(o.model);
      if (since && month(o.updated) < month(since))
        add(where, `priced as of ${o.updated}, before the model's release ${since}`);
      // A withdrawal before the price's date is allowed: catalogues keep listing a model for a
      // while after a provider stops selling it, and the provider's own date wins.
      let last = '';
      for (const h of o.history ?? []) {
        if (h.from && h.from >= h.until)
          add(where, `history: from ${h.from} is not before until ${h.until}`);
        if (h.until < last) add(where, `history is not oldest first (${h.until} after ${last})`);
        if (h.until > o.updated)
          add(where, `history ends ${h.until}, after the current price's date ${o.updated}`);
        last = h.until;
      }
    }
  }
  return findings;
};

const LIGHT_WORDS = /\b(mini|nano|lite|flash-lite|micro|tiny|haiku|small)\b/i;
const TOP_WORDS = /\b(opus|ultra)\b/i;

const tierWords: Rule = ({ models }) => {
  const findings: RuleFinding[] = [];
  for (const m of models) {
    const light = LIGHT_WORDS.exec(m.name);
    if (light && m.tier === 'flagship') {
      findings.push({
        rule: 'tier-words',
        where: modelWhere(m),
        message: `"${m.name}" is a ${light[1]} model, but its tier is flagship`,
      });
    }
    const top = TOP_WORDS.exec(m.name);
    if (top && m.tier === 'lightweight') {
      findings.push({
        rule: 'tier-words',
        where: modelWhere(m),
        message: `"${m.name}" is an ${top[1]} model, but its tier is lightweight`,
      });
    }
  }
  return findings;
};

const RANK = { lightweight: 0, balanced: 1, flagship: 2 } as const;
/** Blended prices (3:1, USD per 1M) outside which a tier is not what the market means by it. */
export const TIER_BOUNDS = { flagshipAtLeast: 0.25, lightweightAtMost: 3 } as const;

/** The version in a model id, which names its generation: `5.4` in gpt-5.4-mini, `3.5` in qwen3.5-27b. */
const generation = (id: string) => /\d+(?:\.\d+)*/.exec(id)?.[0];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const tierPrices: Rule = ({ models, providers }) => {
  const findings: RuleFinding[] = [];
  // A model's typical price: the median blended price of its paid offers on sale. The cheapest
  // alone is one host's promotion away from calling a flagship cheap.
  const prices = new Map<string, number[]>();
  for (const p of providers) {
    for (const o of p.offers) {
      const blended = blendedPrice(o.price);
      if (o.withdrawn || blended === undefined || blended === 0) continue;
      prices.set(o.model, [...(prices.get(o.model) ?? []), blended]);
    }
  }
  const typical = new Map([...prices].map(([id, list]) => [id, median(list)]));
  const priced = models.filter(
    (m) => m.status !== 'retired' && m.tier !== 'specialized' && typical.has(m.id),
  );
  const usd = (n: number) => `$${Number(n.toFixed(4))}`;
  for (const m of priced) {
    const price = typical.get(m.id) ?? 0;
    if (m.tier === 'flagship' && price < TIER_BOUNDS.flagshipAtLeast) {
      findings.push({
        rule: 'tier-prices',
        where: modelWhere(m),
        message: `flagship at a median ${usd(price)} blended per 1M, under the ${usd(TIER_BOUNDS.flagshipAtLeast)} below which no maker sells its best model`,
      });
    }
    if (m.tier === 'lightweight' && price > TIER_BOUNDS.lightweightAtMost) {
      findings.push({
        rule: 'tier-prices',
        where: modelWhere(m),
        message: `lightweight at a median ${usd(price)} blended per 1M, over the ${usd(TIER_BOUNDS.lightweightAtMost)} above which a model is not a cheap tier`,
      });
    }
    for (const other of priced) {
      if (other.creator !== m.creator || other.family !== m.family || other.id === m.id) continue;
      // One generation only: GPT-5's flagship may well cost less than GPT-5.6's mid tier.
      if (generation(other.id) === undefined || generation(other.id) !== generation(m.id)) continue;
      const mine = RANK[m.tier as keyof typeof RANK];
      const theirs = RANK[other.tier as keyof typeof RANK];
      const otherPrice = typical.get(other.id) ?? 0;
      if (mine > theirs && price < otherPrice) {
        findings.push({
          rule: 'tier-prices',
          where: modelWhere(m),
          message: `${m.tier} at a median ${usd(price)} blended, cheaper than its ${other.tier} sibling ${other.id} at ${usd(otherPrice)}`,
        });
      }
    }
  }
  return findings;
};

/** A count shown with a decimal that is not a round ten thousand ("131.1K") is not one a maker states. */
function oddCount(n: number): boolean {
  return /\./.test(tokens(n)) && n % 10_000 !== 0;
}

const tokenCounts: Rule = ({ models }) => {
  const findings: RuleFinding[] = [];
  for (const m of models) {
    for (const [field, n] of [
      ['context_window', m.context_window],
      ['max_output', m.max_output],
    ] as const) {
      if (n !== undefined && oddCount(n)) {
        findings.push({
          rule: 'token-counts',
          where: modelWhere(m),
          message: `${field} ${n} would show as "${tokens(n)}"; makers state limits as round counts (128K is 131,072 or 128,000)`,
        });
      }
    }
  }
  return findings;
};

/** Bedrock's vendor prefix for each maker's models (its ids are `<vendor>.<model>`). */
const BEDROCK_VENDORS: Record<string, string[]> = {
  anthropic: ['anthropic'],
  meta: ['meta'],
  amazon: ['amazon'],
  mistral: ['mistral'],
  cohere: ['cohere'],
  deepseek: ['deepseek'],
  openai: ['openai'],
  alibaba: ['qwen'],
  zhipuai: ['zai'],
  moonshotai: ['moonshot', 'moonshotai'],
  minimax: ['minimax'],
  nvidia: ['nvidia'],
  xai: ['xai'],
  google: ['google'],
  writer: ['writer'],
  ai21: ['ai21'],
};
const BEDROCK_ID = /^(?:(?:global|us|us-gov|eu|apac|jp|au|ca)\.)?([a-z0-9-]+)\.[a-z0-9][\w.:-]*$/;

/**
 * Why a provider model id is not one the provider's API takes, or undefined when it may be: the
 * provider-ids rule, and the importer before it writes an id a catalogue gave.
 */
export function idProblem(providerId: string, id: string, creator?: string): string | undefined {
  if (id !== id.trim() || /\s/.test(id)) return `"${id}" contains white space`;
  if (providerId === 'amazon-bedrock') {
    const vendor = BEDROCK_ID.exec(id)?.[1];
    const expected = BEDROCK_VENDORS[creator ?? ''];
    if (vendor === undefined) {
      return `"${id}" is not a Bedrock model id (<vendor>.<model>, with an optional us./eu./global. profile)`;
    }
    if (expected && !expected.includes(vendor)) {
      return `"${id}" has the vendor "${vendor}"; Bedrock files ${creator} models under ${expected.map((v) => `"${v}."`).join(' or ')}`;
    }
  }
  if (providerId === 'openrouter' && !/^~?[a-z0-9][\w.-]*\/[\w.:-]+$/.test(id)) {
    return `"${id}" is not an OpenRouter id (<maker>/<model>)`;
  }
  return undefined;
}

const providerIds: Rule = ({ models, providers }) => {
  const creatorOf = new Map(models.map((m) => [m.id, m.creator]));
  return providers.flatMap((p) =>
    p.offers.flatMap((o) => {
      const message =
        idProblem(p.id, o.provider_model_id, creatorOf.get(o.model)) ??
        ownApiProblem(p, creatorOf.get(o.model));
      return message ? [{ rule: 'provider-ids' as const, where: offerWhere(p, o), message }] : [];
    }),
  );
};

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
