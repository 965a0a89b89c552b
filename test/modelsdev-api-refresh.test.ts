/**
 * A refresh from models.dev's live api.json, built from our snapshot by the generator's rules
 * (test/helpers/modelsdev-api.ts): its plan must be the plan from the snapshot the data was
 * imported from, and reading context_over_200k as a 200K tier must show up in it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import type { ProviderRecord } from '../src/schemas/records.ts';
import type { RefreshState } from '../src/schemas/refresh-state.ts';
import { plan } from '../src/refresh/plan/plan.ts';
import type { Plan } from '../src/refresh/plan/types.ts';
import { readModelsDevApi } from '../src/sources/modelsdev.ts';
import type { SourceEntry } from '../src/sources/types.ts';
import { modelsDevApi } from './helpers/modelsdev-api.ts';
import { snapshot, snapshotJson } from './helpers/modelsdev-samples.ts';

type Json = Record<string, unknown>;

const TODAY = '2026-11-24';
const { ref, asOf } = snapshot;

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
