/** How numbers read on the page. Unknown is always "—", never 0. */

export const UNKNOWN = '—';

/** $0.15, $2.50, $0.075, $15: enough digits to tell prices apart, no float noise. */
export function usd(value: number | null | undefined): string {
  if (value == null) return UNKNOWN;
  if (value === 0) return 'Free';
  const digits = value >= 1 ? 2 : Math.min(4, Math.max(2, -Math.floor(Math.log10(value)) + 2));
  const text = value.toFixed(digits);
  // Keep two decimals for cents; drop trailing zeros past them (0.0750 → 0.075).
  return `$${text.replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

/** 128K, 1M, 1.05M, 8,192 → tokens in the form people quote them. */
export function tokens(value: number | null | undefined): string {
  if (value == null) return UNKNOWN;
  if (value >= 1_000_000) return `${trim((value / 1_000_000).toFixed(2))}M`;
  if (value >= 10_000) return `${trim((value / 1_000).toFixed(1))}K`;
  return value.toLocaleString('en-US');
}

function trim(text: string): string {
  return text.replace(/\.?0+$/, '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-07-18 → 18 Jul 2024; 2023-10 → Oct 2023. */
export function date(value: string | null | undefined): string {
  if (!value) return UNKNOWN;
  const [y, m, d] = value.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function yesNo(value: boolean | null | undefined): string {
  if (value == null) return UNKNOWN;
  return value ? 'Yes' : 'No';
}
