import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { nameMatch, pagefindOptions, rankHits, readQuery } from './query.ts';
import { searchNames, searchTags } from './tags.ts';

describe('readQuery', () => {
  it('reads "cheapest vision model" as image input, cheapest first, with no text left', () => {
    expect(readQuery('cheapest vision model')).toEqual({
      text: null,
      filters: { input: 'image' },
      sort: 'price',
      understood: ['cheapest', 'vision'],
    });
  });

  it('keeps the words that name a model and reads the rest', () => {
    expect(readQuery('Open weights Llama with tool calling')).toMatchObject({
      text: 'llama',
      filters: { tools: 'Tool calling', weights: 'Open weights' },
      sort: '',
    });
    expect(readQuery('longest context gemini')).toMatchObject({ text: 'gemini', sort: 'context' });
    expect(readQuery('flagship audio')).toMatchObject({
      text: null,
      filters: { tier: 'flagship', input: 'audio' },
    });
  });

  it('leaves a plain name alone, filler words and all', () => {
    expect(readQuery('  the best  Claude Haiku ')).toEqual({
      text: 'the best  Claude Haiku',
      filters: {},
      sort: '',
      understood: [],
    });
  });

  it('does not read a word that merely contains a keyword', () => {
    expect(readQuery('toolformer imagery').understood).toEqual([]);
  });
});

describe('pagefindOptions', () => {
  it('passes only the chosen filters, and the sort in its direction', () => {
    expect(pagefindOptions({ input: 'image', tier: '' }, 'price')).toEqual({
      filters: { input: 'image' },
      sort: { price: 'asc' },
    });
    expect(pagefindOptions({}, '')).toEqual({ filters: {} });
    expect(pagefindOptions({}, 'context').sort).toEqual({ context: 'desc' });
  });
});

describe('nameMatch', () => {
  it('scores the share of typed words in the name, and a name typed whole above all', () => {
    expect(nameMatch('gpt 4o', 'GPT-4o')).toBe(2);
    expect(nameMatch('gpt 4o', 'GPT-4o mini')).toBe(1);
    expect(nameMatch('4o mini', 'GPT-4o mini')).toBe(1);
    expect(nameMatch('claude haiku', 'Claude Sonnet 5')).toBe(0.5);
    expect(nameMatch('gpt4o mini', 'GPT-4o mini')).toBe(2);
  });

  it('counts an unfinished last word, but no other', () => {
    expect(nameMatch('claude hai', 'Claude Haiku 4.5')).toBe(1);
    expect(nameMatch('cla haiku', 'Claude Haiku 4.5')).toBe(0.5);
  });
});

describe('rankHits', () => {
  const hit = (title: string, score: number, meta: Record<string, string> = {}) => ({
    score,
    meta: { title, ...meta },
  });

  it('puts the newest model first among names that match alike, whatever Pagefind scored', () => {
    const ranked = rankHits('claude haiku', [
      hit('Claude Sonnet 5', 50, { status: 'active', released: '2026-05-01' }),
      hit('Claude Haiku 3.5', 42, { status: 'active', released: '2024-10-22' }),
      hit('Claude Haiku 4.5', 41, { status: 'active', released: '2025-10-15' }),
      hit('Claude Haiku 3', 60, { status: 'deprecated', released: '2024-03-13' }),
    ]);
    expect(ranked.map((h) => h.meta.title)).toEqual([
      'Claude Haiku 4.5',
      'Claude Haiku 3.5',
      'Claude Haiku 3',
      'Claude Sonnet 5',
    ]);
  });

  it('puts an exact name first, then names with fewer other words, and a maker before its models', () => {
    expect(
      rankHits('llama', [
        hit('Llama 3.3 Nemotron Super 49B v1.5', 30, { status: 'active', released: '2025-07-25' }),
        hit('Llama 4 Maverick', 20, { status: 'active', released: '2025-04-05' }),
        hit('o3', 40),
      ]).map((h) => h.meta.title),
    ).toEqual(['Llama 4 Maverick', 'Llama 3.3 Nemotron Super 49B v1.5', 'o3']);
    expect(
      rankHits('o3', [hit('o3-pro', 30), hit('o3-mini', 31), hit('o3', 20)]).map(
        (h) => h.meta.title,
      ),
    ).toEqual(['o3', 'o3-mini', 'o3-pro']);
    expect(
      rankHits('mistral', [
        hit('Mistral Large 3', 20, { status: 'active', released: '2025-12-02' }),
        hit('Mistral Nemo', 18, { status: 'active', released: '2024-07-18' }),
        hit('Mistral AI', 10, { kind: 'Model maker' }),
      ]).map((h) => h.meta.title),
    ).toEqual(['Mistral AI', 'Mistral Large 3', 'Mistral Nemo']);
  });

  it("keeps Pagefind's order where nothing else tells results apart", () => {
    expect(rankHits('x', [hit('A', 1), hit('B', 3), hit('C', 2)]).map((h) => h.score)).toEqual([
      3, 2, 1,
    ]);
  });

  it("orders results whose names hold none of the words by Pagefind's score alone", () => {
    const ranked = rankHits('gpt', [
      hit('Gemini 3.5 Flash', 5, { status: 'active', released: '2026-06-01' }),
      hit('Qwen3.6 27B Instruct Long Name', 9, { status: 'active', released: '2025-01-01' }),
      hit('GPT-5', 1, { status: 'active', released: '2025-08-07' }),
    ]);
    expect(ranked.map((h) => h.meta.title)).toEqual([
      'GPT-5',
      'Qwen3.6 27B Instruct Long Name',
      'Gemini 3.5 Flash',
    ]);
  });
});

describe('searchNames and searchTags', () => {
  it('indexes a name the ways people type it, and every id it goes by', () => {
    const words = searchNames({ name: 'GPT-4o mini', id: 'gpt-4o-mini', aliases: ['4o-mini-x'] });
    expect(words.split(' ')).toEqual(
      expect.arrayContaining(['gpt', '4o', 'mini', 'gpt4o', '4omini', 'gpt4omini', 'x', 'minix']),
    );
    expect(new Set(words.split(' ')).size).toBe(words.split(' ').length);
  });

  it('tags a model with its filters, its cheapest paid price as sort key, and what a result shows', () => {
    const built = catalog(
      [
        model('m', {
          name: 'M',
          modalities: { input: ['text', 'image'], output: ['text'] },
          capabilities: { tool_calling: true },
          open_weights: true,
          license: 'MIT',
        }),
      ],
      [provider('free', [offer('m', 0, 0)]), provider('paid', [offer('m', 0.25, 1)])],
    );
    const m = built.models[0];
    if (!m) throw new Error('no model');
    const tags = searchTags(m);
    expect(tags.filters).toEqual([
      ['creator', 'Acme'],
      ['tier', 'balanced'],
      ['input', 'text'],
      ['input', 'image'],
      ['tools', 'Tool calling'],
      ['weights', 'Open weights'],
    ]);
    expect(tags.sorts).toEqual({ price: 0.25, context: 128_000 });
    expect(tags.meta).toMatchObject({ title: 'M', price: 'Input from $0.25 / 1M tokens' });
  });
});
