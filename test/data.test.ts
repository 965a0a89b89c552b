import { describe, expect, it } from 'vitest';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';
import { checkQuality } from '../src/quality/check.ts';
import { loadReference } from '../src/sources/reference.ts';

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
    expect(data.models.length).toBeGreaterThanOrEqual(150);
    expect(data.creators.length).toBeGreaterThanOrEqual(15);
    expect(data.providers.length).toBeGreaterThanOrEqual(20);
    expect([...served.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(40);
    for (const kind of ['first-party', 'cloud', 'inference-platform', 'aggregator']) {
      expect(data.providers.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has editorial text for at least 40 models, and open weights always name a licence', () => {
    const written = data.models.filter(
      (m) =>
        m.summary &&
        m.description?.includes('\n\n') &&
        m.key_features?.length &&
        m.use_cases?.length,
    );
    expect(written.length).toBeGreaterThanOrEqual(40);
    expect(data.models.filter((m) => m.open_weights && !m.license)).toEqual([]);
  });

  it('lists gpt-4o-mini at every snapshot provider that prices it, and agrees with the snapshots', () => {
    const report = checkQuality(data, loadReference().entries, {
      today: '2026-11-24',
      staleDays: 45,
      tolerance: 0.01,
    });
    expect(report.unlistedProviders.get('gpt-4o-mini') ?? []).toEqual([]);
    // data/ was reconciled with the snapshots of July and August. genai-prices 0.1.8 (2026-09-23)
    // is newer than most of it: each offer it prices differently is dated before it (check:data
    // names them all), and bringing them to it is the catalog's next update, not a contradiction.
    const genai = (f: { message: string }) => f.message.includes(' in genai-prices@');
    expect(report.disagreements.filter((f) => !genai(f))).toEqual([]);
    expect(report.agreement.get('genai-prices')?.differ).toBe(0);
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
