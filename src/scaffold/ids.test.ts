import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../schemas/fields.ts';
import { nearIds, suggestId, unknownId } from './ids.ts';

describe('suggestId', () => {
  it('writes a display name as an id: lower case, dots kept, everything else a dash', () => {
    expect(suggestId('GPT-4o mini')).toBe('gpt-4o-mini');
    expect(suggestId('Claude Sonnet 4.5')).toBe('claude-sonnet-4.5');
    expect(suggestId('Llama 3.1 (405B) Instruct')).toBe('llama-3.1-405b-instruct');
    expect(suggestId('Mistral AI')).toBe('mistral-ai');
    expect(suggestId('Qwén3 — Max!')).toBe('qwen3-max');
    expect(suggestId('v. 2')).toBe('v-2');
    expect(suggestId('4..5')).toBe('4.5');
  });

  it('suggests nothing when no letter or digit is left', () => {
    expect(suggestId('')).toBeUndefined();
    expect(suggestId(' — ')).toBeUndefined();
  });

  it('only ever suggests a valid id', () => {
    for (const name of ['a.b-c', '.x.', '-', 'A_B', '1.0.0 beta', 'x--.--y'])
      expect(ID_PATTERN.test(suggestId(name) ?? 'none')).toBe(true);
  });
});

describe('hints towards existing ids', () => {
  const known = ['gpt-4o', 'gpt-4o-mini', 'claude-haiku-4.5'];

  it('names the closest id and those containing the word', () => {
    expect(nearIds('gpt-4', known)).toEqual(['gpt-4o', 'gpt-4o-mini']);
    expect(nearIds('haiku', known)).toEqual(['claude-haiku-4.5']);
    expect(nearIds('xyz', known)).toEqual([]);
  });

  it('lists every id when none is near and the list is short', () => {
    expect(unknownId('creator', 'data/creators/', 'xai', ['openai', 'anthropic'])).toBe(
      'no creator "xai" in data/creators/; known: anthropic, openai',
    );
    expect(unknownId('model', 'data/models/', 'gpt-4', known)).toBe(
      'no model "gpt-4" in data/models/; did you mean gpt-4o, gpt-4o-mini?',
    );
  });
});
