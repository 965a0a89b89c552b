import { describe, expect, it } from 'vitest';
import { priceAge, siteFreshness } from './freshness.ts';

describe('priceAge', () => {
  it('says the age in whole days, weeks, months and years, rounded down', () => {
    const today = '2026-12-07';
    expect(priceAge('2026-12-07', today)).toBe('taken today');
    expect(priceAge('2026-12-06', today)).toBe('1 day old');
    expect(priceAge('2026-11-24', today)).toBe('13 days old');
    expect(priceAge('2026-11-23', today)).toBe('2 weeks old');
    expect(priceAge('2026-10-08', today)).toBe('8 weeks old');
    // 158 days: five whole months.
    expect(priceAge('2026-07-02', today)).toBe('5 months old');
    expect(priceAge('2025-12-07', today)).toBe('1 year old');
    expect(priceAge('2023-06-01', today)).toBe('3 years old');
  });

  it('never gives a negative age for a date after today', () => {
    expect(priceAge('2026-12-09', '2026-12-07')).toBe('taken today');
  });
});

describe('siteFreshness', () => {
  const read = (last_success: string) => ({ last_success, models: 100 });

  it('says plainly that no check has run, never "checked daily", with a notice', () => {
    const f = siteFreshness(undefined, '2026-12-07');
    expect(f.line).toMatch(/^No automatic price check has run yet/);
    expect(f.line).not.toMatch(/daily/);
    expect(f.notice).toMatch(/not been re-checked/);
  });

  it('names the day and the sources of the last check, with no notice while it is recent', () => {
    const state = {
      last_run: '2026-12-06T05:40:00Z',
      sources: {
        modelsdev: read('2026-12-06T05:30:00Z'),
        openrouter: read('2026-12-06T05:31:00Z'),
      },
    };
    const f = siteFreshness(state, '2026-12-08');
    expect(f.line).toBe(
      'Prices last checked on 6 Dec 2026 by the automatic refresh against models.dev and OpenRouter; each price shows the day it was taken and its age.',
    );
    expect(f.notice).toBeUndefined();
  });

  it('gives a notice once the newest check is more than two days old', () => {
    const f = siteFreshness({ last_run: '2026-12-01T05:40:00Z', sources: {} }, '2026-12-04');
    expect(f.notice).toMatch(/^The last automatic price check was 3 days ago, on 1 Dec 2026/);
  });
});
