/**
 * models.dev's live api.json: the fixture built from our snapshot by the generator's rules
 * (test/helpers/modelsdev-api.ts), and what `readModelsDevApi` makes of it. The expected entries
 * below are models.dev's own generator output, not our idea of it, and the refresh plan from the
 * built api.json must be the plan from the snapshot the data was imported from.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import type { ProviderRecord } from '../src/schemas/records.ts';
import type { RefreshState } from '../src/schemas/refresh-state.ts';
import { plan } from '../src/refresh/plan/plan.ts';
import type { Plan } from '../src/refresh/plan/types.ts';
import { readModelsDev, readModelsDevApi } from '../src/sources/modelsdev.ts';
import type { SourceEntry } from '../src/sources/types.ts';
import { modelsDevApi } from './helpers/modelsdev-api.ts';

type Json = Record<string, unknown>;

const TODAY = '2026-11-24';
const snapshotJson = JSON.parse(readFileSync('reference/modelsdev-snapshot.json', 'utf8')) as Json;
const snapshot = readModelsDev(snapshotJson);
const { ref, asOf } = snapshot;

// Entries of reference/modelsdev-snapshot.json, copied as they are there.
const SNAPSHOT_PROVIDERS = [
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
const GENERATED = {
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

/** The generator's output without the model fields our snapshot does not carry. */
function withoutUncarried(api: Json): Json {
  const UNCARRIED = ['reasoning_options', 'interleaved', 'experimental', 'provider'];
  return Object.fromEntries(
    Object.entries(api).map(([id, p]) => {
      const provider = p as Json & { models: Record<string, Json> };
      const models = Object.entries(provider.models).map(([mid, m]) => [
        mid,
        Object.fromEntries(Object.entries(m).filter(([k]) => !UNCARRIED.includes(k))),
      ]);
      return [id, { ...provider, models: Object.fromEntries(models) }];
    }),
  );
}

const byKey = (entries: SourceEntry[]) => new Map(entries.map((e) => [`${e.provider}/${e.id}`, e]));

/** How many entries have a long-context price, by threshold. */
function thresholds(entries: SourceEntry[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const e of entries) {
    const t = e.price.long_context?.threshold;
    if (t != null) counts[t] = (counts[t] ?? 0) + 1;
  }
  return counts;
}

describe('modelsDevApi builds api.json as models.dev generates it', () => {
  it('gives tiers, and context_over_200k only for a single tier of 200K or more, as the generator does', () => {
    const built = modelsDevApi({ providers: SNAPSHOT_PROVIDERS });
    const expected = withoutUncarried(GENERATED);
    expect(built).toEqual(expected);
    // Key order too: the generator's file is JSON.stringify of zod's output, in schema order.
    expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
  });

  it('builds every provider and model of the snapshot', () => {
    const api = modelsDevApi(snapshotJson) as Record<string, { models: object }>;
    expect(Object.keys(api)).toHaveLength(147);
    expect(Object.values(api).reduce((n, p) => n + Object.keys(p.models).length, 0)).toBe(5276);
  });
});

describe('readModelsDevApi', () => {
  it('reads from the built api.json the prices readModelsDev reads from the snapshot, for every entry', () => {
    const live = readModelsDevApi(modelsDevApi(snapshotJson), ref, asOf);
    const want = byKey(snapshot.entries);
    const got = byKey(live);
    expect(got.size).toBe(5276);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, entry] of want) {
      // api.json publishes no canonical-model link; everything else is the same.
      expect(got.get(key), key).toEqual({ ...entry, canonical: undefined });
    }
    // The long-context prices, by threshold: 272K, 256K and 512K tiers are not 200K.
    expect(thresholds(live)).toEqual({
      32000: 4,
      128000: 2,
      200000: 103,
      256000: 36,
      272000: 42,
      512000: 3,
    });
  });

  it("ignores experimental modes' prices and reads the exact threshold from the tier", () => {
    const [entry, ...rest] = readModelsDevApi({ openai: GENERATED.openai }, ref, asOf);
    expect(rest).toEqual([]);
    expect(entry?.price).toEqual({
      input: 2.5,
      output: 15,
      cached_input: 0.25,
      long_context: { threshold: 272000, input: 5, output: 22.5, cached_input: 0.5 },
    });
  });

  it('takes the smallest context tier, in whatever order, and skips tiers of another type', () => {
    const tier = (type: string | undefined, size: number, input: number) => ({
      input,
      output: input * 2,
      tier: { ...(type && { type }), size },
    });
    const [entry] = readModelsDevApi(
      {
        p: {
          id: 'p',
          name: 'P',
          models: {
            m: {
              id: 'm',
              cost: {
                input: 1,
                output: 2,
                tiers: [
                  tier('context', 128000, 3),
                  tier('batch', 1000, 9),
                  tier(undefined, 32000, 2),
                ],
              },
            },
          },
        },
      },
      ref,
      asOf,
    );
    expect(entry?.price.long_context).toEqual({ threshold: 32000, input: 2, output: 4 });
  });

  it('reads an older api.json, from before tiers, with context_over_200k alone at 200K', () => {
    const [entry] = readModelsDevApi(
      {
        google: {
          id: 'google',
          name: 'Google',
          models: {
            'gemini-2.5-pro': {
              id: 'gemini-2.5-pro',
              cost: {
                input: 1.25,
                output: 10,
                cache_read: 0.125,
                context_over_200k: { input: 2.5, output: 15, cache_read: 0.25 },
              },
            },
          },
        },
      },
      ref,
      asOf,
    );
    expect(entry?.price).toEqual({
      input: 1.25,
      output: 10,
      cached_input: 0.125,
      long_context: { threshold: 200000, input: 2.5, output: 15, cached_input: 0.25 },
    });
  });
});

