/** How numbers read on the page. Unknown is always "—", never 0. */

export const UNKNOWN = '—';

/**
 * Each price written once: a build formats the same few thousand prices millions of times (1.5 s
 * of a profiled 10,000-model build), and the set of prices is bounded by the data.
 */
const USD = new Map<number, string>();

/** $0.15, $2.50, $0.075, $15: enough digits to tell prices apart, no float noise. */
export function usd(value: number | null | undefined): string {
  if (value == null) return UNKNOWN;
  if (value === 0) return 'Free';
  let shown = USD.get(value);
  if (shown === undefined) {
    // Prices carry at most six decimals (the schema's limit): show them all, so $2.499 is not
    // rounded into a tie with $2.50; keep two decimals for cents (0.6 → $0.60).
    shown = `$${value.toFixed(6).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
    USD.set(value, shown);
  }
  return shown;
}

/**
 * A headline price, rounded as a person reads one: cents from a dollar up ($9.996 → $10.00,
 * $4.5455 → $4.55), two significant digits below ($0.0375 → $0.038, $0.14 → $0.14). For the
 * "from" figures of lists and summaries; every table row keeps the exact price (`usd`).
 */
export function usdRounded(value: number | null | undefined): string {
  if (value == null || value === 0) return usd(value);
  // Prices carry at most six decimals, so in millionths they are whole numbers and round exactly.
  const micro = Math.round(value * 1e6);
  const decimals = value >= 1 ? 2 : Math.min(6, Math.max(2, 1 - Math.floor(Math.log10(value))));
  const unit = 10 ** (6 - decimals);
  const rounded = (Math.round(micro / unit) * unit) / 1e6;
  return `$${rounded.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

const KIB = 1024;
const MIB = KIB * KIB;

/**
 * Tokens in the form makers and buyers quote them. A round thousand is said in thousands and
 * millions (128,000 is "128K", 1,050,000 "1.05M"); any other whole number of 1,024s in those units,
 * as every maker does (131,072 is "128K", 262,144 "256K", 204,800 "200K", 1,048,576 "1M"). The
 * exact number belongs in the details, beside this.
 */
export function tokens(value: number | null | undefined): string {
  if (value == null) return UNKNOWN;
  if (value >= 4 * KIB && value % 1000 !== 0) {
    const mebi = near(value, MIB);
    if (mebi !== undefined) return `${mebi / MIB}M`;
    const kibi = near(value, KIB);
    if (kibi !== undefined && kibi / KIB < 1000) return `${kibi / KIB}K`;
  }
  if (value >= 1_000_000) return `${trim((value / 1_000_000).toFixed(2))}M`;
  if (value >= 10_000) return `${trim((value / 1_000).toFixed(1))}K`;
  return grouped(value);
}

/**
 * The whole number of units (1,024 or 1,048,576) a count is, or is within 0.1% of: 65,535 and 16,385 are the 64K and 16K
 * they are published as, 1,047,576 the "1M" of GPT-4.1. Undefined for any other count.
 */
function near(value: number, unit: number): number | undefined {
  const round = Math.round(value / unit) * unit;
  return round > 0 && Math.abs(value - round) <= value * 0.001 ? round : undefined;
}

/** What a short token figure reads as: "1.02M" as 1,020,000, "960K" as 960,000, "8,192" as itself. */
function readAs(shown: string): number {
  const unit = shown.endsWith('M') ? 1_000_000 : shown.endsWith('K') ? 1_000 : 1;
  return Number(shown.replace(/[KM,]/g, '')) * unit;
}

/**
 * Two different token counts set side by side in a sentence or a row, so a reader sees which is
 * larger: in the short form when the short forms keep them apart in the right order, else in full.
 * 1,048,576 and 1,000,000 are both "1M", and 1,024,000 reads "1.02M" beside 1,048,576's "1M":
 * either pair is written out. Equal counts read alike.
 */
export function tokensApart(a: number, b: number): [string, string] {
  const short: [string, string] = [tokens(a), tokens(b)];
  if (a === b) return short;
  const shownOrder = Math.sign(readAs(short[0]) - readAs(short[1]));
  return shownOrder === Math.sign(a - b) ? short : [grouped(a), grouped(b)];
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

// Made once: toLocaleString with options builds a new formatter on every call, which on the
// comparison and calculator tables (thousands of sums per build) was the costliest line of rendering.
// Made on first use, not when the module loads: a page's first formatter loads the locale's data,
// 30 ms or more of a phone's main thread on the overview, whose script formats no number at all
// until the visitor asks for another benchmark.
let cents: Intl.NumberFormat | undefined;
let whole: Intl.NumberFormat | undefined;
const CENTS = () =>
  (cents ??= new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }));
const WHOLE = () => (whole ??= new Intl.NumberFormat('en-US'));

/**
 * A whole number with its thousands grouped as en-US writes them ("1,048,576", "-12,000"). Counts
 * are grouped by hand: the first Intl formatter a page makes costs a phone about 20 ms of its main
 * thread (the search page paid it to say "88 results"). Anything but a safe integer goes to Intl.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return WHOLE().format(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** A cost, not a rate: $1,234.56 for large sums, three significant digits below a dollar ($0.000525). */
export function money(value: number | null | undefined): string {
  if (value == null) return UNKNOWN;
  if (value === 0) return '$0';
  if (value >= 1) {
    return `$${CENTS().format(value)}`;
  }
  // Three significant digits, at least two decimals, no trailing zeros past the cents.
  const decimals = Math.min(10, Math.max(2, 2 - Math.floor(Math.log10(value))));
  return `$${value.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

/** +25%, −80%, with a real minus sign; whole percents unless the change is under 1%. */
export function percentChange(from: number, to: number): string {
  if (from === 0) return to === 0 ? '0%' : 'new';
  const pct = ((to - from) / from) * 100;
  const rounded = Math.abs(pct) < 1 ? pct.toFixed(1) : Math.round(pct).toString();
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${rounded.replace('-', '')}%`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 22nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "1 provider", "18 providers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** 850 ms, 1.2 s: time to first token as people read it. */
export function duration(ms: number | null | undefined): string {
  if (ms == null) return UNKNOWN;
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Output speed, whole tokens per second. */
export function speed(tokensPerSecond: number | null | undefined): string {
  return tokensPerSecond == null ? UNKNOWN : String(Math.round(tokensPerSecond));
}

export const PROVIDER_KINDS: Record<string, string> = {
  'first-party': 'First-party API',
  cloud: 'Cloud platform',
  'inference-platform': 'Inference platform',
  aggregator: 'Reseller (aggregator)',
};
