import { describe, expect, it } from 'vitest';
import { model, offer, provider } from '../../test/helpers/catalog.ts';
import { loadData } from '../data/load.ts';
import { proseNamingProviders } from './prose-providers.ts';

const creators = [{ name: 'OpenAI' }, { name: 'Z.ai (Zhipu AI)' }, { name: 'Acme' }];

describe('proseNamingProviders', () => {
  const astra = model('astra', {
    creator: 'openai',
    key_features: ['Available through OpenAI, Azure and Amazon Bedrock'],
    summary: "OpenAI's top model, built together with partners; Z.ai's rival.",
  });
  const providers = [
    provider('openai', [offer('astra', 1, 2)], { name: 'OpenAI', kind: 'first-party' }),
    provider('azure-openai', [offer('other', 1, 2)], {
      name: 'Microsoft Azure (OpenAI and Foundry Models)',
      kind: 'cloud',
    }),
    provider('amazon-bedrock', [], { name: 'Amazon Bedrock', kind: 'cloud' }),
    provider('togetherai', [], { name: 'Together AI' }),
    provider('zai', [], { name: 'Z.ai', kind: 'first-party' }),
  ];

  it('flags each provider the prose names that has no offer of the model', () => {
    const found = proseNamingProviders({ models: [astra], providers, creators });
    expect(found).toEqual([
      {
        where: 'models/openai/astra',
        message:
          'key_features[0] names "Azure", but Microsoft Azure (OpenAI and Foundry Models) has no offer of this model here',
      },
      {
        where: 'models/openai/astra',
        message:
          'key_features[0] names "Amazon Bedrock", but Amazon Bedrock has no offer of this model here',
      },
    ]);
  });

  it('passes a provider that sells it or once did, a maker, and plain words', () => {
    const served = providers.map((p) =>
      p.id === 'amazon-bedrock' || p.id === 'azure-openai'
        ? { ...p, offers: [offer('astra', 1, 2, { withdrawn: '2026-10-01' })] }
        : p,
    );
    expect(proseNamingProviders({ models: [astra], providers: served, creators })).toEqual([]);
  });
});

describe('the real catalog', () => {
  it('holds every finding to the YAML: the provider named has no offer of the model', async () => {
    const { data } = await loadData('data');
    const found = proseNamingProviders(data);
    const offered = new Set(
      data.providers.flatMap((p) => p.offers.map((o) => `${p.name}\u0000${o.model}`)),
    );
    for (const f of found) {
      const id = f.where.split('/').at(-1) ?? '';
      const named = /but (.+) has no offer/.exec(f.message)?.[1] ?? '';
      expect(offered.has(`${named}\u0000${id}`), `${f.where}: ${f.message}`).toBe(false);
    }
    // GPT-6 Astra's features name only the provider that sells it.
    const astra = data.models.find((m) => m.id === 'gpt-6-astra');
    const sellers = data.providers.filter((p) => p.offers.some((o) => o.model === 'gpt-6-astra'));
    expect(sellers.map((p) => p.name)).toEqual(['OpenAI']);
    expect(astra?.key_features?.join(' ')).not.toMatch(/Azure|Bedrock/);
    expect(found.filter((f) => f.where.endsWith('/gpt-6-astra'))).toEqual([]);
  });
});
