import { describe, expect, it } from 'vitest';
import { perTokenToPerMillion, roundPrice, shiftDecimal } from './decimal.ts';

describe('perTokenToPerMillion', () => {
  it('converts decimal strings without floating-point noise', () => {
    expect(Number('0.0000001') * 1e6).not.toBe(0.1); // the bug this module exists to avoid
    expect(perTokenToPerMillion('0.0000001')).toBe(0.1);
    expect(perTokenToPerMillion('0.00000015')).toBe(0.15);
    expect(perTokenToPerMillion('0.0000000028')).toBe(0.0028);
    expect(perTokenToPerMillion('0.000075')).toBe(75);
    expect(perTokenToPerMillion('0')).toBe(0);
    expect(perTokenToPerMillion('0.00000000')).toBe(0);
  });

  it('converts JSON numbers, including exponent notation', () => {
    expect(perTokenToPerMillion(1.65e-7)).toBe(0.165);
    expect(perTokenToPerMillion(8.3e-8)).toBe(0.083);
    expect(perTokenToPerMillion(0.000015)).toBe(15);
    expect(perTokenToPerMillion(3e-6)).toBe(3);
    expect(perTokenToPerMillion(0)).toBe(0);
  });

  it('keeps the sign so that a negative price can be refused later', () => {
    expect(perTokenToPerMillion('-0.000001')).toBe(-1);
  });

  it('returns undefined for anything that is not a decimal number', () => {
    for (const bad of ['', 'free', '1,5', '0x10', 'NaN', '1e', '.']) {
      expect(perTokenToPerMillion(bad)).toBeUndefined();
    }
    expect(perTokenToPerMillion(Number.NaN)).toBeUndefined();
    expect(perTokenToPerMillion(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('shifts either way', () => {
    expect(shiftDecimal('12.5', -3)).toBe(0.0125);
    expect(shiftDecimal('007.50', 1)).toBe(75);
    expect(shiftDecimal('1.5E+2', 0)).toBe(150);
  });
});

describe('roundPrice', () => {
  it('drops float noise and repeating tails, and keeps six decimals', () => {
    expect(roundPrice(0.7999999999999999)).toBe(0.8);
    expect(roundPrice(0.08333333333333334)).toBe(0.083333);
    expect(roundPrice(0.0375)).toBe(0.0375);
    expect(roundPrice(undefined)).toBeUndefined();
  });
});
