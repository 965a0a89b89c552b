import { describe, expect, it } from 'vitest';
import { benchmark, catalog, model, score } from '../../../test/helpers/catalog.ts';
import { fittingBenchmarks } from './intents.ts';
import { readQuery, retiredLeftOut, searchOptions } from './query.ts';
import { readings, readingText, withoutPhrases } from './reading.ts';
import { CODING, forCode, REASONING, searchTags } from './tags.ts';

const label = (sort: string) =>
  sort === 'price' ? 'Cheapest input first' : sort === 'context' ? 'Largest context first' : sort;

describe('readQuery, what a model makes', () => {
  it('reads "image generation" and its kin as image output, not image input', () => {
    for (const q of ['image generation', 'generate images', 'text-to-image model', 'makes images'])
      expect(readQuery(q), q).toMatchObject({ text: null, filters: { output: 'image' } });
    expect(readQuery('image generation').filters.input).toBeUndefined();
    // An image alone is still what a model reads.
    expect(readQuery('image model').filters).toEqual({ input: 'image' });
  });

  it('reads "text to speech" as audio output and "transcription" as audio input', () => {
    for (const q of ['text to speech', 'tts', 'speech generation', 'text-to-speech model'])
      expect(readQuery(q), q).toMatchObject({ text: null, filters: { output: 'audio' } });
    for (const q of ['transcription', 'speech to text', 'transcribe audio'])
      expect(readQuery(q).filters, q).toMatchObject({ input: 'audio' });
    expect(readQuery('gemini 2.5 flash tts')).toMatchObject({
      text: 'gemini 2.5 flash',
      filters: { output: 'audio' },
    });
  });
});

describe('readQuery, reasoning, coding, context and status', () => {
  it('reads "cheapest reasoning model" as reasoning models, cheapest first', () => {
    expect(readQuery('cheapest reasoning model')).toEqual({
      text: null,
      filters: { reasoning: REASONING.yes },
      sort: 'price',
      understood: ['cheapest', 'reasoning'],
    });
    // Names that hold the word are names.
    expect(readQuery('phi-4-reasoning').understood).toEqual([]);
    expect(readQuery('grok 4.20 non-reasoning').understood).toEqual([]);
  });

  it('reads coding as a filter, but not "coder" or "code", which name models', () => {
    expect(readQuery('cheapest coding model')).toMatchObject({
      text: null,
      filters: { coding: CODING },
      sort: 'price',
    });
    expect(readQuery('qwen coder').understood).toEqual([]);
    expect(readQuery('kimi k2.7 code').understood).toEqual([]);
  });

  it('reads a context size as the band at least that large', () => {
    expect(readQuery('1M context').filters).toEqual({ minctx: '1M tokens or more' });
    expect(readQuery('200k context window cheapest')).toMatchObject({
      text: null,
      filters: { minctx: '200K tokens or more' },
      sort: 'price',
    });
    // 150K is no band: the next larger one, so every model shown has the room asked for.
    expect(readQuery('context of 150k tokens').filters).toEqual({ minctx: '200K tokens or more' });
    expect(readQuery('gpt 4o mini').understood).toEqual([]);
  });

  it('reads "retired" as retired models only, and "including retired" as keeping them', () => {
    expect(readQuery('retired gpt')).toMatchObject({ text: 'gpt', filters: { status: 'retired' } });
    expect(readQuery('cheapest model including retired')).toMatchObject({
      text: null,
      filters: { status: 'all' },
      sort: 'price',
    });
    expect(readQuery('deprecated openai').filters).toEqual({ status: 'deprecated' });
  });

  it('lets a question about quality take the skill: "best reasoning model" is a sort alone', () => {
    const built = catalog(
      [model('a', { scores: [score('logic', 50)] }), model('b', { scores: [score('code', 40)] })],
      [],
      [benchmark('logic', { category: 'reasoning' }), benchmark('code')],
    );
    const intents = fittingBenchmarks(built);
    expect(readQuery('best reasoning model', intents)).toMatchObject({
      filters: {},
      sort: 'score-logic',
      understood: ['best', 'reasoning'],
    });
    expect(readQuery('best model for code', intents)).toMatchObject({
      filters: {},
      sort: 'score-code',
    });
  });
});

