/**
 * Comparing two models: which model wins each line. Shared by the static
 * /compare/<a>-vs-<b>/ pages (from the catalog) and the /compare/ picker's script (from the JSON
 * API), so the page and the script can never mark different winners.
 */
import type { ApiModel } from '../../schemas/api.ts';
import { blendedPrice, cheapest, fastestOf } from '../catalog/offers.ts';
import { isReseller } from '../catalog/sellers.ts';
import type { CatalogModel } from '../catalog/types.ts';
import type { Price } from '../../schemas/offer.ts';
import { date, speed, tokens, tokensApart, UNKNOWN, usd, yesNo } from '../format.ts';
import { modalityList } from '../text/model-text.ts';
import { cutoffMonths } from '../catalog/ranks.ts';

/** What a comparison needs to know of a model, read from the catalog or from the JSON API. */
export interface Side {
  id: string;
  name: string;
  creatorName: string;
  tier: string;
  released: string | undefined;
  knowledgeCutoff: string | undefined;
  contextWindow: number;
  maxOutput: number | undefined;
  modalities: { input: readonly string[]; output: readonly string[] };
  toolCalling: boolean | undefined;
  structuredOutput: boolean | undefined;
  reasoning: boolean | undefined;
  openWeights: boolean;
  license: string | undefined;
  /** Cheapest paid prices (free tiers only when nothing is paid), USD per 1M tokens. */
  input: number | undefined;
  output: number | undefined;
  cachedInput: number | undefined;
  blended: number | undefined;
  /** Fastest measured output speed at any provider, tokens per second. */
  fastest: number | undefined;
  providerCount: number;
  /** Who sells the cheapest input, and since when the price holds: said under it on the page. */
  inputSeller?: Seller | undefined;
}

/** Who sells a price: its provider's name and kind (a reseller is named so), and its day. */
export interface Seller {
  provider: { name: string; kind: string };
  asOf?: string | undefined;
}

/** The facts the catalog and the API name alike, read the same way from either. */
type Shared = Pick<
  CatalogModel,
  | 'id'
  | 'name'
  | 'tier'
  | 'released'
  | 'modalities'
  | 'knowledge_cutoff'
  | 'max_output'
  | 'context_window'
  | 'capabilities'
  | 'open_weights'
  | 'license'
> & { offers: readonly { price: Price; provider: unknown }[] };
const common = (m: Shared) => ({
  id: m.id,
  name: m.name,
  tier: m.tier,
  released: m.released,
  knowledgeCutoff: m.knowledge_cutoff,
  maxOutput: m.max_output,
  modalities: m.modalities,
  contextWindow: m.context_window,
  toolCalling: m.capabilities.tool_calling,
  structuredOutput: m.capabilities.structured_output,
  reasoning: m.capabilities.reasoning,
  openWeights: m.open_weights,
  license: m.license,
  cachedInput: cheapest(m.offers, (o) => o.price.cached_input)?.price,
});

/**
 * A model's side from the catalog. `direct`: leaving resellers out, so every price, the speed and
 * the count of providers come from the maker's own API and the hosts alone.
 */
export function sideOf(m: CatalogModel, direct = false): Side {
  if (!direct)
    return {
      ...common(m),
      creatorName: m.creatorName,
      input: m.cheapestInput?.price,
      output: m.cheapestOutput?.price,
      blended: m.cheapestBlended?.price,
      fastest: m.fastest,
      providerCount: m.providerCount,
      inputSeller: sellerOf(m.cheapestInput),
    };
  const offers = m.offers.filter((o) => !isReseller(o.provider));
  return {
    ...common({ ...m, offers }),
    creatorName: m.creatorName,
    input: m.cheapestInputDirect?.price,
    output: m.cheapestOutputDirect?.price,
    blended: cheapest(offers, (o) => blendedPrice(o.price))?.price,
    fastest: fastestOf(offers),
    providerCount: new Set(offers.map((o) => o.provider.id)).size,
    inputSeller: sellerOf(m.cheapestInputDirect),
  };
}

/** The same facts from `/api/v1/models/<id>.json`, whose cheapest prices the build computed. */
export function sideOfApi(m: ApiModel): Side {
  return {
    ...common(m),
    creatorName: m.creator.name,
    input: m.cheapest.input?.price,
    output: m.cheapest.output?.price,
    blended: m.cheapest.blended?.price,
    fastest: fastestOf(m.offers),
    providerCount: m.provider_count,
    inputSeller: apiSeller(m),
  };
}

/** The API names the cheapest input's provider; its offer there says its kind and day. */
function apiSeller(m: ApiModel): Seller | undefined {
  const c = m.cheapest.input;
  const offer =
    c && m.offers.find((o) => o.provider.id === c.provider.id && o.price.input === c.price);
  if (!offer) return undefined;
  return sellerOf({ provider: offer.provider, asOf: offer.checked ?? offer.updated });
}

/** The seller as both readers give it: the provider's name and kind, and the price's day. */
function sellerOf(c: { provider: Seller['provider']; asOf?: string | undefined } | undefined) {
  if (!c) return undefined;
  const seller: Seller = { provider: { name: c.provider.name, kind: c.provider.kind } };
  if (c.asOf !== undefined) seller.asOf = c.asOf;
  return seller;
}

