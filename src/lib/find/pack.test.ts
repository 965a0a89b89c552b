import { describe, expect, it } from 'vitest';
import { loadData } from '../../data/load.ts';
import { buildCatalog } from '../build-catalog.ts';
import { findData } from './data.ts';
import { pack, unpack } from './pack.ts';

describe('pack and unpack', async () => {
  const { data } = await loadData('data');
  const find = findData(buildCatalog(data), '2026-12-02', 14);

  it('gives back exactly the finder data of the real catalog', () => {
    expect(unpack(JSON.parse(JSON.stringify(pack(find))))).toEqual(find);
  });

  it('keeps conditional prices, speeds, free tiers and stale flags', () => {
    const back = unpack(pack(find));
    const offers = back.models.flatMap((m) => m.offers);
    expect(offers.some((o) => o.price.peak)).toBe(true);
    expect(offers.some((o) => o.price.regional)).toBe(true);
    expect(offers.some((o) => o.price.long_context)).toBe(true);
    expect(offers.some((o) => o.free)).toBe(true);
    expect(offers.some((o) => o.stale)).toBe(true);
  });
});
