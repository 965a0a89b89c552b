/**
 * models.dev's live api.json: the fixture built from our snapshot by the generator's rules
 * (test/helpers/modelsdev-api.ts), and what `readModelsDevApi` makes of it. The expected entries
 * below (test/helpers/modelsdev-samples.ts) are models.dev's own generator output, not our idea of
 * it. That the refresh plan from the built api.json is the plan from the snapshot is tested in
 * modelsdev-api-refresh.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readModelsDev, readModelsDevApi } from '../src/sources/modelsdev.ts';
import type { SourceEntry } from '../src/sources/types.ts';
import { modelsDevApi } from './helpers/modelsdev-api.ts';
import {
  GENERATED,
  SNAPSHOT_PROVIDERS,
  snapshot,
  snapshotJson,
} from './helpers/modelsdev-samples.ts';

type Json = Record<string, unknown>;

const { ref, asOf } = snapshot;

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
