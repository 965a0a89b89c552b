/**
 * Charges per call or per request beside the token prices (web search, grounding, a fixed charge
 * on every request), as the columns of a provider's table of fees: a column only where some offer
 * states its fee, a cell "—" where this one does not.
 */
import type { Price } from '../../schemas/offer.ts';
import { grouped, UNKNOWN, usd } from '../format.ts';

type Fees = NonNullable<Price['fees']>;

export interface FeeColumn {
  /** The column's heading. */
  label: string;
  /** The cell: the fee as a page says it, or undefined where the offer does not state it. */
  cell: (fees: Fees) => string | undefined;
}

/** "$14.00" or "$35.00, first 1,500 a day free": the web search fee with any free allowance. */
function webSearch(fees: Fees): string | undefined {
  const free = fees.web_search_free_per_day;
  const fee = fees.web_search_per_1k;
  if (fee == null && free == null) return undefined;
  const allowance = free != null && free > 0 ? `, first ${grouped(free)} a day free` : '';
  return `${usd(fee)}${allowance}`;
}

const COLUMNS: FeeColumn[] = [
  { label: 'Web search, per 1,000 calls', cell: webSearch },
  {
    label: 'Grounding, per 1,000 prompts',
    cell: (f) => (f.grounding_per_1k != null ? usd(f.grounding_per_1k) : undefined),
  },
  {
    label: 'Per request',
    cell: (f) => (f.per_request != null ? usd(f.per_request) : undefined),
  },
];

/** The columns some of these offers' fees fill, in a fixed order. */
export function feeColumns(fees: readonly (Fees | undefined)[]): FeeColumn[] {
  return COLUMNS.filter((c) => fees.some((f) => f !== undefined && c.cell(f) !== undefined));
}

/** One offer's cell in a column: its fee, or "—" where it states none. */
export const feeCell = (column: FeeColumn, fees: Fees) => column.cell(fees) ?? UNKNOWN;
