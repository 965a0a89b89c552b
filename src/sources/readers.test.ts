import { describe, expect, it } from 'vitest';
import { litellmModelId, readLiteLLM } from './litellm.ts';
import { readOpenRouterModels } from './openrouter.ts';

describe('readOpenRouterModels', () => {
  // The shape of one model in reference/openrouter/models-2026-08-01.json (qwen/qwen3.7-flash).
  const response = {
    data: [
      {
        id: 'qwen/qwen3.7-flash',
        context_length: 1000000,
        pricing: {
          prompt: '0.00000003',
          completion: '0.00000013',
          input_cache_read: '0.000000006',
          overrides: [
            {
              min_prompt_tokens: 32000,
              prompt: '0.0000001',
              completion: '0.0000004',
              input_cache_read: '0.00000002',
            },
            { min_prompt_tokens: 256000, prompt: '0.0000002', completion: '0.0000008' },
          ],
        },
        top_provider: { max_completion_tokens: null },
      },
    ],
  };

  it('converts decimal strings per token to exact prices per 1M, with the smallest long-prompt tier', () => {
    const [entry] = readOpenRouterModels(response, 'openrouter@2026-08-01', '2026-08-01');
    expect(entry).toMatchObject({
      provider: 'OpenRouter',
      id: 'qwen/qwen3.7-flash',
      contextWindow: 1000000,
      maxOutput: undefined,
      price: {
        input: 0.03,
        output: 0.13,
        cached_input: 0.006,
        long_context: { threshold: 32000, input: 0.1, output: 0.4, cached_input: 0.02 },
      },
    });
  });

  it('refuses a response that is not a model list with the path of the problem', () => {
    expect(() => readOpenRouterModels({ data: { id: 7 } }, 'r', 'd')).toThrow(/data: /);
  });

  it('skips an entry of the wrong shape and reads the rest', () => {
    const entries = readOpenRouterModels(
      { data: [{ id: 7, pricing: {} }, ...response.data] },
      'r',
      'd',
    );
    expect(entries.map((e) => e.id)).toEqual(['qwen/qwen3.7-flash']);
  });
});

describe('readLiteLLM', () => {
  it('keeps priced text models, strips the routing prefix and reads batch and long-context prices', () => {
    const entries = readLiteLLM(
      {
        sample_spec: { litellm_provider: 'x', input_cost_per_token: 1 },
        'vertex_ai/gemini-x': {
          litellm_provider: 'vertex_ai-language-models',
          mode: 'chat',
          input_cost_per_token: 1.25e-6,
          output_cost_per_token: 1e-5,
          input_cost_per_token_batches: 6.25e-7,
          input_cost_per_token_above_200k_tokens: 2.5e-6,
          output_cost_per_token_above_200k_tokens: 1.5e-5,
        },
        'groq/whisper': {
          litellm_provider: 'groq',
          mode: 'audio_transcription',
          input_cost_per_token: 1e-6,
        },
        'groq/unpriced': { litellm_provider: 'groq', mode: 'chat' },
        'groq/broken': { litellm_provider: 'groq', input_cost_per_token: 'cheap' },
      },
      'litellm@00035b69',
      '2026-07-18',
    );
    expect(entries).toEqual([
      {
        source: 'litellm',
        ref: 'litellm@00035b69',
        asOf: '2026-07-18',
        provider: 'vertex_ai-language-models',
        id: 'gemini-x',
        price: {
          input: 1.25,
          output: 10,
          batch_input: 0.625,
          long_context: { threshold: 200000, input: 2.5, output: 15 },
        },
        contextWindow: undefined,
        maxOutput: undefined,
        status: undefined,
      },
    ]);
  });

  it('reads the long-context threshold the keys state, not a fixed list, and no other suffix', () => {
    const entry = (fields: Record<string, number>) => ({
      litellm_provider: 'openai',
      mode: 'chat',
      input_cost_per_token: 1e-6,
      output_cost_per_token: 2e-6,
      ...fields,
    });
    const [at512, at256, priority] = readLiteLLM(
      {
        'minimax-x': entry({
          input_cost_per_token_above_512k_tokens: 3e-6,
          output_cost_per_token_above_512k_tokens: 4e-6,
        }),
        'qwen-x': entry({
          cache_read_input_token_cost: 1e-7,
          cache_read_input_token_cost_above_256k_tokens: 2e-7,
          input_cost_per_token_above_256k_tokens: 2e-6,
        }),
        // A priority tier's surcharge and a cache lifetime are not context tiers.
        'gpt-x': entry({
          input_cost_per_token_above_272k_tokens_priority: 9e-6,
          cache_creation_input_token_cost_above_1hr: 5e-6,
        }),
      },
      'litellm@00035b69',
      '2026-07-18',
    );
    expect(at512?.price.long_context).toEqual({ threshold: 512_000, input: 3, output: 4 });
    expect(at256?.price.long_context).toEqual({ threshold: 256_000, input: 2, cached_input: 0.2 });
    expect(priority?.price.long_context).toBeUndefined();
  });

  it('strips only a prefix that is the provider route', () => {
    expect(litellmModelId('amazon-nova/nova-pro-v1', 'amazon_nova')).toBe('nova-pro-v1');
    expect(litellmModelId('meta-llama/Llama-3.3-70B', 'deepinfra')).toBe(
      'meta-llama/Llama-3.3-70B',
    );
    expect(litellmModelId('gpt-4o-mini', 'openai')).toBe('gpt-4o-mini');
  });
});
