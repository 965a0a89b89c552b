import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';
import { checkQuality } from '../src/quality/check.ts';
import { loadReference } from '../src/sources/reference.ts';
import { ModelIndex } from '../src/import/match.ts';
import { sourceOf } from '../src/schemas/fact-sources.ts';

describe('the data folder', () => {
  it('is valid: every file, every reference', async () => {
    // ATLAS_DATA_DIR, when set, points this at another folder.
    const { problems } = await loadData(dataDir());
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('the published catalog in data/', async () => {
  const { data } = await loadData('data');
  const provider = (id: string) => data.providers.find((p) => p.id === id);

  it('covers the founding creators and providers', () => {
    expect(data.creators.map((c) => c.id)).toEqual(
      expect.arrayContaining(['openai', 'anthropic', 'google', 'meta', 'mistral', 'deepseek']),
    );
    expect(data.providers.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'openai',
        'azure-openai',
        'anthropic',
        'google-gemini',
        'amazon-bedrock',
        'openrouter',
      ]),
    );
    expect(data.models.length).toBeGreaterThanOrEqual(10);
  });

  it('reaches the coverage the catalog promises', () => {
    const served = new Map<string, number>();
    for (const p of data.providers)
      for (const o of p.offers) served.set(o.model, (served.get(o.model) ?? 0) + 1);
    expect(data.models.length).toBeGreaterThanOrEqual(300);
    expect(data.creators.length).toBeGreaterThanOrEqual(25);
    expect(data.providers.length).toBeGreaterThanOrEqual(20);
    expect([...served.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(40);
    for (const kind of ['first-party', 'cloud', 'inference-platform', 'aggregator']) {
      expect(data.providers.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('carries every model OpenRouter listed from July 2026 on, each with an offer', () => {
    // reference/openrouter/models-2026-08-01.json: `created` is the day OpenRouter listed a model.
    const list = JSON.parse(
      readFileSync('reference/openrouter/models-2026-08-01.json', 'utf8'),
    ) as { data: { id: string; created: number }[] };
    const since = Date.parse('2026-07-01T00:00:00Z') / 1000;
    const recent = new Set(list.data.filter((m) => m.created >= since).map((m) => m.id));
    const index = new ModelIndex(data.models);
    const offered = new Set(data.providers.flatMap((p) => p.offers.map((o) => o.model)));
    const missing = loadReference()
      .entries.filter((e) => e.source === 'openrouter' && recent.has(e.id))
      // Routers and free tiers are not models: OpenRouter's own routers, ~latest aliases, :free.
      .filter((e) => !/^(openrouter\/|~)|:free$/.test(e.id))
      .filter((e) => {
        const model = index.match(e)?.model;
        return model === undefined || !offered.has(model);
      })
      .map((e) => e.id);
    expect(recent.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('records at least 40 dated price changes, most on the public day of the change, each past price with its source', () => {
    const history = data.providers.flatMap((p) =>
      p.offers.flatMap((o) =>
        (o.history ?? []).map((h) => ({ ...h, where: `${p.id}: ${o.model}` })),
      ),
    );
    expect(history.length).toBeGreaterThanOrEqual(40);
    // Most with the public day of the change; the rest say they carry only the day a dated source
    // first showed the new price (observed), and the pages say "by" that day.
    expect(history.filter((h) => h.observed !== true).length).toBeGreaterThanOrEqual(30);
    expect(history.filter((h) => h.source === undefined).map((h) => h.where)).toEqual([]);
  });

  it('has editorial text for at least 60 models; open weights name a sourced licence, or say why not', () => {
    const written = data.models.filter(
      (m) =>
        m.summary &&
        m.description?.includes('\n\n') &&
        m.key_features?.length &&
        m.use_cases?.length,
    );
    expect(written.length).toBeGreaterThanOrEqual(60);
    const open = data.models.filter((m) => m.open_weights);
    // A licence given is a sourced fact; one left out is explained in a comment of the file.
    expect(open.filter((m) => m.license && !sourceOf(m, 'license')).map((m) => m.id)).toEqual([]);
    const unexplained = open.filter((m) => {
      if (m.license) return false;
      const text = readFileSync(path.join(dataDir(), 'models', m.creator, `${m.id}.yaml`), 'utf8');
      return !text.split('\n').some((l) => l.startsWith('#') && /licen[cs]e/i.test(l));
    });
    expect(unexplained.map((m) => m.id)).toEqual([]);
    expect(open.filter((m) => m.license).length).toBeGreaterThan(open.length * 0.9);
  });

  it('lists gpt-4o-mini at every snapshot provider that prices it, and agrees with the snapshots', () => {
    const report = checkQuality(data, loadReference().entries, {
      today: '2026-11-24',
      staleDays: 45,
      tolerance: 0.01,
    });
    expect(report.unlistedProviders.get('gpt-4o-mini') ?? []).toEqual([]);
    // Every difference from a source is explained by a newer dated price here.
    expect(report.disagreements).toEqual([]);
    for (const source of ['openrouter', 'litellm', 'modelsdev', 'genai-prices'] as const) {
      expect(report.agreement.get(source)?.older).toBe(0);
    }
    expect(report.errors).toEqual([]);
    expect(report.noOffers).toEqual([]);
  });

  it('offers gpt-4o-mini from OpenAI at $0.15 in and $0.60 out, and from other providers', () => {
    const offer = provider('openai')?.offers.find((o) => o.model === 'gpt-4o-mini');
    expect(offer?.price).toMatchObject({ input: 0.15, output: 0.6 });
    const sellers = data.providers
      .filter((p) => p.offers.some((o) => o.model === 'gpt-4o-mini'))
      .map((p) => p.id);
    expect(sellers.length).toBeGreaterThanOrEqual(2);
  });

  it('gives every model at least one offer', () => {
    const offered = new Set(data.providers.flatMap((p) => p.offers.map((o) => o.model)));
    expect(data.models.filter((m) => !offered.has(m.id)).map((m) => m.id)).toEqual([]);
  });
});
