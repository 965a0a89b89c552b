/**
 * Where a price came from, as a link a reader can follow. A source is an https link or a catalogue
 * revision (`litellm@00035b69`); a revision opens that catalogue at that commit or date.
 */
export interface SourceLink {
  label: string;
  url: string;
}

const CATALOGUES: Record<string, { label: string; url: (rev: string | undefined) => string }> = {
  litellm: {
    label: 'LiteLLM',
    url: (rev) =>
      `https://github.com/BerriAI/litellm/blob/${rev ?? 'main'}/model_prices_and_context_window.json`,
  },
  modelsdev: {
    label: 'models.dev',
    url: (rev) =>
      rev ? `https://github.com/anomalyco/models.dev/tree/${rev}` : 'https://models.dev',
  },
  openrouter: {
    label: 'OpenRouter',
    url: () => 'https://openrouter.ai/models',
  },
  // A package version: the npm page of that release, whose bundled data is the snapshot read.
  'genai-prices': {
    label: 'genai-prices',
    url: (rev) => `https://www.npmjs.com/package/@pydantic/genai-prices${rev ? `/v/${rev}` : ''}`,
  },
};

export function sourceLink(source: string): SourceLink {
  if (source.startsWith('https://')) {
    return { label: new URL(source).hostname.replace(/^www\./, ''), url: source };
  }
  const [id = source, rev] = source.split('@');
  const catalogue = CATALOGUES[id];
  if (!catalogue) return { label: source, url: '' };
  return { label: catalogue.label, url: catalogue.url(rev) };
}
