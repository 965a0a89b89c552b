/**
 * The benchmark's synthetic catalog is real data: a small one loads through the same loader as
 * data/ with no problem at all, keeps its names visibly synthetic, and is the same on every run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCatalog, writeSyntheticCatalog } from '../src/bench/generate.ts';
import { loadData } from '../src/data/load.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the synthetic benchmark catalog', () => {
  it('loads 20 models with zero problems, with offers, history, editorial text and competitors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-data-'));
    dirs.push(dir);
    await writeSyntheticCatalog(dir, { size: 20, providers: 8 });
    const { data, problems } = await loadData(dir);
    expect(problems).toEqual([]);
    expect(data.models).toHaveLength(20);
    expect(data.providers).toHaveLength(8);
    const offers = data.providers.flatMap((p) => p.offers);
    expect(offers.length).toBeGreaterThan(40);
    expect(offers.some((o) => o.history?.length)).toBe(true);
    expect(data.models.some((m) => m.description)).toBe(true);
    expect(data.models.some((m) => m.competitors?.length)).toBe(true);
    expect(data.models.every((m) => m.id.startsWith('synth-'))).toBe(true);
    expect(data.creators.every((c) => c.name.startsWith('Synth Lab '))).toBe(true);
    // Invented family names, one per maker's family, every model's name distinct.
    expect(new Set(data.models.map((m) => m.name)).size).toBe(data.models.length);
    expect(data.models.every((m) => /^[A-Z][a-z]+ \d+\.\d \S+$/.test(m.name))).toBe(true);
    expect(data.providers.every((p) => p.name.startsWith('Synth Cloud '))).toBe(true);
  });

  it('is the same for the same size and seed', () => {
    expect(syntheticCatalog({ size: 20 })).toEqual(syntheticCatalog({ size: 20 }));
    expect(syntheticCatalog({ size: 20, seed: 2 })).not.toEqual(syntheticCatalog({ size: 20 }));
  });
});
