import { describe, expect, it } from 'vitest';
import { factsOf, sourceOf, unsourcedFacts, type FactSource } from './fact-sources.ts';
import { Model } from './model.ts';

const DOCS = 'https://platform.example.com/docs/models';
const BLOG = 'https://news.example.org/launch';

const model = {
  name: 'Example 2',
  family: 'example',
  tier: 'balanced',
  released: '2026-03-02',
  knowledge_cutoff: '2025-12',
  context_window: 200000,
  max_output: 64000,
  modalities: { input: ['text', 'image'], output: ['text'] },
  capabilities: { tool_calling: true, reasoning: true },
  open_weights: false,
  status: 'active',
};

const source = (fields: string[], more: Partial<FactSource> = {}) => ({
  url: DOCS,
  read: '2026-12-07',
  fields,
  ...more,
});

/** The messages zod reports, keyed by dotted path. */
function errors(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of Model.safeParse(value).error?.issues ?? [])
    (out[issue.path.join('.')] ??= []).push(issue.message);
  return out;
}

describe('a model’s sources', () => {
  it('accepts pages naming the facts they state, a secondary one marked', () => {
    const sources = [
      source(['released', 'context_window', 'max_output', 'modalities', 'capabilities.reasoning']),
      source(['knowledge_cutoff'], { url: BLOG, secondary: true }),
    ];
    expect(errors({ ...model, sources })).toEqual({});
  });

  it('refuses a field outside the closed list, naming the list', () => {
    const found = errors({ ...model, sources: [source(['price'])] });
    expect(found['sources.0.fields.0']?.[0]).toMatch(/^expected one of released, knowledge_cutoff/);
  });

  it('refuses a fact the model does not give, and a sub-field its parent already names', () => {
    const found = errors({
      ...model,
      sources: [source(['license', 'capabilities.batch', 'modalities', 'modalities.input'])],
    });
    expect(found).toEqual({
      'sources.0.fields.0': [
        'names license, which this model does not give: add the value or leave license out',
      ],
      'sources.0.fields.1': [
        'names capabilities.batch, which this model does not give: add the value or leave capabilities.batch out',
      ],
      'sources.0.fields.3': [
        'modalities already names every one of its values: leave modalities.input out',
      ],
    });
  });

  it('refuses the same page twice, an empty list of fields, and a day before LLM APIs', () => {
    const found = errors({
      ...model,
      sources: [source(['released']), source([], { read: '2019-05-01' })],
    });
    expect(found).toEqual({
      'sources.1.read': [
        'expected the day the page was read, not before 2020-06-01, got 2019-05-01',
      ],
      'sources.1.fields': ['expected at least one fact field, got a list'],
      'sources.1.url': ['the same page as sources[0]: list its facts there'],
    });
  });

  it('keeps a reliable-knowledge cutoff apart, no later than the training-data one', () => {
    expect(errors({ ...model, reliable_knowledge_cutoff: '2025-10' })).toEqual({});
    expect(errors({ ...model, reliable_knowledge_cutoff: '2026-01' })).toEqual({
      reliable_knowledge_cutoff: [
        'expected no later than the training-data cutoff (knowledge_cutoff 2025-12), got 2026-01',
      ],
    });
  });
});

describe('which facts are sourced', () => {
  const parsed = Model.parse({
    ...model,
    sources: [
      source(['knowledge_cutoff'], { url: BLOG, secondary: true }),
      source(['released', 'knowledge_cutoff', 'modalities', 'capabilities.reasoning']),
    ],
  });

  it('lists each fact the model gives, one key each', () => {
    expect(factsOf(parsed)).toEqual([
      'released',
      'knowledge_cutoff',
      'context_window',
      'max_output',
      'modalities.input',
      'modalities.output',
      'capabilities.tool_calling',
      'capabilities.reasoning',
    ]);
  });

  it("shows the maker's page before a secondary one, and a parent key covers its values", () => {
    expect(sourceOf(parsed, 'knowledge_cutoff')?.url).toBe(DOCS);
    expect(sourceOf(parsed, 'modalities.output')?.url).toBe(DOCS);
    expect(sourceOf(parsed, 'context_window')).toBeUndefined();
  });

  it('names the facts no page supports', () => {
    expect(unsourcedFacts(parsed)).toEqual([
      'context_window',
      'max_output',
      'capabilities.tool_calling',
    ]);
  });
});
