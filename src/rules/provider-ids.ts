/**
 * provider-ids: an offer's model id is one its provider's API takes, and a maker's own API sells only
 * its own models.
 */
import { ownApiProblem } from './own-api.ts';
import { offerWhere, type Rule } from './rule.ts';

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

export const providerIds: Rule = ({ models, providers }) => {
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
