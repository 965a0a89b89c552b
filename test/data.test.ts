import { describe, expect, it } from 'vitest';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';

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
