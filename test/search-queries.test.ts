/**
 * Queries a buyer types into /search/, each against the built site in Chromium, one page each:
 * the model the first result must be, or a property it (and every result shown) must have. The
 * answers are worked out from the YAML in data/ (helpers/search-facts.ts), not from search's code.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteForFile } from './helpers/site-per-file.ts';
import {
  bestScore,
  byName,
  cheapestOf,
  forCode,
  models,
  mostScored,
  newest,
  sold,
  type Model,
} from './helpers/search-facts.ts';

const site = siteForFile();

interface Case {
  q: string;
  /** What is expected, in words, for the test's name. */
  want: string;
  /** The first result's title, or any of several (models tied on price). */
  first?: string | string[];
  /** What the first result must be, given every model shown. */
  firstIs?: (first: Model, shown: Model[]) => boolean;
  /** What every result shown must be: all of them are then models. */
  every?: (m: Model) => boolean;
  /** Words the status line must hold. */
  says?: string;
}

const names = (list: Model[]) => list.map((m) => m.name);
const reads = (kind: string) => (m: Model) => m.modalities.input.includes(kind as 'image');
const makes = (kind: string) => (m: Model) => m.modalities.output.includes(kind as 'image');
const reasons = (m: Model) => m.capabilities.reasoning === true;

/** First among those shown on a benchmark's score: best, or lowest where lower is better. */
function bestOn(category: string, lower = false) {
  const b = mostScored(category);
  return {
    every: (m: Model) => sold(m) && bestScore(m, b.id) !== undefined,
    firstIs: (first: Model, shown: Model[]) => {
      const all = shown.map((m) => bestScore(m, b.id) ?? NaN);
      return bestScore(first, b.id) === (lower ? Math.min(...all) : Math.max(...all));
    },
  };
}

const gpqa = {
  every: (m: Model) => sold(m) && bestScore(m, 'gpqa-diamond') !== undefined,
  firstIs: (first: Model, shown: Model[]) =>
    bestScore(first, 'gpqa-diamond') ===
    Math.max(...shown.map((m) => bestScore(m, 'gpqa-diamond') ?? NaN)),
};

