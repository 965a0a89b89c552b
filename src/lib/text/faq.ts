/**
 * The model page's questions and answers, computed from the same catalog as the tables beside
 * them, so an answer can never quote a price the table does not show. The editors' own questions
 * follow the derived ones.
 */
import type { CatalogModel, CatalogOffer, Cheapest } from '../catalog/types.ts';
import { isReseller } from '../catalog/sellers.ts';
import { isFree } from '../catalog/offers.ts';
import { list, plural, tokens, tokensApart, usd } from '../format.ts';
import { useCases } from './model-text.ts';

export interface Faq {
  q: string;
  a: string;
}

/** A provider's name, and "a reseller" after it when it routes to others' APIs. */
const seller = (c: Cheapest) => `${c.provider.name}${isReseller(c.provider) ? ', a reseller' : ''}`;

function priceAnswer(model: CatalogModel): string {
  const input = model.cheapestInput;
  const output = model.cheapestOutput;
  if (!input && !output) {
    return `No provider in this catalog lists a price for ${model.name} yet.`;
  }
  const parts: string[] = [];
  // A price of 0 is said in words: "from Free per 1M tokens" reads as nonsense.
  const rate = (price: number, what: string) =>
    price === 0 ? `nothing for ${what}` : `${usd(price)} per 1M ${what}`;
  if (input && output && input.provider.id === output.provider.id) {
    parts.push(
      input.price === 0 && output.price === 0
        ? `${model.name} is free at ${seller(input)}, on a rate-limited tier.`
        : `${model.name} costs from ${rate(input.price, 'input tokens')} and ${rate(output.price, 'output tokens')}, at ${seller(input)}.`,
    );
  } else {
    for (const [what, cheapest] of [
      ['Input', input],
      ['Output', output],
    ] as const) {
      if (!cheapest) continue;
      parts.push(
        cheapest.price === 0
          ? `${what} is free at ${seller(cheapest)}.`
          : `${what} costs from ${usd(cheapest.price)} per 1M tokens (${seller(cheapest)}).`,
      );
    }
  }
  // A reseller's discount beside what the maker itself charges, so neither is read alone.
  const own = model.firstParty;
  if (input && isReseller(input.provider) && own?.input) {
    const out = own.output ? ` and ${usd(own.output.price)} output` : '';
    parts.push(
      `The maker's own API (${own.input.provider.name}) charges ${usd(own.input.price)} input${out}.`,
    );
  }
  const inputs = model.offers.flatMap((o) => (o.price.input == null ? [] : [o.price.input]));
  const high = Math.max(...inputs);
  if (model.providerCount > 1 && inputs.length > 1 && high > (input?.price ?? high)) {
    parts.push(
      `Across its ${plural(model.providerCount, 'provider')} the input price ranges from ${usd(input?.price)} to ${usd(high)}.`,
    );
  }
  // As for the cheapest input: a free tier's cached price is not what a buyer pays in production.
  const paid = model.offers.some((o) => !isFree(o))
    ? model.offers.filter((o) => !isFree(o))
    : model.offers;
  const cached = paid.flatMap((o) => (o.price.cached_input == null ? [] : [o.price.cached_input]));
  const lowest = Math.min(...cached);
  if (cached.length && lowest > 0) {
    parts.push(`Cached input is from ${usd(lowest)} per 1M tokens.`);
  } else if (cached.length) {
    const at = paid.filter((o) => o.price.cached_input === 0).map((o) => o.provider.name);
    parts.push(`Cached input is free at ${list([...new Set(at)])}.`);
  }
  return parts.join(' ');
}

function compareAnswer(model: CatalogModel, competitors: readonly CatalogModel[]): string {
  const line = (m: CatalogModel) =>
    `${m.name} by ${m.creatorName} from ${usd(m.cheapestInput?.price)} input and ${usd(m.cheapestOutput?.price)} output, ${tokens(m.context_window)} context`;
  return `Per 1M tokens at the cheapest provider: ${line(model)}; ${competitors.map(line).join('; ')}. The competitor cards below compare them side by side.`;
}

function contextAnswer(model: CatalogModel): string {
  const parts = [
    `${model.name} has a context window of ${model.context_window.toLocaleString('en-US')} tokens (${tokens(model.context_window)})${model.max_output ? `, and writes up to ${model.max_output.toLocaleString('en-US')} tokens per response` : ''}.`,
  ];
  const smaller = model.offers.filter((o) => o.effectiveContext < model.context_window);
  if (smaller.length) {
    // Each figure set against the model's, so "smaller" never sits beside a figure that reads the
    // same (1,000,000 against 1,048,576, both "1M") or larger ("1.02M" against "1M").
    const figure = (o: CatalogOffer) => tokensApart(o.effectiveContext, model.context_window)[0];
    parts.push(
      `Some providers serve a smaller window: ${list(smaller.map((o) => `${o.provider.name} (${figure(o)})`))}.`,
    );
  }
  return parts.join(' ');
}

function toolAnswer(model: CatalogModel): string {
  const caps = model.capabilities;
  if (caps.tool_calling === undefined) {
    return `${model.creatorName} has not published whether ${model.name} supports tool calling.`;
  }
  if (!caps.tool_calling) return `No. ${model.name} does not support tool (function) calling.`;
  const extras = [
    caps.parallel_tool_calls === true && 'several tool calls in one turn',
    caps.structured_output === true && 'output that follows a JSON Schema',
  ].filter((x): x is string => typeof x === 'string');
  return `Yes. ${model.name} can call functions you define${extras.length ? `, and supports ${list(extras)}` : ''}.`;
}

export function faqFor(model: CatalogModel, competitors: readonly CatalogModel[]): Faq[] {
  const faq: Faq[] = [
    { q: `How much does ${model.name} cost per million tokens?`, a: priceAnswer(model) },
    {
      q: `What is ${model.name} best used for?`,
      a: `${list(useCases(model).map((u, i) => (i > 0 && /^[A-Z][a-z]/.test(u) ? u.charAt(0).toLowerCase() + u.slice(1) : u)))}.`,
    },
  ];
  if (competitors.length) {
    faq.push({
      q: `How does ${model.name} compare with ${list(competitors.map((c) => c.name))}?`,
      a: compareAnswer(model, competitors),
    });
  }
  faq.push(
    { q: `What is the context window of ${model.name}?`, a: contextAnswer(model) },
    { q: `Does ${model.name} support tool calling?`, a: toolAnswer(model) },
  );
  return [...faq, ...(model.faq ?? [])];
}
