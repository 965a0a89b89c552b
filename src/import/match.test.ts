import { describe, expect, it } from 'vitest';
import { ModelIndex, normalizeModelId } from './match.ts';

describe('normalizeModelId', () => {
  it('drops route prefixes, Bedrock region and vendor prefixes and revision suffixes', () => {
    expect(normalizeModelId('meta-llama/Llama-3.3-70B-Instruct-Turbo')).toBe(
      'llama-3.3-70b-instruct-turbo',
    );
    expect(normalizeModelId('us.meta.llama3-3-70b-instruct-v1:0')).toBe('llama3-3-70b-instruct');
    expect(normalizeModelId('openai.gpt-oss-20b-1:0')).toBe('gpt-oss-20b');
    expect(normalizeModelId('accounts/fireworks/models/gpt-oss-20b')).toBe('gpt-oss-20b');
    expect(normalizeModelId('amazon/nova-lite-v1')).toBe('nova-lite');
  });

  it('keeps a later version that is part of the name', () => {
    expect(normalizeModelId('kwaipilot/kat-coder-pro-v2')).toBe('kat-coder-pro-v2');
    expect(normalizeModelId('kwaipilot/kat-coder-pro-v1')).toBe('kat-coder-pro');
    expect(normalizeModelId('nvidia.nemotron-nano-9b-v2:0')).toBe('nemotron-nano-9b-v2');
    expect(normalizeModelId('nvidia/nemotron-nano-9b-v2')).toBe('nemotron-nano-9b-v2');
  });

  it('keeps dots that belong to the name and suffixes that change the offer', () => {
    expect(normalizeModelId('gpt-4.1')).toBe('gpt-4.1');
    expect(normalizeModelId('google/gemma-4-31b-it:free')).toBe('gemma-4-31b-it:free');
  });
});

describe('ModelIndex', () => {
  const index = new ModelIndex([
    { id: 'llama-3.3-70b', aliases: ['llama-3.3-70b-versatile', 'llama3-3-70b-instruct'] },
    { id: 'claude-opus-4.8', aliases: ['claude-opus-4-8'] },
  ]);

  it('finds a model by its id or any listed alias, however the provider spells it', () => {
    expect(index.lookup('groq/llama-3.3-70b-versatile')).toBe('llama-3.3-70b');
    expect(index.lookup('meta.llama3-3-70b-instruct-v1:0')).toBe('llama-3.3-70b');
    expect(index.lookup('llama-3.3-70b-instruct')).toBeUndefined(); // nobody listed it
  });

  it("prefers a source's canonical link, and says whether the entry's own id agrees", () => {
    expect(index.match({ id: 'claude-opus-4-8', canonical: 'anthropic/claude-opus-4-8' })).toEqual({
      model: 'claude-opus-4.8',
      exact: true,
    });
    expect(index.match({ id: 'opus-latest', canonical: 'anthropic/claude-opus-4-8' })).toEqual({
      model: 'claude-opus-4.8',
      exact: false,
    });
  });

  it('reports an alias that two models claim instead of picking one', () => {
    const clash = new ModelIndex([
      { id: 'a', aliases: ['shared'] },
      { id: 'b', aliases: ['shared'] },
    ]);
    expect(clash.clashes).toEqual(['"shared" names both a and b']);
  });
});
