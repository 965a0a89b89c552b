import { describe, expect, it } from 'vitest';
import { billedUnits } from './billed.ts';

describe('billedUnits', () => {
  it('says which units beside tokens some offer bills', () => {
    expect(billedUnits([{ input: 1, output: 2 }])).toEqual({
      tiers: [],
      writes: false,
      searches: false,
      audioMinutes: false,
      images: false,
    });
    expect(
      billedUnits([
        { input: 1, output: 2, tiers: { flex: { input: 0.5 } }, cache_write_1h: 2 },
        { input: 1, output: 2, fees: { web_search_per_1k: 10 } },
        { input: 1, output: 2, audio: { output_per_minute: 0.015 } },
        { input: 1, output: 2, image: { per_image: [{ usd: 0.04 }] } },
      ]),
    ).toEqual({ tiers: ['flex'], writes: true, searches: true, audioMinutes: true, images: true });
  });

  it('does not count audio or images priced only by the token, nor images read', () => {
    const units = billedUnits([
      { input: 1, output: 2, audio: { input: 32, output: 64 }, image: { input_per_image: 0.005 } },
    ]);
    expect(units.audioMinutes).toBe(false);
    expect(units.images).toBe(false);
  });
});
