/**
 * Every recorded price change in the catalog, newest first: the `/changes/` page, its Atom feed
 * and the overview's latest changes read the same list, so none can show a change the others miss.
 */
import type { CatalogModel } from '../catalog/types.ts';
import { percentChange, tokens, usd } from '../format.ts';
import { peakHours } from '../pricing/price-lines.ts';
import { changesOf, longContextMoved, type PriceChange, type PriceKind } from './price-history.ts';

/** How many of the latest changes the overview shows. */
export const LATEST_ON_OVERVIEW = 5;

export interface CatalogChange extends PriceChange {
  model: CatalogModel;
}

export function catalogChanges(models: readonly CatalogModel[], today: string): CatalogChange[] {
  return models
    .flatMap((model) =>
      // A withdrawn offer's past changes happened all the same.
      changesOf([...model.offers, ...model.withdrawnOffers], today).map((c) => ({ ...c, model })),
    )
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.model.name.localeCompare(b.model.name) ||
        a.offer.provider.name.localeCompare(b.offer.provider.name),
    );
}

/** One price of a change: "$10.00 → $2.00 (−80%)", or the price alone when it did not move. */
export function describeMove(change: PriceChange, kind: PriceKind): string {
  const a = change.before[kind];
  const b = change.after[kind];
  if (a == null || b == null || a === b) return usd(b);
  return `${usd(a)} → ${usd(b)} (${percentChange(a, b)})`;
}

/** Whether the prices that moved all went down, all went up, or some of each. */
export function direction(change: PriceChange): 'cut' | 'rise' | 'change' {
  const moves = (['input', 'output', 'cached_input'] as const).flatMap((k) => {
    const a = change.before[k];
    const b = change.after[k];
    return a == null || b == null || a === b ? [] : [Math.sign(b - a)];
  });
  // A long-context surcharge dropped is a cut for long prompts; one added, a rise.
  const long = longContextMove(change);
  if (long === 'dropped') moves.push(-1);
  if (long === 'added') moves.push(1);
  if (moves.length > 0 && moves.every((m) => m < 0)) return 'cut';
  if (moves.length > 0 && moves.every((m) => m > 0)) return 'rise';
  return 'change';
}

const VERB = {
  cut: 'cut the price of',
  rise: 'raised the price of',
  change: 'changed the price of',
};

/** "OpenAI cut the price of o3": a headline for the feed and the page. */
export function headline(change: CatalogChange): string {
  const who = change.offer.provider.name;
  const what = change.offer.variant
    ? `${change.model.name} (${change.offer.variant})`
    : change.model.name;
  return `${who} ${VERB[direction(change)]} ${what}`;
}

/** How the long-context prices moved, when they did. */
export function longContextMove(change: PriceChange): 'dropped' | 'added' | 'changed' | undefined {
  if (!longContextMoved(change.before, change.after)) return undefined;
  if (!change.after.long_context) return 'dropped';
  if (!change.before.long_context) return 'added';
  return 'changed';
}

/** The long-context part of a change in words, or undefined when those prices held. */
export function describeLongContext(change: PriceChange): string | undefined {
  const before = change.before.long_context;
  const after = change.after.long_context;
  switch (longContextMove(change)) {
    case 'dropped':
      return `long prompts (over ${tokens(before?.threshold)}) no longer dearer: they were ${usd(before?.input)} in, ${usd(before?.output)} out`;
    case 'added':
      return `long prompts (over ${tokens(after?.threshold)}) now ${usd(after?.input)} in, ${usd(after?.output)} out`;
    case 'changed':
      return `long prompts (over ${tokens(after?.threshold)}): input ${usd(before?.input)} → ${usd(after?.input)}, output ${usd(before?.output)} → ${usd(after?.output)}`;
    default:
      return undefined;
  }
}

/** The moves a change's input and output columns do not show: cached input, long prompts, peak hours. */
export function otherMoves(change: PriceChange): string[] {
  const moves: string[] = [];
  const a = change.before.cached_input;
  const b = change.after.cached_input;
  if (a !== b) {
    if (a == null) moves.push(`cached input ${usd(b)} (new)`);
    else if (b == null) moves.push(`no cached-input price (was ${usd(a)})`);
    else moves.push(`cached input ${usd(a)} → ${usd(b)} (${percentChange(a, b)})`);
  }
  const long = describeLongContext(change);
  if (long) moves.push(long);
  const p = change.before.peak;
  const q = change.after.peak;
  if (JSON.stringify(p ?? null) !== JSON.stringify(q ?? null)) {
    if (!p && q) moves.push(`peak-hour prices from now on (${peakHours(q)})`);
    else if (p && !q) moves.push('no peak-hour prices any more');
    else if (p && q) moves.push(`peak hours now ${peakHours(q)} (were ${peakHours(p)})`);
  }
  return moves;
}

/** "input $10.00 → $2.00 (−80%), output $40.00 → $8.00 (−80%) per 1M tokens". */
export function summary(change: PriceChange): string {
  const parts = (['input', 'output'] as const)
    .filter((k) => change.before[k] != null || change.after[k] != null)
    .filter((k) => change.before[k] !== change.after[k] || otherMoves(change).length === 0)
    .map((k) => `${k} ${describeMove(change, k)}`);
  return `${[...parts, ...otherMoves(change)].join(', ')}${parts.length > 0 ? ' per 1M tokens' : ''}`;
}

/** A stable anchor for one change, used as its feed id and its row's id on /changes/. */
export function changeKey(change: CatalogChange): string {
  const variant = change.offer.variant
    ? `-${change.offer.variant.replace(/[^a-z0-9]+/gi, '-')}`
    : '';
  return `${change.date}-${change.model.id}-${change.offer.provider.id}${variant}`.toLowerCase();
}
