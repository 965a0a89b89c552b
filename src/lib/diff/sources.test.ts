/**
 * An offer whose source moves between a catalogue the daily refresh reads and a page cited by hand:
 * said once, in words that state what the refresh will and will not do with it.
 */
import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { sourceKindChanges, sourceKindLine } from './sources.ts';

const withSource = (source: string) =>
  catalog([model('x')], [provider('host', [offer('x', 1, 4, { source })])]);

const lines = (from: string, to: string) =>
  sourceKindChanges(withSource(from), withSource(to)).map(sourceKindLine);

describe('source kind changes', () => {
  it('says when a refreshed catalogue gives way to a hand-cited page', () => {
    expect(lines('litellm@00035b69', 'https://host.example.com/pricing')).toEqual([
      'Host · X: source now a hand-cited page (https://host.example.com/pricing), whose prices the daily refresh does not check or change; before: LiteLLM (litellm@00035b69)',
    ]);
  });

  it('says when a hand-cited page gives way to a catalogue', () => {
    expect(lines('https://host.example.com/pricing', 'modelsdev@f3fc692')).toEqual([
      'Host · X: source now models.dev (modelsdev@f3fc692), whose prices the daily refresh now checks against models.dev and changes when models.dev does; before: a hand-cited page (https://host.example.com/pricing)',
    ]);
  });

  it('says when one catalogue gives way to another', () => {
    expect(lines('litellm@00035b69', 'openrouter')).toEqual([
      'Host · X: source now OpenRouter (openrouter), against which the daily refresh now checks its prices, instead of LiteLLM; before: LiteLLM (litellm@00035b69)',
    ]);
  });

  it('says nothing for a new revision of the same catalogue, or another page', () => {
    expect(lines('litellm@00035b69', 'litellm@2026-11-24')).toEqual([]);
    expect(lines('https://host.example.com/pricing', 'https://host.example.com/api')).toEqual([]);
  });
});
