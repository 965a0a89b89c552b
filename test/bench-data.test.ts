/**
 * The benchmark's synthetic catalog is real data: a small one loads through the same loader as
 * data/ with no problem at all, keeps its names visibly synthetic, and is the same on every run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticCatalog, writeSyntheticCatalog } from '../src/bench/generate.ts';
import { loadData } from '../src/data/load.ts';
import type { Model } from '../src/schemas/model.ts';
import type { Offer, Price } from '../src/schemas/offer.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the synthetic benchmark catalog', () => {
  it('loads 20 models with zero problems, with offers, history, editorial text and competitors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-data-'));
    dirs.push(dir);
    await writeSyntheticCatalog(dir, { size: 20, providers: 8 });
    // Held to validate's rules too, sourced limits and dates included.
    const { data, problems } = await loadData(dir, { requireSources: true });
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
    // Benchmarks and scores, valid against them (the loader checks each score is on its scale).
    expect(data.benchmarks.length).toBeGreaterThan(30);
    expect(data.evaluators.map((e) => e.id)).toEqual(['synth-evals']);
    const scored = data.models.filter((m) => m.scores?.length);
    expect(scored.length).toBeGreaterThan(5);
    expect(scored.length).toBeLessThan(20);
  });

  it('scores models as data/ has them: 58% scored, about 11 scores and 8 benchmarks each', () => {
    const models = [...syntheticCatalog({ size: 1000 })]
      .filter(([file]) => file.startsWith('models/'))
      .map(([, text]) => parse(text) as Model);
    const scored = models.filter((m) => m.scores?.length);
    expect(scored.length / models.length).toBeCloseTo(0.58, 1);
    const scores = scored.reduce((n, m) => n + (m.scores?.length ?? 0), 0) / scored.length;
    expect(scores).toBeGreaterThan(9);
    expect(scores).toBeLessThan(13);
    const pairs =
      scored.reduce((n, m) => n + new Set(m.scores?.map((x) => x.benchmark)).size, 0) /
      scored.length;
    expect(pairs).toBeGreaterThan(6.5);
    expect(pairs).toBeLessThan(9.5);
    // Some scores under two settings, never merged: one benchmark, two numbers.
    expect(
      scored.some((m) => (m.scores?.length ?? 0) > new Set(m.scores?.map((x) => x.benchmark)).size),
    ).toBe(true);
  });

  it('bills units beside tokens on offers in the shares data/ has them', () => {
    const offers = [...syntheticCatalog({ size: 1000 })]
      .filter(([file]) => file.startsWith('providers/'))
      .flatMap(([, text]) => (parse(text) as { offers: Offer[] }).offers);
    const share = (has: (p: Price) => unknown) =>
      offers.filter((o) => has(o.price) != null).length / offers.length;
    // data/ on 2026-12-07 (src/bench/units.ts), each within a few offers' chance either way.
    const near = (got: number, want: number) => got > want * 0.6 && got < want * 1.5;
    expect(
      near(
        share((p) => p.cache_write),
        0.132,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.fees?.web_search_per_1k),
        0.041,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.cache_write_1h),
        0.017,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.reasoning),
        0.019,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.tiers?.priority),
        0.011,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.tiers?.flex),
        0.005,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.audio),
        0.017,
      ),
    ).toBe(true);
    expect(
      near(
        share((p) => p.image),
        0.005,
      ),
    ).toBe(true);
    // And, where data/ has none yet, a few of each unit the finder prices.
    expect(share((p) => p.audio?.input_per_minute)).toBeGreaterThan(0);
    expect(share((p) => p.image?.per_image)).toBeGreaterThan(0);
    expect(share((p) => p.fees?.per_request)).toBeGreaterThan(0);
    const withUnits = share(
      (p) =>
        p.cache_write ?? p.cache_write_1h ?? p.tiers ?? p.reasoning ?? p.audio ?? p.image ?? p.fees,
    );
    expect(withUnits).toBeGreaterThan(0.15);
    expect(withUnits).toBeLessThan(0.25);
  });

  it('is the same for the same size and seed', () => {
    expect(syntheticCatalog({ size: 20 })).toEqual(syntheticCatalog({ size: 20 }));
    expect(syntheticCatalog({ size: 20, seed: 2 })).not.toEqual(syntheticCatalog({ size: 20 }));
  });
});
