/**
 * models.dev's data for the tests of its api.json (modelsdev-api*.test.ts): our snapshot,
 * reference/modelsdev-snapshot.json, as it is and as readModelsDev reads it; and four of its models
 * twice over, as the snapshot lists them and as models.dev's generator writes them into api.json.
 */
import { readFileSync } from 'node:fs';
import { readModelsDev } from '../../src/sources/modelsdev.ts';

type Json = Record<string, unknown>;

export const snapshotJson = JSON.parse(
  readFileSync('reference/modelsdev-snapshot.json', 'utf8'),
) as Json;
export const snapshot = readModelsDev(snapshotJson);

// Entries of reference/modelsdev-snapshot.json, copied as they are there.
export const SNAPSHOT_PROVIDERS = [
  {
    id: 'openai',
    name: 'OpenAI',
    doc: 'https://platform.openai.com/docs/models',
    env: ['OPENAI_API_KEY'],
    npm: '@ai-sdk/openai',
    model_count: 51,
    models: [
      {
        // One tier, at 272K: `tiers`, and `context_over_200k` as well.
        id: 'gpt-5.4',
        canonical_model: 'openai/gpt-5.4',
        cost: {
          input: 2.5,
          output: 15.0,
          cache_read: 0.25,
          context_tiers: [
            { min_context_tokens: 272000, input: 5.0, output: 22.5, cache_read: 0.5 },
          ],
        },
        name: 'GPT-5.4',
        family: 'gpt',
        release_date: '2026-03-05',
        last_updated: '2026-03-05',
        knowledge: '2025-08-31',
        modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
        attachment: true,
        reasoning: true,
        tool_call: true,
        structured_output: true,
        temperature: false,
        open_weights: false,
        limit: { context: 1050000, input: 922000, output: 128000 },
      },
    ],
  },
  {
    id: 'aihubmix',
    name: 'AIHubMix',
    doc: 'https://docs.aihubmix.com',
    env: ['AIHUBMIX_API_KEY'],
    npm: '@aihubmix/ai-sdk-provider',
    model_count: 53,
    models: [
      {
        // Two tiers: `tiers` only.
        id: 'doubao-seed-2-0-pro',
        cost: {
          input: 0.48,
          output: 2.41,
          cache_read: 0.09644,
          context_tiers: [
            { min_context_tokens: 32000, input: 0.72, output: 3.62, cache_read: 0.144656 },
            { min_context_tokens: 128000, input: 1.45, output: 7.23, cache_read: 0.28932 },
          ],
        },
        name: 'Doubao Seed 2.0 Pro',
        family: 'seed',
        release_date: '2026-02-14',
        last_updated: '2026-02-14',
        modalities: { input: ['text', 'image', 'video'], output: ['text'] },
        attachment: true,
        reasoning: true,
        tool_call: true,
        structured_output: true,
        temperature: true,
        open_weights: false,
        limit: { context: 256000, output: 128000 },
      },
      {
        // One tier at 200K with a cache write: `context_over_200k` carries it too.
        id: 'claude-sonnet-4-6',
        cost: {
          input: 3.0,
          output: 15.0,
          cache_read: 0.3,
          cache_write: 3.75,
          context_tiers: [
            {
              min_context_tokens: 200000,
              input: 6.0,
              output: 22.5,
              cache_read: 0.6,
              cache_write: 7.5,
            },
          ],
        },
        name: 'Claude Sonnet 4.6',
        family: 'claude-sonnet',
        release_date: '2026-02-17',
        last_updated: '2026-03-13',
        knowledge: '2025-08-31',
        modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
        attachment: true,
        reasoning: true,
        tool_call: true,
        structured_output: true,
        temperature: true,
        open_weights: false,
        limit: { context: 1000000, output: 64000 },
      },
    ],
  },
  {
    id: 'alibaba-cn',
    name: 'Alibaba (China)',
    api: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    doc: 'https://www.alibabacloud.com/help/en/model-studio/models',
    env: ['DASHSCOPE_API_KEY'],
    npm: '@ai-sdk/openai-compatible',
    model_count: 83,
    models: [
      {
        // One tier at 128K: `tiers`, and no `context_over_200k`.
        id: 'qwen3.7-plus',
        canonical_model: 'alibaba/qwen3.7-plus',
        cost: {
          input: 0.5,
          output: 3,
          cache_read: 0.05,
          cache_write: 0.625,
          context_tiers: [
            {
              min_context_tokens: 128000,
              input: 2,
              output: 6,
              cache_read: 0.2,
              cache_write: 2.5,
            },
          ],
        },
        name: 'Qwen3.7 Plus',
        family: 'qwen',
        release_date: '2026-06-02',
        last_updated: '2026-06-02',
        knowledge: '2025-04',
        modalities: { input: ['text', 'image'], output: ['text'] },
        attachment: false,
        reasoning: true,
        tool_call: true,
        temperature: true,
        open_weights: false,
        limit: { context: 1000000, output: 64000 },
      },
    ],
  },
];

