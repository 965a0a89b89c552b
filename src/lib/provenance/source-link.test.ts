import { describe, expect, it } from 'vitest';
import { sourceLink } from './source-link.ts';

describe('sourceLink', () => {
  it('opens each catalogue at the revision an offer cites', () => {
    expect(sourceLink('litellm@00035b69')).toEqual({
      label: 'LiteLLM',
      url: 'https://github.com/BerriAI/litellm/blob/00035b69/model_prices_and_context_window.json',
    });
    expect(sourceLink('modelsdev@f3fc692').url).toBe(
      'https://github.com/anomalyco/models.dev/tree/f3fc692',
    );
    expect(sourceLink('genai-prices@0.1.8')).toEqual({
      label: 'genai-prices',
      url: 'https://www.npmjs.com/package/@pydantic/genai-prices/v/0.1.8',
    });
    expect(sourceLink('openrouter@2026-08-01').label).toBe('OpenRouter');
  });

  it("names a provider's own page by its host", () => {
    expect(sourceLink('https://www.example.com/pricing')).toEqual({
      label: 'example.com',
      url: 'https://www.example.com/pricing',
    });
  });

  it('leaves an unknown source as plain text, with no link', () => {
    expect(sourceLink('somewhere@1')).toEqual({ label: 'somewhere@1', url: '' });
  });
});
