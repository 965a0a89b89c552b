/**
 * The diff as Markdown: the source-kind line under its heading, and the pages grouped with their
 * counts, a long group cut short with how many more it has.
 */
import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import type { Price } from '../../schemas/offer.ts';
import { diffCatalogs } from './catalog-diff.ts';
import { diffMarkdown } from './markdown.ts';

const models = ['a', 'b', 'c', 'd'].map((id, i) =>
  model(id, { creator: ['acme', 'globex', 'initech', 'umbrella'][i] ?? 'acme' }),
);
const at = (source: string) =>
  catalog(models, [
    provider('host', [
      offer('a', 1, 4, { source }),
      offer('b', 1.1, 4.4),
      offer('c', 1.2, 4.8),
      offer('d', 1.3, 5.2),
    ]),
  ]);

describe('diffMarkdown', () => {
  const diff = diffCatalogs(at('litellm@00035b69'), at('https://host.example.com/a'), '2026-12-07');

  it('says that the offer leaves the daily refresh', () => {
    const text = diffMarkdown(diff, { site: 'https://atlas.example', title: 'T' });
    expect(text).toContain(
      '### Sources that join or leave the daily refresh\n\n- Host · A: source now a hand-cited page (https://host.example.com/a), whose prices the daily refresh does not check or change; before: LiteLLM (litellm@00035b69)\n',
    );
  });

  it('groups the pages with their counts and cuts a long group short', () => {
    // A's source shows on its own page, the provider's, in the API's model files and in the
    // finder's data; its prices, and so its cards, its comparisons and its maker's list, hold.
    const text = diffMarkdown(diff, { site: 'https://atlas.example', title: 'T', perGroup: 1 });
    expect(text).toContain('### Pages affected (5 pages)\n');
    expect(text).not.toContain('#### Comparison pages');
    expect(text).not.toContain('#### Maker pages');
    expect(text).toContain(
      '#### Model pages (1)\n\n- https://atlas.example/models/a/ (its own data)\n',
    );
    expect(text).toContain(
      '#### JSON API, finder data and feed (3)\n\n- https://atlas.example/api/v1/models.json (its content)\n- and 2 more\n',
    );
  });

  it('says when nothing changes', () => {
    const same = diffCatalogs(at('litellm@00035b69'), at('litellm@00035b69'), '2026-12-07');
    expect(diffMarkdown(same, { site: 'https://atlas.example', title: 'T' })).toBe(
      '## T\n\nNo change to what the site shows.\n',
    );
  });

  it('names every unit beside the token prices that moved, came or went', () => {
    const priced = (price: Price) =>
      catalog(
        [model('a', { creator: 'acme' })],
        [provider('host', [offer('a', 2.5, 10, { price })])],
      );
    const before = priced({
      input: 2.5,
      output: 10,
      tiers: { priority: { input: 4.25 } },
      fees: { web_search_per_1k: 10 },
      audio: { input_per_minute: 0.006 },
    });
    const after = priced({
      input: 2.5,
      output: 10,
      tiers: { priority: { input: 5 }, flex: { input: 1.25 } },
      cache_write_1h: 5,
      audio: { input_per_minute: 0.006 },
    });
    const text = diffMarkdown(diffCatalogs(before, after, '2026-12-07'), {
      site: 'https://atlas.example',
      title: 'T',
    });
    expect(text).toContain(
      [
        '### Tiers, fees and other units changed',
        '',
        '- A at Host: priority input $4.25 → $5.00 (+18%) per 1M tokens',
        '- A at Host: web search fee per 1,000 calls removed (was $10.00)',
        '- A at Host: 1-hour cache write added: $5.00 per 1M tokens',
        '- A at Host: flex input added: $1.25 per 1M tokens',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('per minute');
  });
});