/** Which side is better on one line; undefined when the line cannot be judged. */
export type Winner = 'a' | 'b' | 'tie';

/**
 * Unknown never wins, and a known value does not win against an unknown one either: a price
 * nobody has published may well be lower.
 */
export function winnerOf(
  a: number | undefined,
  b: number | undefined,
  better: 'lower' | 'higher',
): Winner | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return 'tie';
  return (better === 'lower' ? a < b : a > b) ? 'a' : 'b';
}

export interface FactRow {
  label: string;
  a: string;
  b: string;
  winner: Winner | undefined;
  /** The word that marks the winning value ("cheaper", "larger"); ties are marked "tie". */
  word: string | undefined;
  /** Who sells each side's price, on the line of a price that has one. */
  sellers?: [Seller | undefined, Seller | undefined];
}

interface Line {
  label: string;
  show: (s: Side) => string;
  /** Both sides at once, where two different values could otherwise read alike ("1M" and "1M"). */
  showBoth?: (a: Side, b: Side) => [string, string];
  /** Only lines where one direction is plainly better are judged. */
  judge?: { value: (s: Side) => number | undefined; better: 'lower' | 'higher'; word: string };
  seller?: (s: Side) => Seller | undefined;
}

const price = (value: (s: Side) => number | undefined) => ({
  value,
  better: 'lower' as const,
  word: 'cheaper',
});

const LINES: Line[] = [
  { label: 'Creator', show: (s) => s.creatorName },
  { label: 'Tier', show: (s) => s.tier },
  { label: 'Released', show: (s) => date(s.released) },
  {
    label: 'Knowledge cutoff',
    show: (s) => date(s.knowledgeCutoff),
    judge: { value: (s) => cutoffMonths(s.knowledgeCutoff), better: 'higher', word: 'newer' },
  },
  {
    label: 'Context window',
    show: (s) => tokens(s.contextWindow),
    showBoth: (a, b) => tokensApart(a.contextWindow, b.contextWindow),
    judge: { value: (s) => s.contextWindow, better: 'higher', word: 'larger' },
  },
  {
    label: 'Max output',
    show: (s) => tokens(s.maxOutput),
    showBoth: (a, b) =>
      a.maxOutput === undefined || b.maxOutput === undefined
        ? [tokens(a.maxOutput), tokens(b.maxOutput)]
        : tokensApart(a.maxOutput, b.maxOutput),
    judge: { value: (s) => s.maxOutput, better: 'higher', word: 'larger' },
  },
  { label: 'Input modalities', show: (s) => modalityList(s.modalities.input) },
  { label: 'Output modalities', show: (s) => modalityList(s.modalities.output) },
  { label: 'Tool calling', show: (s) => yesNo(s.toolCalling) },
  { label: 'Structured output', show: (s) => yesNo(s.structuredOutput) },
  { label: 'Reasoning', show: (s) => yesNo(s.reasoning) },
  {
    label: 'Open weights',
    show: (s) => (s.openWeights ? `Yes (${s.license ?? 'licence not confirmed'})` : 'No'),
  },
  {
    label: 'Cheapest input',
    show: (s) => usd(s.input),
    judge: price((s) => s.input),
    seller: (s) => s.inputSeller,
  },
  { label: 'Cheapest output', show: (s) => usd(s.output), judge: price((s) => s.output) },
  {
    label: 'Cheapest cached input',
    show: (s) => usd(s.cachedInput),
    judge: price((s) => s.cachedInput),
  },
  {
    label: 'Fastest measured speed',
    show: (s) => (s.fastest === undefined ? UNKNOWN : `${speed(s.fastest)} tokens/s`),
    // Two speeds that round to the same whole number keep a decimal, so "faster" shows why.
    showBoth: (a, b) => {
      const close =
        a.fastest !== undefined &&
        b.fastest !== undefined &&
        a.fastest !== b.fastest &&
        speed(a.fastest) === speed(b.fastest);
      const one = (s: Side) =>
        close && s.fastest !== undefined
          ? `${s.fastest.toFixed(1)} tokens/s`
          : s.fastest === undefined
            ? UNKNOWN
            : `${speed(s.fastest)} tokens/s`;
      return [one(a), one(b)];
    },
    judge: { value: (s) => s.fastest, better: 'higher', word: 'faster' },
  },
  { label: 'Providers', show: (s) => String(s.providerCount) },
];

/** The side-by-side facts, each judged line with its winner. */
export function compareFacts(a: Side, b: Side): FactRow[] {
  return LINES.map(({ label, show, showBoth, judge, seller }) => {
    const winner = judge && winnerOf(judge.value(a), judge.value(b), judge.better);
    const [shownA, shownB] = showBoth ? showBoth(a, b) : [show(a), show(b)];
    return {
      label,
      a: shownA,
      b: shownB,
      winner,
      word: winner === 'tie' ? 'tie' : winner && judge?.word,
      ...(seller && { sellers: [seller(a), seller(b)] }),
    };
  });
}
