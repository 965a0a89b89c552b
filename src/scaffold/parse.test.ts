import { describe, expect, it } from 'vitest';
import { IsoDate, TokenCount, UsdPerMillion } from '../schemas/fields.ts';
import { parseNumber, parseTokens, parseTriState, parseYesNo, withSchema } from './parse.ts';

describe('answers through the field schemas', () => {
  it('reads a plain decimal as a number and refuses anything else with the schema message', () => {
    expect(parseNumber(UsdPerMillion, ' 0.15 ')).toEqual({ ok: true, value: 0.15 });
    expect(parseNumber(UsdPerMillion, '.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber(UsdPerMillion, '0.15 USD')).toEqual({
      ok: false,
      message: 'expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
    });
    expect(parseNumber(UsdPerMillion, '$3')).toMatchObject({ ok: false });
    expect(parseNumber(UsdPerMillion, '0.00000015')).toMatchObject({
      ok: false,
      message: expect.stringContaining('looks like a price per token') as unknown,
    });
  });

  it('reads thousands separators in a token count, and nothing looser', () => {
    expect(parseTokens(TokenCount, '128,000')).toEqual({ ok: true, value: 128000 });
    expect(parseTokens(TokenCount, '1_048_576')).toEqual({ ok: true, value: 1048576 });
    expect(parseTokens(TokenCount, '1,5')).toMatchObject({ ok: false });
    expect(parseTokens(TokenCount, '128k')).toEqual({
      ok: false,
      message: 'expected a whole number of tokens, got "128k"',
    });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(withSchema(IsoDate, '2026-13-01')).toEqual({
      ok: false,
      message: 'expected a real calendar date as YYYY-MM-DD, got "2026-13-01"',
    });
  });

  it('reads yes, no and unknown; unknown is absent', () => {
    expect(parseYesNo('Yes')).toEqual({ ok: true, value: true });
    expect(parseYesNo('unknown')).toMatchObject({ ok: false });
    expect(parseTriState('no')).toEqual({ ok: true, value: false });
    expect(parseTriState('unknown')).toEqual({ ok: true, value: undefined });
    expect(parseTriState('maybe')).toEqual({
      ok: false,
      message: 'expected yes, no or unknown, got "maybe"',
    });
  });
});
