/**
 * Exact unit conversion for prices. Sources publish USD per token as decimal strings ("0.00000015")
 * or as JSON numbers (1.5e-7); multiplying those by 1e6 in floating point gives 0.15000000000000002.
 * Shifting the decimal point in the text instead gives exactly the number a person would write.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Moves the decimal point of a decimal number `shift` places right; undefined if it is not one. */
export function shiftDecimal(value: string | number, shift: number): number | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const digits = `${whole}${fraction}`;
  // Position of the decimal point counted from the left of `digits`.
  const point = whole.length + Number(exponent) + shift;
  let result: string;
  if (point <= 0) result = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) result = `${digits}${'0'.repeat(point - digits.length)}`;
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(`${sign}${result}`);
}

/**
 * A price per 1M tokens to the six decimals the schema allows: drops float noise a source already
 * carries (models.dev's 0.7999999999999999) and the tail of a repeating fraction (1/12).
 */
export function roundPrice(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 1e6) / 1e6;
}

/** USD per token (string or number) to USD per 1M tokens, exactly; absent stays absent. */
export function perTokenToPerMillion(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : shiftDecimal(value, 6);
}
