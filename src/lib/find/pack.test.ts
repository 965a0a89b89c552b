import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCatalog } from '../../bench/generate.ts';
import { loadData } from '../../data/load.ts';
import { buildCatalog } from '../catalog/build.ts';
import { findData } from './data.ts';
import { pack } from './pack.ts';
import { unpack } from './read.ts';

describe('pack and unpack', async () => {
  const { data } = await loadData('data');
  const find = findData(buildCatalog(data), '2026-12-02', 14);

  it('gives back exactly the finder data of the real catalog', () => {
    expect(unpack(JSON.parse(JSON.stringify(pack(find))))).toEqual(find);
  });

  it('gives back a synthetic catalog, speed readings and batch prices included', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-pack-'));
    try {
      await writeSyntheticCatalog(dir, { size: 60, providers: 8 });
      const loaded = await loadData(dir);
      expect(loaded.problems).toEqual([]);
      const synthetic = findData(buildCatalog(loaded.data), '2026-12-02', 14);
      const offers = synthetic.models.flatMap((m) => m.offers);
      expect(offers.some((o) => o.tps !== undefined)).toBe(true);
      expect(offers.some((o) => o.price.batch_input !== undefined)).toBe(true);
      expect(unpack(JSON.parse(JSON.stringify(pack(synthetic))))).toEqual(synthetic);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps conditional prices, free tiers and stale flags', () => {
    const back = unpack(pack(find));
    const offers = back.models.flatMap((m) => m.offers);
    expect(offers.some((o) => o.price.peak)).toBe(true);
    expect(offers.some((o) => o.price.regional)).toBe(true);
    expect(offers.some((o) => o.price.long_context)).toBe(true);
    expect(offers.some((o) => o.free)).toBe(true);
    expect(offers.some((o) => o.stale)).toBe(true);
  });

  it('carries cache writes in a column of their own, not as rows of extras', () => {
    const packed = pack(find);
    const rows = find.models.flatMap((m) => m.offers);
    const writes = rows.filter((o) => o.price.cache_write !== undefined);
    // The real catalog lists 5-minute cache writes for dozens of offers (Anthropic's among them).
    expect(writes.length).toBeGreaterThan(20);
    expect(packed.offers.w).toHaveLength(rows.length);
    rows.forEach((o, row) => {
      const i = packed.offers.w[row] ?? -1;
      expect(i < 0 ? undefined : packed.prices[i]).toBe(o.price.cache_write);
    });
    expect(packed.extra.some(([, more]) => 'cache_write' in more)).toBe(false);
    // An offer whose only unit beside tokens is a cache write has no row of extras at all.
    const extrasOf = (price: (typeof rows)[number]['price']) =>
      Object.keys(price).filter(
        (k) => !['input', 'output', 'cached_input', 'batch_input', 'batch_output'].includes(k),
      );
    const onlyWrite = rows.filter((o) => extrasOf(o.price).join() === 'cache_write').length;
    expect(onlyWrite).toBeGreaterThan(0);
    expect(packed.extra.length).toBe(
      rows.filter((o) => extrasOf(o.price).some((k) => k !== 'cache_write')).length,
    );
  });
});
