import { describe, expect, it } from 'vitest';
import { date, grouped, plural, tokens, tokensApart, usd, usdRounded, yesNo } from './format.ts';

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

describe('usdRounded', () => {
  it.each([
    // The resellers' figures of the issue, and the maker's prices they undercut.
    [9.996, '$10.00'],
    [19.992, '$19.99'],
    [4.5455, '$4.55'],
    [27.2727, '$27.27'],
    [20, '$20.00'],
    [2.5, '$2.50'],
    // Below a dollar, two significant digits, half up: 0.0375 is not read as 0.037.
    [0.0375, '$0.038'],
    [0.14, '$0.14'],
    [0.1425, '$0.14'],
    [0.075, '$0.075'],
    [0.6, '$0.60'],
    [0.000125, '$0.00013'],
    [0.99996, '$1.00'],
  ])('writes %s as %s', (value, text) => {
    expect(usdRounded(value)).toBe(text);
  });

  it('keeps unknown and free as usd says them', () => {
    expect(usdRounded(undefined)).toBe('—');
    expect(usdRounded(0)).toBe('Free');
  });
});

describe('tokens', () => {
  it.each([
    // As makers say them: a whole number of 1,024s in those units.
    [131072, '128K'],
    [262144, '256K'],
    [204800, '200K'],
    [1048576, '1M'],
    [2097152, '2M'],
    [16384, '16K'],
    [8192, '8K'],
    [65536, '64K'],
    [163840, '160K'],
    // Within 0.1% of a whole number of 1,024s: the count a maker publishes as that.
    [65535, '64K'],
    [16385, '16K'],
    [1047576, '1M'],
    [131100, '128K'],
    // Anything else in thousands and millions.
    [128000, '128K'],
    [256000, '256K'],
    [512000, '512K'],
    [200000, '200K'],
    [400000, '400K'],
    [1000000, '1M'],
    [1050000, '1.05M'],
    [2000000, '2M'],
    [1048756, '1M'],
    [26215, '26.2K'],
    [1024000, '1.02M'],
    [32000, '32K'],
    [16500, '16.5K'],
    [8000, '8,000'],
    [1024, '1,024'],
    [2048, '2,048'],
  ])('writes %s as %s', (value, text) => {
    expect(tokens(value)).toBe(text);
  });
});

describe('tokensApart', () => {
  it('keeps the short forms where they tell two counts apart in the right order', () => {
    expect(tokensApart(960_000, 1_048_576)).toEqual(['960K', '1M']);
    expect(tokensApart(200_000, 128_000)).toEqual(['200K', '128K']);
    expect(tokensApart(128_000, 128_000)).toEqual(['128K', '128K']);
  });

  it('writes both out where the short forms read alike or the wrong way round', () => {
    // Both "1M"; and 1,024,000 would read "1.02M", larger than 1,048,576's "1M".
    expect(tokensApart(1_000_000, 1_048_576)).toEqual(['1,000,000', '1,048,576']);
    expect(tokensApart(1_024_000, 1_048_576)).toEqual(['1,024,000', '1,048,576']);
    expect(tokensApart(131_072, 128_000)).toEqual(['131,072', '128,000']);
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

describe('grouped and plural', () => {
  it('groups thousands as en-US does, without making a formatter', () => {
    expect(grouped(0)).toBe('0');
    expect(grouped(999)).toBe('999');
    expect(grouped(1000)).toBe('1,000');
    expect(grouped(1_048_576)).toBe('1,048,576');
    expect(grouped(-12_000)).toBe('-12,000');
    expect(plural(1, 'result')).toBe('1 result');
    expect(plural(1234, 'result')).toBe('1,234 results');
    expect(plural(3, 'match', 'matches')).toBe('3 matches');
  });
  it('agrees with Intl for every safe integer it is given, and hands it what is not one', () => {
    const intl = new Intl.NumberFormat('en-US');
    for (const n of [7, 10_000, 123_456_789, -1, -1_000_000, Number.MAX_SAFE_INTEGER, 2.5, 1e21])
      expect(grouped(n)).toBe(intl.format(n));
  });
});
