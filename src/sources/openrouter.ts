/**
 * OpenRouter's `GET /api/v1/models`: its own price list. Prices are decimal strings in USD per
 * token; `overrides` lists dearer tiers for long prompts. The entries are filed under the provider
 * name `OpenRouter` (a provider file names it in `sources.openrouter`).
 */
import { z } from 'astro/zod';
import { perTokenToPerMillion as perMillion } from './decimal.ts';
import { priceOf, type SourceEntry } from './types.ts';

const decimal = z.string().optional();
const Pricing = z.looseObject({
  prompt: decimal,
  completion: decimal,
  input_cache_read: decimal,
  input_cache_write: decimal,
});
export const OpenRouterModels = z.looseObject({
  data: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string().optional(),
      context_length: z.number().nullable().optional(),
      pricing: Pricing.extend({
        overrides: z.array(Pricing.extend({ min_prompt_tokens: z.number() })).optional(),
      }),
      top_provider: z
        .looseObject({ max_completion_tokens: z.number().nullable().optional() })
        .optional(),
      expiration_date: z.string().nullable().optional(),
    }),
  ),
});

export const OPENROUTER_PROVIDER = 'OpenRouter';

function priceFrom(p: z.infer<typeof Pricing>) {
  return priceOf({
    input: perMillion(p.prompt),
    output: perMillion(p.completion),
    cached_input: perMillion(p.input_cache_read),
    cache_write: perMillion(p.input_cache_write),
  });
}

export function readOpenRouterModels(json: unknown, ref: string, asOf: string): SourceEntry[] {
  return OpenRouterModels.parse(json).data.map((m) => {
    const price = priceFrom(m.pricing);
    const tier = m.pricing.overrides?.[0];
    if (tier) {
      price.long_context = {
        threshold: tier.min_prompt_tokens,
        ...priceOf({
          input: perMillion(tier.prompt),
          output: perMillion(tier.completion),
          cached_input: perMillion(tier.input_cache_read),
        }),
      };
    }
    return {
      source: 'openrouter' as const,
      ref,
      asOf,
      provider: OPENROUTER_PROVIDER,
      id: m.id,
      price,
      contextWindow: m.context_length ?? undefined,
      maxOutput: m.top_provider?.max_completion_tokens ?? undefined,
      status: m.expiration_date ? `expires ${m.expiration_date}` : undefined,
    };
  });
}
