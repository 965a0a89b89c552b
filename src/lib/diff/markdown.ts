/**
 * A catalog diff as Markdown, for a terminal, a pull request's job summary and its comment: each
 * change once, in words, with its numbers; the pages it touches with their addresses, grouped,
 * each group cut short after `perGroup` lines so a change to hundreds of pages stays readable.
 */
import { usd } from '../format.ts';
import { isCount, unitLabel } from '../../schemas/units.ts';
import type { CatalogDiff, Named, OfferRef, PriceChange, UnitChange } from './catalog-diff.ts';
import type { AffectedPages } from './pages.ts';
import { sourceKindLine } from './sources.ts';

/** How many pages of one group are listed before "and 12 more". */
export const PAGES_PER_GROUP = 20;

const FIELD_NAMES: Record<PriceChange['field'], string> = {
  input: 'input',
  output: 'output',
  cached_input: 'cached input',
  cache_write: 'cache write',
  batch_input: 'batch input',
  batch_output: 'batch output',
};

/** $0.15, as the pages write a price; "none" where there was none. */
const money = (v: number | null | undefined) => (v == null ? 'none' : usd(v));
const usdOrNone = money;

function percent(from: number | null | undefined, to: number | null | undefined): string {
  if (from == null || to == null || from === 0) return '';
  const p = ((to - from) / from) * 100;
  return ` (${p > 0 ? '+' : ''}${Math.abs(p) < 10 ? p.toFixed(1) : Math.round(p)}%)`;
}

/** Whether a unit is priced per 1M tokens (a fee, a minute or an image is priced each). */
const perMillion = (path: string) =>
  !path.startsWith('fees.') && !/per_minute|per_image/.test(path);

/** "priority input $4.25 → $5.00 (+17.6%) per 1M tokens", "web search fee … added: $10.00". */
function unitLine(c: UnitChange): string {
  const label = unitLabel(c.path);
  const unit = perMillion(c.path) && !isCount(c.path) ? ' per 1M tokens' : '';
  const money = isCount(c.path) ? (v: number | null | undefined) => String(v) : usdOrNone;
  const what =
    c.from == null
      ? `${label} added: ${money(c.to)}${unit}`
      : c.to == null
        ? `${label} removed (was ${money(c.from)}${unit})`
        : `${label} ${money(c.from)} → ${money(c.to)}${percent(c.from, c.to)}${unit}`;
  return `${c.modelName} at ${c.providerName}: ${what}`;
}

const offerLine = (o: OfferRef) => `${o.modelName} at ${o.providerName}`;
const named = (n: Named) => `${n.name} (\`${n.id}\`)`;

/** The pages, as full addresses under `site`. */
const address = (site: string, path: string) => `${site.replace(/\/$/, '')}${path}`;

const count = (n: number) => `${n} page${n === 1 ? '' : 's'}`;

/** The pages affected, each group with its count, then the pages gone. */
function pageLines(pages: AffectedPages, site: string, perGroup: number): string[] {
  const total = pages.groups.reduce((n, g) => n + g.pages.length, 0);
  const out = [`### Pages affected (${count(total)})`, ''];
  if (pages.everyPage) out.push(`Every page changes: ${pages.everyPage}.`, '');
  const list = (lines: string[]) => {
    out.push(...lines.slice(0, perGroup).map((l) => `- ${l}`));
    if (lines.length > perGroup) out.push(`- and ${lines.length - perGroup} more`);
    out.push('');
  };
  for (const group of pages.groups) {
    out.push(`#### ${group.name} (${group.pages.length})`, '');
    list(group.pages.map((p) => `${address(site, p.path)} (${p.why.join(', ')})`));
  }
  if (pages.gone.length > 0) {
    out.push(`#### Pages gone (${pages.gone.length}): links to them now find nothing`, '');
    list(pages.gone.map((p) => address(site, p)));
  }
  return out;
}

export function diffMarkdown(
  diff: CatalogDiff,
  options: { site: string; title: string; perGroup?: number },
): string {
  const out: string[] = [`## ${options.title}`, ''];
  const section = (heading: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(`### ${heading}`, '', ...lines.map((l) => `- ${l}`), '');
  };
  section(
    'Prices changed',
    diff.prices.map(
      (c) =>
        `${c.modelName} at ${c.providerName}: ${FIELD_NAMES[c.field]} ${money(c.from)} → ${money(c.to)}${percent(c.from, c.to)} per 1M tokens`,
    ),
  );
  section('Tiers, fees and other units changed', diff.units.map(unitLine));
  section(
    'Price history',
    diff.history.map(
      (h) =>
        `${h.modelName} at ${h.providerName}: past price input ${money(h.input)}, output ${money(h.output)}${h.from ? ` from ${h.from}` : ''} until ${h.until} ${h.change}`,
    ),
  );
  section('Sources that join or leave the daily refresh', diff.sources.map(sourceKindLine));
  section('Offers added', diff.offersAdded.map(offerLine));
  section('Offers removed', diff.offersRemoved.map(offerLine));
  section('Offers no longer sold', diff.offersWithdrawn.map(offerLine));
  section('Models added', diff.modelsAdded.map(named));
  section('Models removed', diff.modelsRemoved.map(named));
  section('Providers added', diff.providersAdded.map(named));
  section('Providers removed', diff.providersRemoved.map(named));
  section('Makers added', diff.makersAdded.map(named));
  section('Makers removed', diff.makersRemoved.map(named));
  section(
    'Facts changed',
    diff.facts.map((f) => `${f.name} (${f.kind}): ${f.field} ${f.from} → ${f.to}`),
  );
  section(
    'What the site derives, moved by this',
    diff.derived.map((d) => `${d.modelName}: ${d.what} ${d.from} → ${d.to}`),
  );
  const { pages } = diff;
  if (pages.groups.length > 0 || pages.gone.length > 0 || pages.everyPage)
    out.push(...pageLines(pages, options.site, options.perGroup ?? PAGES_PER_GROUP));
  else if (out.length === 2) out.push('No change to what the site shows.', '');
  return `${out.join('\n').trimEnd()}\n`;
}
