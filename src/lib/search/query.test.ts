import { describe, expect, it } from 'vitest';
import {
  benchmark,
  catalog,
  model,
  offer,
  provider,
  score,
} from '../../../test/helpers/catalog.ts';
import { fittingBenchmarks, scoreTags } from './intents.ts';
import { nameMatch, pagefindOptions, rankHits, readQuery } from './query.ts';
import { readingText } from './reading.ts';
import { CHEAP, CODING, searchNames, searchTags } from './tags.ts';

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

describe('readQuery, questions about quality', () => {
  // Two coding benchmarks (the first scored for more models), GPQA Diamond, a math benchmark and a
  // hallucination rate, where lower is better.
  const benchmarks = [
    benchmark('code-a', { name: 'Code A' }),
    benchmark('code-b', { name: 'Code B' }),
    benchmark('gpqa-diamond', { name: 'GPQA Diamond', category: 'knowledge' }),
    benchmark('mmlu-x', { name: 'MMLU X', category: 'knowledge' }),
    benchmark('math-x', { name: 'Math X', category: 'math' }),
    benchmark('halluc', {
      name: 'Halluc',
      category: 'factuality',
      scale: { unit: 'rate', min: 0, max: 100, higher_is_better: false },
    }),
  ];
  const models = [
    model('a', {
      scores: [
        score('code-a', 50, { settings: { reasoning: 'low' } }),
        score('code-a', 71, { settings: { reasoning: 'high' } }),
        score('code-b', 40),
        score('mmlu-x', 80),
        score('halluc', 4),
      ],
    }),
    model('b', { scores: [score('code-a', 60), score('mmlu-x', 70), score('math-x', 30)] }),
    model('c', { scores: [score('gpqa-diamond', 66), score('mmlu-x', 75)] }),
    model('d', { status: 'retired', retired: '2026-06-01', scores: [score('code-a', 99)] }),
  ];
  const built = catalog(models, [provider('p', [offer('a', 0.5, 1)])], benchmarks);
  const intents = fittingBenchmarks(built);

  it('picks for each skill the benchmark scored for the most models, and GPQA Diamond for "smartest"', () => {
    expect(intents.byCategory['coding']?.id).toBe('code-a');
    // MMLU X is scored for more models, but "smartest" means GPQA Diamond while the data has it.
    expect(intents.byCategory['knowledge']?.id).toBe('mmlu-x');
    expect(intents.smartest?.id).toBe('gpqa-diamond');
    expect(intents.byCategory['factuality']).toEqual({ id: 'halluc', name: 'Halluc', lower: true });
    const without = catalog(
      models,
      [],
      benchmarks.filter((b) => b.id !== 'gpqa-diamond'),
    );
    expect(fittingBenchmarks(without).smartest?.id).toBe('code-a');
  });

  it('reads "best coding model" as a sort by the coding benchmark, best first', () => {
    const read = readQuery('best coding model', intents);
    expect(read).toMatchObject({
      text: null,
      filters: {},
      sort: 'score-code-a',
      understood: ['best', 'coding'],
    });
    expect(pagefindOptions(read.filters, read.sort, intents).sort).toEqual({
      'score-code-a': 'desc',
    });
    expect(readingText(read, () => 'Best Code A score first')).toBe(
      'Read “best”, “coding” as: best Code A score first (the coding benchmark scored for the most models; models without a score are left out).',
    );
  });

  it('reads "smartest cheap model" as GPQA Diamond among cheap models: the benchmark takes the sort', () => {
    expect(readQuery('smartest cheap model', intents)).toMatchObject({
      text: null,
      filters: { priceband: CHEAP },
      sort: 'score-gpqa-diamond',
    });
    // Alone, "cheap" is still the price sort.
    expect(readQuery('cheap model', intents)).toMatchObject({ sort: 'price', filters: {} });
  });

  it('reads "best model for math", and "most accurate model" as the lowest hallucination rate first', () => {
    expect(readQuery('best model for math', intents).sort).toBe('score-math-x');
    const accurate = readQuery('most accurate model', intents);
    expect(accurate).toMatchObject({ text: null, sort: 'score-halluc' });
    expect(pagefindOptions(accurate.filters, accurate.sort, intents).sort).toEqual({
      'score-halluc': 'asc',
    });
    expect(readQuery('least hallucinating open weights model', intents)).toMatchObject({
      sort: 'score-halluc',
      filters: { weights: 'Open weights' },
    });
  });

  it('leaves a name after "best" alone, and a context sort to the context', () => {
    expect(readQuery('the best Claude Haiku', intents)).toEqual({
      text: 'the best Claude Haiku',
      filters: {},
      sort: '',
      understood: [],
    });
    expect(readQuery('best model', intents).sort).toBe('score-gpqa-diamond');
    expect(readQuery('smartest claude', intents)).toMatchObject({
      text: 'claude',
      sort: 'score-gpqa-diamond',
    });
    expect(readQuery('best long context model', intents).sort).toBe('context');
    // Without the benchmarks (a page that has none to offer), no sort: "coding" is still a filter.
    expect(readQuery('best coding model')).toMatchObject({
      text: null,
      sort: '',
      filters: { coding: CODING },
    });
  });

  it('gives each scored model its best score under any settings as a sort key, and a retired one none', () => {
    const [a, , , d] = built.models;
    if (!a || !d) throw new Error('models');
    expect(scoreTags(a, built, intents)).toEqual({
      sorts: { 'score-code-a': 71, 'score-mmlu-x': 80, 'score-halluc': 4 },
      meta: {
        'score-code-a': 'Code A 71%',
        'score-mmlu-x': 'MMLU X 80%',
        'score-halluc': 'Halluc 4%',
      },
    });
    expect(scoreTags(d, built, intents)).toEqual({ sorts: {}, meta: {} });
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
      ['output', 'text'],
      ['reasoning', 'Answers without reasoning'],
      ['tools', 'Tool calling'],
      ['weights', 'Open weights'],
      // Every band its 128K window reaches.
      ...['8K', '16K', '32K', '64K', '128K'].map((k) => ['minctx', `${k} tokens or more`]),
      ['status', 'active'],
      ['priceband', 'Input under $1 / 1M'],
    ]);
    expect(tags.sorts).toEqual({ price: 0.25, context: 128_000 });
    expect(tags.meta).toMatchObject({ title: 'M', price: 'Input from $0.25 / 1M tokens at Paid' });
    // With the build day, the price says its age: the paid offer's date to that day.
    const updated = built.providers.find((p) => p.id === 'paid')?.offers[0]?.updated ?? '';
    const day = new Date(Date.parse(`${updated}T00:00:00Z`) + 45 * 86_400_000).toISOString();
    expect(searchTags(m, new Set(), day.slice(0, 10)).meta['price']).toBe(
      'Input from $0.25 / 1M tokens at Paid, 6 weeks old',
    );
  });
});
