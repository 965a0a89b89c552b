import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { modelKind } from './kind.ts';

const special = (id: string, fields: Parameters<typeof model>[1] = {}) =>
  model(id, { tier: 'specialized', ...fields });

describe('modelKind', () => {
  it('reads what a model gives back first', () => {
    expect(
      modelKind(special('pic', { modalities: { input: ['text'], output: ['image', 'text'] } })),
    ).toBe('image');
    // A model that writes text and makes video (Gemini Omni Flash) is weighed against video makers.
    expect(
      modelKind(
        special('omni', { modalities: { input: ['text', 'video'], output: ['text', 'video'] } }),
      ),
    ).toBe('video');
    expect(modelKind(special('tts', { modalities: { input: ['text'], output: ['audio'] } }))).toBe(
      'speech',
    );
    expect(
      modelKind(
        special('live', { modalities: { input: ['text', 'audio'], output: ['text', 'audio'] } }),
      ),
    ).toBe('voice');
    expect(modelKind(special('asr', { modalities: { input: ['audio'], output: ['text'] } }))).toBe(
      'transcription',
    );
  });

  it("reads a specialised text model's name and family", () => {
    expect(modelKind(special('text-embedding-3-small', { family: 'text-embedding-3' }))).toBe(
      'embedding',
    );
    expect(modelKind(special('embed-v4', { name: 'Embed v4', family: 'embed' }))).toBe('embedding');
    expect(modelKind(special('sonar-pro', { name: 'Sonar Pro', family: 'sonar' }))).toBe('search');
    expect(modelKind(special('gpt-4o-search-preview', { family: 'gpt-4o' }))).toBe('search');
    expect(modelKind(special('o3-deep-research', { family: 'o-series' }))).toBe('search');
    expect(modelKind(special('llama-guard-4-12b', { family: 'llama-guard' }))).toBe('moderation');
    expect(modelKind(special('qwen-mt-plus', { family: 'qwen-mt' }))).toBe('translation');
    expect(modelKind(special('devstral-2', { family: 'devstral' }))).toBe('chat');
  });

  it('reads no name outside the specialised tier', () => {
    expect(modelKind(model('research-pro', { name: 'Search Pro', tier: 'flagship' }))).toBe('chat');
  });
});

describe('derived competitors', () => {
  it('come from the same tier and kind only', () => {
    // Two embedding models and two search models, all specialised and priced alike.
    const cat = catalog(
      [
        special('embed-a', { creator: 'acme', family: 'embed' }),
        special('embed-b', { creator: 'globex', family: 'embed' }),
        special('sonar-a', { creator: 'initech', family: 'sonar' }),
        special('sonar-b', { creator: 'hooli', family: 'sonar' }),
      ],
      [
        provider('p', [
          offer('embed-a', 0.1, 0.1),
          offer('embed-b', 0.12, 0.12),
          offer('sonar-a', 0.11, 0.11),
          offer('sonar-b', 0.13, 0.13),
        ]),
      ],
    );
    const of = (id: string) => {
      const m = cat.modelById.get(id);
      if (!m) throw new Error(id);
      return cat.competitorsOf(m).map((c) => c.id);
    };
    expect(of('embed-a')).toEqual(['embed-b']);
    expect(of('sonar-a')).toEqual(['sonar-b']);
  });
});
