import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/load.ts';
import type { ModelRecord, ProviderRecord } from '../schemas/records.ts';
import type { SourceEntry } from '../sources/types.ts';
import { checkQuality } from './check.ts';

const model = (id: string, extra: Partial<ModelRecord> = {}) =>
  ({
    id,
    creator: 'openai',
    name: id,
    family: 'x',
    tier: 'balanced',
    released: '2025-01-01',
    context_window: 128000,
    modalities: { input: ['text'], output: ['text'] },
    capabilities: {},
    open_weights: false,
    status: 'active',
    ...extra,
  }) as ModelRecord;

const provider: ProviderRecord = {
  id: 'acme',
  name: 'Acme',
  url: 'https://acme.example',
  pricing_url: 'https://acme.example/pricing',
  kind: 'inference-platform',
  sources: { litellm: 'acme' },
  offers: [
    {
      model: 'm1',
      provider_model_id: 'm1',
      price: { input: 1, output: 2 },
      updated: '2026-07-02',
      source: 'modelsdev@f3fc692',
    },
    {
      model: 'm2',
      provider_model_id: 'm2',
      price: { input: 1, output: 2 },
      updated: '2026-08-01',
      source: 'https://acme.example/pricing',
    },
    {
      model: 'm3',
      provider_model_id: 'm3',
      price: { input: 20, output: 1, cached_input: 30 },
      updated: '2026-11-20',
      source: 'https://acme.example/pricing',
    },
  ],
};

const entry = (id: string, input: number, output: number): SourceEntry => ({
  source: 'litellm',
  ref: 'litellm@00035b69',
  asOf: '2026-07-18',
  provider: 'acme',
  id,
  price: { input, output },
});

const data: AtlasData = {
  creators: [],
  models: [model('m1'), model('m2'), model('m3', { aliases: ['m1'] }), model('lonely')],
  providers: [provider],
  benchmarks: [],
  evaluators: [],
  refreshState: undefined,
  files: new Map(),
};

const report = checkQuality(
  data,
  [
    entry('m1', 1.5, 2.01),
    entry('m2', 1.5, 2),
    entry('m3', 20, 1),
    { ...entry('m1', 3, 3), provider: 'other' },
  ],
  { today: '2026-11-24', staleDays: 45, tolerance: 0.01 },
);

describe('checkQuality', () => {
  it('reports a price more than 1% off an older-dated snapshot, not one within 1%', () => {
    expect(report.disagreements).toEqual([
      {
        where: 'acme: m1',
        message:
          'input 1 here (modelsdev@f3fc692, 2026-07-02), 1.5 in litellm@00035b69 (2026-07-18) as m1',
      },
    ]);
  });

  it('counts a difference as explained when our price is dated after the snapshot', () => {
    expect(report.superseded.map((f) => f.where)).toEqual(['acme: m2']);
  });

  it("counts a difference as explained when the offer's note names the snapshot it sets aside", () => {
    const [m1, ...rest] = provider.offers;
    if (!m1) throw new Error('m1');
    const noted = { ...m1, note: 'litellm@00035b69 says 1.5, taken as a slip: the page says 1.' };
    const again = checkQuality(
      { ...data, providers: [{ ...provider, offers: [noted, ...rest] }] },
      [entry('m1', 1.5, 2.01), entry('m2', 1.5, 2), entry('m3', 20, 1)],
      { today: '2026-11-24', staleDays: 45, tolerance: 0.01 },
    );
    expect(again.disagreements).toEqual([]);
    expect(again.superseded.map((f) => f.where)).toContain('acme: m1');
    expect(again.agreement.get('litellm')?.older).toBe(0);
  });

  it('counts, per source, the offers it also prices that agree, differ, or are older here', () => {
    // m1 is dated before LiteLLM's snapshot and off by 50% (older here); m2 is off but dated after
    // it (differs); m3 matches. The entry for another provider is no witness of ours.
    expect(report.agreement.get('litellm')).toEqual({ agree: 1, differ: 1, older: 1 });
    expect(report.agreement.get('modelsdev')).toEqual({ agree: 0, differ: 0, older: 0 });
  });

  it('flags stale offers, suspicious values, contradictions and models without offers', () => {
    expect(report.stale.map((f) => f.where)).toEqual(['acme: m1', 'acme: m2']);
    expect(report.suspicious.map((f) => f.message)).toEqual([
      'output (1) is at least 10× cheaper than input (20)',
      'cached input (30) costs more than input (20)',
    ]);
    expect(report.errors).toEqual([{ where: 'aliases', message: '"m1" names both m1 and m3' }]);
    expect(report.noOffers).toEqual(['openai/lonely']);
    expect(report.unlistedProviders.get('m1')).toEqual(['litellm:other']);
    expect(report.coverage).toMatchObject({
      models: 4,
      offers: 3,
      modelsWithTwoOrMoreProviders: 0,
    });
  });
});