// The same providers and models as models.dev's generator writes them into api.json at
// anomalyco/models.dev f3fc692 (`generateCatalog()` run on that tree, `packages/web/script/build.ts:77`),
// copied from its output in key order. Only the models listed above are kept.
export const GENERATED = {
  openai: {
    id: 'openai',
    env: ['OPENAI_API_KEY'],
    npm: '@ai-sdk/openai',
    name: 'OpenAI',
    doc: 'https://platform.openai.com/docs/models',
    models: {
      'gpt-5.4': {
        id: 'gpt-5.4',
        name: 'GPT-5.4',
        family: 'gpt',
        attachment: true,
        reasoning: true,
        reasoning_options: [{ type: 'effort', values: ['none', 'low', 'medium', 'high', 'xhigh'] }],
        tool_call: true,
        structured_output: true,
        temperature: false,
        knowledge: '2025-08-31',
        release_date: '2026-03-05',
        last_updated: '2026-03-05',
        modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
        open_weights: false,
        limit: { context: 1050000, input: 922000, output: 128000 },
        experimental: {
          modes: {
            fast: {
              cost: { input: 5, output: 30, cache_read: 0.5 },
              provider: { body: { service_tier: 'priority' } },
            },
          },
        },
        cost: {
          input: 2.5,
          output: 15,
          cache_read: 0.25,
          tiers: [
            { input: 5, output: 22.5, cache_read: 0.5, tier: { type: 'context', size: 272000 } },
          ],
          context_over_200k: { input: 5, output: 22.5, cache_read: 0.5 },
        },
      },
    },
  },
  aihubmix: {
    id: 'aihubmix',
    env: ['AIHUBMIX_API_KEY'],
    npm: '@aihubmix/ai-sdk-provider',
    name: 'AIHubMix',
    doc: 'https://docs.aihubmix.com',
    models: {
      'doubao-seed-2-0-pro': {
        id: 'doubao-seed-2-0-pro',
        name: 'Doubao Seed 2.0 Pro',
        family: 'seed',
        attachment: true,
        reasoning: true,
        reasoning_options: [
          { type: 'toggle' },
          { type: 'effort', values: ['minimal', 'low', 'medium', 'high'] },
        ],
        tool_call: true,
        interleaved: { field: 'reasoning_content' },
        structured_output: true,
        temperature: true,
        release_date: '2026-02-14',
        last_updated: '2026-02-14',
        modalities: { input: ['text', 'image', 'video'], output: ['text'] },
        open_weights: false,
        limit: { context: 256000, output: 128000 },
        cost: {
          input: 0.48,
          output: 2.41,
          cache_read: 0.09644,
          tiers: [
            {
              input: 0.72,
              output: 3.62,
              cache_read: 0.144656,
              tier: { type: 'context', size: 32000 },
            },
            {
              input: 1.45,
              output: 7.23,
              cache_read: 0.28932,
              tier: { type: 'context', size: 128000 },
            },
          ],
        },
      },
      'claude-sonnet-4-6': {
        id: 'claude-sonnet-4-6',
        name: 'Claude Sonnet 4.6',
        family: 'claude-sonnet',
        attachment: true,
        reasoning: true,
        reasoning_options: [
          { type: 'toggle' },
          { type: 'effort', values: ['low', 'medium', 'high', 'max'] },
          { type: 'budget_tokens', min: 1024 },
        ],
        tool_call: true,
        interleaved: true,
        structured_output: true,
        temperature: true,
        knowledge: '2025-08-31',
        release_date: '2026-02-17',
        last_updated: '2026-03-13',
        modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
        open_weights: false,
        limit: { context: 1000000, output: 64000 },
        cost: {
          input: 3,
          output: 15,
          cache_read: 0.3,
          cache_write: 3.75,
          tiers: [
            {
              input: 6,
              output: 22.5,
              cache_read: 0.6,
              cache_write: 7.5,
              tier: { type: 'context', size: 200000 },
            },
          ],
          context_over_200k: { input: 6, output: 22.5, cache_read: 0.6, cache_write: 7.5 },
        },
      },
    },
  },
  'alibaba-cn': {
    id: 'alibaba-cn',
    env: ['DASHSCOPE_API_KEY'],
    npm: '@ai-sdk/openai-compatible',
    api: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    name: 'Alibaba (China)',
    doc: 'https://www.alibabacloud.com/help/en/model-studio/models',
    models: {
      'qwen3.7-plus': {
        id: 'qwen3.7-plus',
        name: 'Qwen3.7 Plus',
        family: 'qwen',
        attachment: false,
        reasoning: true,
        reasoning_options: [{ type: 'toggle' }, { type: 'budget_tokens', max: 262144 }],
        tool_call: true,
        temperature: true,
        knowledge: '2025-04',
        release_date: '2026-06-02',
        last_updated: '2026-06-02',
        modalities: { input: ['text', 'image'], output: ['text'] },
        open_weights: false,
        limit: { context: 1000000, output: 64000 },
        cost: {
          input: 0.5,
          output: 3,
          cache_read: 0.05,
          cache_write: 0.625,
          tiers: [
            {
              input: 2,
              output: 6,
              cache_read: 0.2,
              cache_write: 2.5,
              tier: { type: 'context', size: 128000 },
            },
          ],
        },
      },
    },
  },
};
