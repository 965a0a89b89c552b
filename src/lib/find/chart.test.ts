import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { TYPICAL_WORKLOAD } from '../pricing/workload.ts';
import { chartSvg } from './chart.ts';
import { findData } from './data.ts';
import { pack } from './pack.ts';
import { ANY } from './query.ts';
import { rank } from './rank.ts';

const built = catalog(
  [
    model('small', { name: 'Small', context_window: 32_768 }),
    model('mid', { name: 'Mid', context_window: 131_072 }),
    model('big', { name: 'Big <1M>', context_window: 1_048_576 }),
  ],
  [provider('p', [offer('small', 0.1, 0.2), offer('mid', 1, 2), offer('big', 10, 20)])],
);
const answer = rank(pack(findData(built, '2026-07-01', 14)), {
  work: TYPICAL_WORKLOAD,
  needs: ANY,
  sort: 'cost',
});

describe('chartSvg', () => {
  const svg = chartSvg(answer.results);

  it('numbers each mark as its row, so it reads without colour, and names it in words', () => {
    expect([...svg.matchAll(/<g class="mark"><title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual([
      '1. Small: $9.00 a month, 32K context',
      '2. Mid: $90.00 a month, 128K context',
      '3. Big &lt;1M&gt;: $900.00 a month, 1M context',
    ]);
    expect(
      [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle">(\d+)<\/text>/g)].map(
        (m) => m[1],
      ),
    ).toEqual(['1', '2', '3']);
  });

  it('puts the dearer, larger model up and to the right', () => {
    const at = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(at[0]?.[0]).toBeLessThan(at[2]?.[0] ?? 0);
    // SVG's y grows downward: a larger context is higher up, a smaller y.
    expect(at[0]?.[1]).toBeGreaterThan(at[2]?.[1] ?? 0);
  });

  it('draws nothing for fewer than two results', () => {
    expect(chartSvg(answer.results.slice(0, 1))).toBe('');
  });
});