const CASES: Case[] = [
  // Names, as typed.
  { q: 'gpt-4o mini', want: 'GPT-4o mini', first: 'GPT-4o mini' },
  { q: '4o mini', want: 'GPT-4o mini', first: 'GPT-4o mini' },
  { q: 'o3', want: 'o3', first: 'o3' },
  { q: 'llama 4 maverick', want: 'Llama 4 Maverick', first: 'Llama 4 Maverick' },
  { q: 'kimi k2 thinking', want: 'Kimi K2 Thinking', first: 'Kimi K2 Thinking' },
  {
    q: 'claude haiku',
    want: 'the newest Claude Haiku',
    first: newest(/^Claude Haiku [\d.]+$/).name,
  },
  { q: 'claude opus', want: 'the newest Claude Opus', first: newest(/^Claude Opus [\d.]+$/).name },
  { q: 'mistral', want: "Mistral AI's page before any one model", first: 'Mistral AI' },
  {
    q: 'qwen coder',
    want: 'a Qwen coder',
    firstIs: (m) => /^Qwen.*Coder/.test(m.name),
  },
  // Typing mistakes.
  {
    q: 'gemni',
    want: 'a Gemini, said to be corrected',
    firstIs: (m) => m.name.startsWith('Gemini'),
    says: 'Showing results for “gemini” (you typed “gemni”)',
  },
  {
    q: 'cluade sonnet',
    want: 'the newest Claude Sonnet',
    first: newest(/^Claude Sonnet [\d.]+$/).name,
    says: 'you typed “cluade sonnet”',
  },
  { q: 'antropic', want: "Anthropic's page", first: 'Anthropic' },
  { q: 'deepsek', want: "DeepSeek's page", first: 'DeepSeek' },
  {
    q: 'mistrl large',
    want: 'the newest Mistral Large',
    first: newest(/^Mistral Large [\d.]+$/).name,
  },
  {
    q: 'cheapset vision model',
    want: 'the cheapest model that reads images',
    first: names(cheapestOf(reads('image'))),
  },
  // What a model makes and reads.
  {
    q: 'image generation',
    want: 'models that make images',
    every: makes('image'),
    says: `${models.filter(makes('image')).length} results`,
  },
  { q: 'text to speech', want: 'models that speak', every: makes('audio') },
  { q: 'transcription', want: 'models that hear audio', every: reads('audio') },
  {
    q: 'speech to text cheapest',
    want: 'the cheapest model that hears audio',
    first: names(cheapestOf(reads('audio'))),
    every: (m) => reads('audio')(m) && sold(m),
  },
  { q: 'video models', want: 'models that watch video', every: reads('video') },
  { q: 'pdf', want: 'models that read PDFs', every: reads('pdf') },
  {
    q: 'cheapest vision model',
    want: 'the cheapest model that reads images',
    first: names(cheapestOf(reads('image'))),
  },
  // Reasoning, coding, weights, tiers.
  {
    q: 'cheapest reasoning model',
    want: 'the cheapest model that reasons, no retired one',
    first: names(cheapestOf(reasons)),
    every: (m) => reasons(m) && sold(m),
  },
  {
    q: 'lightweight reasoning',
    want: 'lightweight models that reason',
    every: (m) => reasons(m) && m.tier === 'lightweight',
  },
  {
    q: 'cheapest coding model',
    want: 'the cheapest model made or scored for code',
    first: names(cheapestOf(forCode)),
    every: (m) => forCode(m) && sold(m),
  },
  {
    q: 'cheapest open weights model',
    want: 'the cheapest open-weights model',
    first: names(cheapestOf((m) => m.open_weights)),
    every: (m) => m.open_weights,
  },
  {
    q: 'open source tool calling',
    want: 'open-weights models that call tools',
    every: (m) => m.open_weights && m.capabilities.tool_calling === true,
  },
  {
    q: 'cheapest flagship',
    want: 'the cheapest flagship',
    first: names(cheapestOf((m) => m.tier === 'flagship')),
    every: (m) => m.tier === 'flagship' && sold(m),
  },
  {
    q: 'cheapest model',
    want: 'the cheapest model still sold',
    first: names(cheapestOf(() => true)),
    says: 'Retired models are left out of this order.',
  },
  // Context sizes.
  {
    q: '1M context',
    want: 'a million tokens of context or more',
    every: (m) => m.context_window >= 1e6,
  },
  {
    q: '200k context cheapest',
    want: 'the cheapest model with 200K of context',
    first: names(cheapestOf((m) => m.context_window >= 200_000)),
    every: (m) => m.context_window >= 200_000,
  },
  {
    q: 'largest context window',
    want: 'the largest context of a model still sold',
    firstIs: (m) =>
      m.context_window === Math.max(...models.filter(sold).map((x) => x.context_window)),
    every: sold,
  },
  // Questions about quality.
  { q: 'best coding model', want: 'the best coding score shown', ...bestOn('coding') },
  { q: 'best model for math', want: 'the best math score shown', ...bestOn('math') },
  {
    q: 'most accurate model',
    want: 'the lowest hallucination rate shown',
    ...bestOn('factuality', true),
  },
  { q: 'smartest model', want: 'the best GPQA Diamond score shown', ...gpqa },
  // Status.
  {
    q: 'retired gpt',
    want: 'retired GPT models only',
    firstIs: (m) => /gpt/i.test(m.name),
    every: (m) => m.status === 'retired',
  },
  { q: 'deprecated', want: 'deprecated models only', every: (m) => m.status === 'deprecated' },
];

/** The result titles, once the list says it has drawn the form's search. */
async function titles(page: Page): Promise<string[]> {
  await page.locator('#search-results[data-draw="done"]').waitFor({ state: 'attached' });
  return page.locator('#search-results .hit-title').allTextContents();
}

describe('what a buyer types into /search/', () => {
  it('has at least 30 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('“$q” gives $want', async ({ q, first, firstIs, every, says }) => {
    const page = await site.open(`/search/?q=${encodeURIComponent(q)}`);
    const shown = await titles(page);
    expect(shown.length, 'results').toBeGreaterThan(0);
    if (first !== undefined) expect([first].flat()).toContain(shown[0]);
    const shownModels = shown.map((t) => byName.get(t));
    if (every) {
      for (const [i, m] of shownModels.entries()) {
        expect(m, `${shown[i]} is a model`).toBeDefined();
        if (m) expect(every(m), shown[i]).toBe(true);
      }
    }
    if (firstIs) {
      const top = shownModels[0];
      expect(top, `${shown[0]} is a model`).toBeDefined();
      const all = shownModels.filter((m): m is Model => m !== undefined);
      if (top) expect(firstIs(top, all), shown[0]).toBe(true);
    }
    if (says) expect(await page.locator('#search-status').textContent()).toContain(says);
    await page.close();
  });
});
