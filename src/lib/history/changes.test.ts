import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { changesFeed } from '../feeds/atom.ts';
import { escapeMarkup } from '../escape.ts';
import {
  catalogChanges,
  changeKey,
  describeMove,
  direction,
  headline,
  summary,
} from './changes.ts';

const TODAY = '2026-11-24';

// Two models, three providers: a cut, a rise, a mixed move and an offer that never changed.
const built = catalog(
  [model('alpha', { name: 'Alpha' }), model('beta', { name: 'Beta <b>' })],
  [
    provider('east', [
      offer('alpha', 2, 8, {
        history: [{ price: { input: 10, output: 40 }, until: '2025-06-10' }],
      }),
      offer('beta', 1, 4, {
        history: [{ price: { input: 2, output: 3 }, until: '2026-02-01' }],
      }),
    ]),
    provider('west', [
      offer('alpha', 3, 9, {
        variant: 'EU Data Zone',
        history: [{ price: { input: 2.5, output: 7.5 }, until: '2026-02-01' }],
      }),
      offer('beta', 1, 1),
    ]),
  ],
);
const changes = catalogChanges(built.models, TODAY);

describe('catalogChanges', () => {
  it('lists every change of every model newest first, then by model and provider name', () => {
    expect(changes.map((c) => [c.date, c.model.id, c.offer.provider.id])).toEqual([
      ['2026-02-01', 'alpha', 'west'],
      ['2026-02-01', 'beta', 'east'],
      ['2025-06-10', 'alpha', 'east'],
    ]);
  });
});

describe('a long-context surcharge that was dropped', () => {
  // Claude Opus 4.6 at Anthropic on 2026-03-13: the same flat prices, no dearer long prompts.
  const opus = catalog(
    [model('opus', { name: 'Opus' })],
    [
      provider('anthropic', [
        offer('opus', 5, 25, {
          history: [
            {
              price: {
                input: 5,
                output: 25,
                long_context: { threshold: 200_000, input: 10, output: 37.5 },
              },
              until: '2026-03-13',
            },
          ],
        }),
        offer('opus', 5, 25, { variant: 'withdrawn', withdrawn: '2026-05-01' }),
      ]),
    ],
  );
  const [dropped, ...rest] = catalogChanges(opus.models, TODAY);

  it('is a change, and a cut, though the flat prices held', () => {
    expect(rest).toEqual([]);
    expect(dropped?.date).toBe('2026-03-13');
    if (!dropped) throw new Error('no change');
    expect(direction(dropped)).toBe('cut');
    expect(summary(dropped)).toBe(
      'long prompts (over 200K) no longer dearer: they were $10.00 in, $37.50 out',
    );
  });

  it("counts a withdrawn offer's past changes too", () => {
    const withdrawn = catalog(
      [model('m')],
      [
        provider('p', [
          offer('m', 1, 2, {
            withdrawn: '2026-06-01',
            history: [{ price: { input: 2, output: 4 }, until: '2026-01-01' }],
          }),
        ]),
      ],
    );
    expect(catalogChanges(withdrawn.models, TODAY).map((c) => c.date)).toEqual(['2026-01-01']);
  });
});

describe('direction, headline and summary', () => {
  it('calls a change a cut, a rise, or a change when its prices moved both ways', () => {
    expect(changes.map(direction)).toEqual(['rise', 'change', 'cut']);
  });

  it('says who changed which model, naming the variant', () => {
    expect(changes.map(headline)).toEqual([
      'West raised the price of Alpha (EU Data Zone)',
      'East changed the price of Beta <b>',
      'East cut the price of Alpha',
    ]);
  });

  it('gives each price before and after with the percentage', () => {
    const cut = changes[2];
    if (!cut) throw new Error('no cut');
    expect(describeMove(cut, 'input')).toBe('$10.00 → $2.00 (−80%)');
    expect(summary(cut)).toBe(
      'input $10.00 → $2.00 (−80%), output $40.00 → $8.00 (−80%) per 1M tokens',
    );
  });

  it('gives each change a distinct key, stable across builds', () => {
    expect(changes.map(changeKey)).toEqual([
      '2026-02-01-alpha-west-eu-data-zone',
      '2026-02-01-beta-east',
      '2025-06-10-alpha-east',
    ]);
  });
});

describe('changesFeed', () => {
  const absolute = (p: string) => `https://atlas.example${p}`;
  const options = {
    title: 'Atlas & co',
    absolute,
    author: { name: 'Atlas', uri: 'https://github.com/atlas/atlas' },
    builtAt: '2026-11-24T10:00:00Z',
    limit: 2,
  };

  it('is as new as its newest change and carries at most `limit` entries', () => {
    const feed = changesFeed(changes, options);
    expect(feed).toContain('<updated>2026-02-01T00:00:00Z</updated>');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain(
      '<id>https://atlas.example/changes/#2026-02-01-alpha-west-eu-data-zone</id>',
    );
  });

  it('escapes names, so a model called "Beta <b>" cannot break the XML', () => {
    const feed = changesFeed(changes, options);
    expect(feed).toContain('<title>East changed the price of Beta &lt;b&gt;</title>');
    expect(feed).toContain('<title>Atlas &amp; co</title>');
    expect(feed).not.toContain('Beta <b>');
  });

  it('dates an empty feed by the build', () => {
    const feed = changesFeed([], options);
    expect(feed).toContain('<updated>2026-11-24T10:00:00Z</updated>');
    expect(feed).not.toContain('<entry>');
  });
});

describe('escapeMarkup', () => {
  it('escapes the five characters XML reserves', () => {
    expect(escapeMarkup(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
