import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { changesOf, niceCeiling, segmentsOf, stepChart, tracksOf } from './price-history.ts';

const cut = offer('o3', 2, 8, {
  updated: '2026-07-18',
  history: [{ price: { input: 10, output: 40 }, from: '2025-04-16', until: '2025-06-10' }],
});
const cat = catalog(
  [model('o3')],
  [
    provider('openai', [cut]),
    provider('poe', [offer('o3', 1.8, 7.2)]),
    provider('azure', [offer('o3', 2, 8, { updated: '2026-07-02' })]),
  ],
);
const offers = cat.modelById.get('o3')?.offers ?? [];
const byProvider = (id: string) => offers.find((o) => o.provider.id === id);
const TODAY = '2026-11-24';

describe('segmentsOf', () => {
  it('runs from the first recorded price to today, the current price starting where history ends', () => {
    const openai = byProvider('openai');
    expect(openai && segmentsOf(openai, TODAY)).toEqual([
      {
        from: '2025-04-16',
        until: '2025-06-10',
        observed: false,
        price: { input: 10, output: 40 },
      },
      { from: '2025-06-10', until: TODAY, observed: false, price: cut.price },
    ]);
  });
});

describe('changesOf', () => {
  it('lists each change once, with the price before and after', () => {
    const changes = changesOf(offers, TODAY);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      date: '2025-06-10',
      before: { input: 10, output: 40 },
      after: { input: 2, output: 8 },
    });
    expect(changes[0]?.offer.provider.id).toBe('openai');
  });
});

describe('tracksOf', () => {
  it('draws providers with the same run of prices as one line, from the earliest of them', () => {
    const tracks = tracksOf(offers, 'input', TODAY);
    expect(tracks.map((t) => t.providers)).toEqual([['Poe'], ['Azure'], ['Openai']]);
    // Azure holds $2 like OpenAI's current price, but OpenAI's line has a history: they differ.
    const flat = tracksOf(
      offers.filter((o) => o.provider.id !== 'openai'),
      'input',
      TODAY,
    );
    expect(flat).toHaveLength(2);
    const same = catalog(
      [model('m')],
      [
        provider('x', [offer('m', 1, 1, { updated: '2026-07-18' })]),
        provider('y', [offer('m', 1, 1, { updated: '2026-07-02' })]),
      ],
    );
    const one = tracksOf(same.modelById.get('m')?.offers ?? [], 'output', TODAY);
    expect(one).toEqual([{ providers: ['X', 'Y'], points: [{ date: '2026-07-02', price: 1 }] }]);
  });
});

describe('stepChart', () => {
  it('rounds the axis up to a readable price', () => {
    expect([0.66, 1, 4.4, 11, 26, 0.0009].map(niceCeiling)).toEqual([1, 1, 5, 20, 50, 0.001]);
  });

  it('holds each price until the day it changes, then steps, and ends on today', () => {
    const openai = byProvider('openai');
    const tracks = tracksOf(openai ? [openai] : [], 'input', TODAY);
    const chart = stepChart(tracks, TODAY, 400, 180);
    // Start 2025-04-16 at x=52, the cut on 2025-06-10 (55 of 587 days along), today at x=392.
    const x = (days: number) => Math.round((52 + (days / 587) * 340) * 10) / 10;
    expect(chart.paths[0]).toBe(
      `M52 ${chart.yTicks[1]?.y ?? 0}H${x(55)}V${Math.round((158 - (2 / 20) * 150) * 10) / 10}H392`,
    );
    expect(chart.yTicks.map((t) => t.price)).toEqual([0, 10, 20]);
    expect(chart.xTicks.map((t) => t.date)).toEqual(['2025-04-16', TODAY]);
  });
});