describe('searchOptions', () => {
  it('leaves retired models out of a sorted list unless a status is chosen', () => {
    expect(searchOptions({ input: 'image' }, 'price')).toEqual({
      filters: { input: 'image', status: { any: ['active', 'preview', 'deprecated'] } },
      sort: { price: 'asc' },
    });
    expect(retiredLeftOut({}, 'price')).toBe(true);
    expect(searchOptions({ status: 'all' }, 'context')).toEqual({
      filters: {},
      sort: { context: 'desc' },
    });
    expect(searchOptions({ status: 'retired' }, 'price').filters).toEqual({ status: 'retired' });
    // A search by name lists them, marked, after the models still sold.
    expect(searchOptions({}, '')).toEqual({ filters: {} });
    expect(retiredLeftOut({}, '')).toBe(false);
    // Retired models carry no scores: no choice of status brings them into a benchmark's order.
    expect(retiredLeftOut({}, 'score-gpqa-diamond')).toBe(false);
  });
});

describe('readings', () => {
  it('names each reading in plain words, with the phrases that asked for it', () => {
    const read = readQuery('cheapest image generation open weights model');
    expect(readings(read, label)).toEqual([
      { key: 'output', words: 'makes images', phrases: ['image generation'] },
      { key: 'weights', words: 'open weights', phrases: ['open weights'] },
      { key: 'sort', words: 'cheapest input first', phrases: ['cheapest'] },
    ]);
    expect(readingText(read, label)).toBe(
      'Read “image generation”, “cheapest”, “open weights” as: makes images, open weights, cheapest input first.',
    );
    expect(readings(readQuery('1m context'), label)).toEqual([
      { key: 'minctx', words: 'context of 1M tokens or more', phrases: ['1m context'] },
    ]);
  });

  it('drops a reading by taking its phrases out of the query as typed', () => {
    expect(withoutPhrases('Cheapest  vision model', ['cheapest'])).toBe('vision model');
    expect(withoutPhrases('text-to-speech, cheap', ['text to speech'])).toBe(', cheap');
    // A phrase inside a longer word is left alone.
    expect(withoutPhrases('cheapestish cheapest', ['cheapest'])).toBe('cheapestish');
  });
});

describe('a result’s status words, and forCode', () => {
  it('says a deprecated model’s shutdown date and a retired model’s last day', () => {
    const state = (fields: Parameters<typeof model>[1]) =>
      searchTags(catalog([model('m', fields)], []).models[0] ?? never()).meta['state'];
    expect(state({ status: 'deprecated', retired: '2027-01-14' })).toBe(
      'Deprecated, shuts down 14 Jan 2027',
    );
    expect(state({ status: 'deprecated' })).toBe('Deprecated, no shutdown date announced');
    expect(state({ status: 'retired', retired: '2025-06-30' })).toBe('Retired 30 Jun 2025');
    expect(state({ status: 'active' })).toBe('');
  });

  it('counts a model as for code by its name or a coding score', () => {
    const coding = new Set(['swe']);
    expect(forCode({ name: 'Qwen3-Coder Plus', family: 'qwen3' }, coding)).toBe(true);
    expect(forCode({ name: 'Devstral 2', family: 'devstral' }, coding)).toBe(true);
    expect(forCode({ name: 'X', family: 'x', scores: [score('swe', 10)] }, coding)).toBe(true);
    expect(forCode({ name: 'X', family: 'x', scores: [score('mmlu', 10)] }, coding)).toBe(false);
  });
});

function never(): never {
  throw new Error('the catalog lost its one model');
}
