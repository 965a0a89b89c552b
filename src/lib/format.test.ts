import { describe, expect, it } from 'vitest';
import { date, tokens, usd, yesNo } from './format.ts';

describe('usd', () => {
  it.each([
    [0.15, '$0.15'],
    [0.6, '$0.60'],
    [0.075, '$0.075'],
    [2.5, '$2.50'],
    [10, '$10.00'],
    [0.0375, '$0.0375'],
    [0.02, '$0.02'],
    [150, '$150.00'],
  ])('writes %s as %s', (value, text) => {
    expect(usd(value)).toBe(text);
  });

  it('shows unknown as a dash and zero as free', () => {
    expect(usd(null)).toBe('—');
    expect(usd(undefined)).toBe('—');
    expect(usd(0)).toBe('Free');
  });
});

describe('tokens', () => {
  it.each([
    [128000, '128K'],
    [1048576, '1.05M'],
    [2000000, '2M'],
    [16384, '16.4K'],
    [8192, '8,192'],
    [200000, '200K'],
  ])('writes %s as %s', (value, text) => {
    expect(tokens(value)).toBe(text);
  });
});

describe('date and yesNo', () => {
  it('writes dates and months the way people read them', () => {
    expect(date('2024-07-18')).toBe('18 Jul 2024');
    expect(date('2023-10')).toBe('Oct 2023');
    expect(date(undefined)).toBe('—');
  });

  it('keeps unknown apart from no', () => {
    expect(yesNo(true)).toBe('Yes');
    expect(yesNo(false)).toBe('No');
    expect(yesNo(undefined)).toBe('—');
  });
});
