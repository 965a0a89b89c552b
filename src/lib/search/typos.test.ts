import { describe, expect, it } from 'vitest';
import { catalog, model } from '../../../test/helpers/catalog.ts';
import { correctQuery, correctWord, editDistance, vocabulary } from './typos.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('gemni', 'gemini', 2)).toBe(1);
    expect(editDistance('cluade', 'claude', 2)).toBe(1);
    expect(editDistance('mistrl', 'mistral', 2)).toBe(1);
    expect(editDistance('gemma', 'gemini', 2)).toBe(3);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
    // Stops early past the limit.
    expect(editDistance('anthropic', 'qwen', 2)).toBe(3);
  });
});

describe('correcting a query', () => {
  const built = catalog(
    [
      model('gemini-2.5-flash', { name: 'Gemini 2.5 Flash', family: 'gemini-2.5' }),
      model('gemini-3-pro', { name: 'Gemini 3 Pro', family: 'gemini-3' }),
      model('gemma-3', { name: 'Gemma 3 27B', family: 'gemma-3' }),
      model('claude-haiku', { name: 'Claude Haiku 4.5', family: 'claude-haiku' }),
    ],
    [],
  );
  const vocab = vocabulary(built);

  it('holds the words of names, families and the words search reads, commonest first', () => {
    expect(vocab[0]).toBe('gemini');
    expect(vocab).toEqual(expect.arrayContaining(['claude', 'haiku', 'flash', 'cheapest']));
    // Numbers and two-letter words are no words to correct to.
    expect(vocab).not.toContain('27b');
  });

  it('corrects an unknown word to the nearest known one, within one or two letters', () => {
    expect(correctWord('gemni', vocab)).toBe('gemini');
    expect(correctWord('Cluade', vocab)).toBe('claude');
    expect(correctWord('cheapset', vocab)).toBe('cheapest');
    // Known words, filler, short words and words far from any name stay as typed.
    expect(correctWord('gemma', vocab)).toBeUndefined();
    expect(correctWord('model', vocab)).toBeUndefined();
    expect(correctWord('gem', vocab)).toBeUndefined();
    expect(correctWord('zebra', vocab)).toBeUndefined();
    // A name half typed, or with an ending, is no mistake.
    expect(correctWord('gemin', vocab)).toBeUndefined();
    expect(correctWord('haikus', vocab)).toBeUndefined();
  });

  it('corrects every word of a query and keeps the rest as typed', () => {
    expect(correctQuery('gemni 2.5 flsh', vocab)).toBe('gemini 2.5 flash');
    expect(correctQuery('gemini 2.5 flash', vocab)).toBeUndefined();
  });
});