describe('readModelsDev', () => {
  it('takes the tier of the smallest min_context_tokens, not the first listed', () => {
    const { entries } = readModelsDev({
      commit: 'f3fc692299671838c7c65fd8126bf84d81a2e817',
      commit_date: '2026-07-02T00:40:28+08:00',
      providers: [
        {
          id: 'p',
          name: 'P',
          models: [
            {
              id: 'm',
              cost: {
                input: 1,
                output: 2,
                context_tiers: [
                  { min_context_tokens: 128000, input: 3, output: 6 },
                  { min_context_tokens: 32000, input: 2, output: 4 },
                ],
              },
            },
          ],
        },
      ],
      models: [],
    });
    expect(entries[0]?.price.long_context).toEqual({ threshold: 32000, input: 2, output: 4 });
  });
});

describe('a refresh from the api.json models.dev would serve at the snapshot commit', () => {
  let providers: readonly ProviderRecord[];
  let state: RefreshState | undefined;
  const planOf = (entries: SourceEntry[]): Plan =>
    plan({ providers, reads: [{ id: 'modelsdev', ok: true, entries }], state, today: TODAY });
  beforeAll(async () => {
    const { data, problems } = await loadData('data');
    expect(problems).toEqual([]);
    providers = data.providers;
    state = data.refreshState;
  });

  it('is the plan from the snapshot itself: no change, no conflict, every offer confirmed', () => {
    const fromApi = planOf(readModelsDevApi(modelsDevApi(snapshotJson), ref, asOf));
    const fromSnapshot = planOf(snapshot.entries);
    expect(fromApi.changes).toEqual([]);
    expect(fromApi.conflicts).toEqual([]);
    expect(fromApi.unlisted).toEqual([]);
    // The one refusal is in models.dev's own data (a cache read dearer than the input), and so in
    // both plans; the data leaves that cache price out on purpose.
    expect(fromApi.refusals).toEqual([
      {
        source: 'modelsdev',
        offer: { provider: 'cloudflare-ai-gateway', index: 14, model: 'gpt-3.5-turbo' },
        reason: 'cached_input 1.25 is dearer than input 0.5',
        before: { input: 0.5, output: 1.5 },
        after: { input: 0.5, output: 1.5, cached_input: 1.25 },
      },
    ]);
    expect(fromApi.confirmations.length).toBe(fromApi.checked - 1);
    expect(fromApi).toEqual(fromSnapshot);
  });

  it('would change long-context thresholds if context_over_200k were read as 200K: the check can fail', () => {
    const api = modelsDevApi(snapshotJson) as Record<string, { models: Record<string, Json> }>;
    for (const provider of Object.values(api)) {
      for (const model of Object.values(provider.models)) {
        const cost = model['cost'] as Json | undefined;
        if (cost) delete cost['tiers'];
      }
    }
    const { changes, refusals } = planOf(readModelsDevApi(api, ref, asOf));
    const moved = [...changes, ...refusals].filter(
      (c) => c.after?.long_context?.threshold !== c.before?.long_context?.threshold,
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const change of moved) {
      expect(change.after?.long_context?.threshold).toBe(200_000);
      expect(change.before?.long_context?.threshold).toBeGreaterThan(200_000);
    }
    // And the planner would not have taken any of them: a moved threshold waits for a person.
    expect(changes.filter((c) => moved.includes(c))).toEqual([]);
    expect(refusals.filter((r) => moved.includes(r)).map((r) => r.reason)).toEqual(
      moved.map(() => expect.stringMatching(/^long_context\.threshold: \d+ → 200000/)),
    );
  });
});
