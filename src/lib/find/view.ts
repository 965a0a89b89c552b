/**
 * The finder's answer as the cells of its table, in words: one function for the page the build
 * writes and for the page's script, so a ready-made answer and a typed one read alike.
 */
import { isReseller } from '../catalog/sellers.ts';
import { priceAge } from '../provenance/freshness.ts';
import { statusMark } from '../catalog/status.ts';
import { describeMonth, describeWorkload } from '../pricing/workload.ts';
import { escapeMarkup } from '../escape.ts';
import { date, money, plural, tokens } from '../format.ts';
import type { FindQuery } from './query.ts';
import type { Answer, Priced, Ranked } from './rank.ts';
import { ON_FRONTIER, scoreCell, scoreSummary, type ScoreCell } from './score-view.ts';

/** The live answer: its length and caption, the same whether the build or the script draws it. */
export const LIVE_ROWS = 50;
export const LIVE_CAPTION =
  'Every model that meets the requirements, in the order asked for (the first 50)';

export interface ProviderCell {
  name: string;
  perMonth: string;
  /** "input $1.20 · cached $0.10 · output $4.00 · batch $0.50", the parts that cost anything. */
  parts: string;
  /** "18 Jul 2026 · LiteLLM", marked ⚠ when not confirmed recently. */
  dated: string;
  stale: boolean;
  /** An aggregator that routes requests to other providers: named a reseller on the page. */
  reseller: boolean;
}

export interface ResultRow {
  rank: number;
  id: string;
  name: string;
  maker: string;
  context: string;
  speed: string;
  best: ProviderCell;
  /** Other qualifying offers that are cheapest under some question: the closest alternatives. */
  others: Pick<ProviderCell, 'name' | 'perMonth'>[];
  /** Every provider selling the model, on its page. */
  providerCount: number;
  /** Words of caution: capabilities unknown, batch not priced. */
  flags: string[];
  /** With a benchmark asked about: the model's score on it. */
  score?: ScoreCell;
}

const SOURCE_NAMES: Record<string, string> = {
  litellm: 'LiteLLM',
  modelsdev: 'models.dev',
  openrouter: 'OpenRouter',
  'genai-prices': 'genai-prices',
};

export function sourceName(source: string): string {
  if (source.startsWith('https://')) return new URL(source).hostname.replace(/^www\./, '');
  return SOURCE_NAMES[source.split('@')[0] ?? ''] ?? source;
}

function providerCell(p: Priced, today: string): ProviderCell {
  const { parts } = p.cost;
  const month = (perRequest: number) => p.cost.perMonth * (perRequest / (p.cost.perRequest || 1));
  const bits = (
    [
      ['input', parts.input],
      ['cached', parts.cached],
      ['output', parts.output],
      ['batch', parts.batch],
    ] as const
  )
    .filter(([, v]) => v > 0)
    // A no-break space in each part: a narrow column wraps between parts, not inside one.
    .map(([label, v]) => `${label}\u00a0${money(month(v))}`);
  return {
    name: p.provider.name,
    perMonth: money(p.cost.perMonth),
    parts: bits.join('\u00a0· '),
    dated: `${p.offer.stale ? '⚠ ' : ''}${date(p.offer.updated)}, ${priceAge(p.offer.updated, today)} · ${sourceName(p.offer.source)}`,
    stale: p.offer.stale === true,
    reseller: isReseller(p.provider),
  };
}

function flagsOf(r: Ranked): string[] {
  const flags: string[] = [];
  // Retired and deprecated in words: never listed as if still sold.
  const status = statusMark(r.model);
  if (status) flags.push(status.words);
  if (r.unknown.length > 0) flags.push(`unpublished: ${r.unknown.join(', ')}`);
  if (!r.best.cost.batchPriced) flags.push('no batch price: billed at the usual one');
  if (r.best.cost.longContext) flags.push('long-prompt prices apply');
  return flags;
}

export function resultRows(
  answer: Answer,
  limit = Infinity,
  sort: FindQuery['sort'] = 'cost',
): ResultRow[] {
  return answer.results.slice(0, limit).map((r, i) => ({
    rank: i + 1,
    id: r.model.id,
    name: r.model.name,
    maker: r.maker,
    context: tokens(r.best.offer.ctx),
    speed: r.speed === undefined ? '—' : `${Math.round(r.speed)} tok/s`,
    best: providerCell(r.best, answer.today),
    // Only what the list of alternatives shows: a row can have many, and the page draws 50 rows.
    others: r.others.map((p) => ({ name: p.provider.name, perMonth: money(p.cost.perMonth) })),
    providerCount: r.model.providerCount,
    flags: flagsOf(r),
    ...(answer.benchmark && { score: scoreCell(r, answer, sort) }),
  }));
}

/** The sentence above the table: how many models meet it, and what was left out and why. */
export function answerSummary(answer: Answer, query: FindQuery): string {
  const n = answer.count;
  const parts = [
    `${plural(n, 'model')} ${n === 1 ? 'meets' : 'meet'} the requirements for this workload`,
  ];
  if (answer.unknownCount > 0)
    parts.push(
      `${plural(answer.unknownCount, 'model')} left out because a capability asked for is not published`,
    );
  if (answer.overBudget > 0) parts.push(`${answer.overBudget} over the budget`);
  const scores = scoreSummary(answer, query);
  parts.push(...scores.left);
  if (answer.freeOnly.length > 0)
    parts.push(`${plural(answer.freeOnly.length, 'model')} only on free, rate-limited tiers`);
  const work = query.month
    ? describeMonth(query.month, query.work)
    : describeWorkload(query.work).replace(/, cheapest first$/, '');
  const free =
    answer.freeOnly.length === 0
      ? ''
      : ` Free, rate-limited and not ranked: ${answer.freeOnly
          .slice(0, 5)
          .map((f) => `${f.model.name} (${f.providers.join(', ')})`)
          .join(
            '; ',
          )}${answer.freeOnly.length > 5 ? ` and ${answer.freeOnly.length - 5} more` : ''}.`;
  // Said once, so nobody wonders where a model they know went.
  const retired =
    query.needs.withRetired || query.needs.activeOnly
      ? ''
      : ' Retired models are left out unless asked for.';
  const resellers = query.needs.direct ? ' Resellers are left out.' : '';
  return `${parts.join('; ')}. ${work}, by month of 30 days.${scores.notes ? ` ${scores.notes}` : ''}${free}${retired}${resellers}`;
}

/**
 * The answer's table as HTML: written by the build into the page, and by the page's script into
 * the same place, so both show exactly the same thing. Every text is escaped. `scoreHeading` names
 * the benchmark of a score column ('' for none). The score and the month's cost come right after
 * the model, so a phone shows them without scrolling sideways; the provider that month is at
 * follows.
 */
export function tableHtml(
  rows: ResultRow[],
  caption: string,
  modelHref: (id: string) => string,
  scoreHeading = '',
) {
  const e = escapeMarkup;
  const sub = (text: string, cls = 'sub') => (text ? `<span class="${cls}">${e(text)}</span>` : '');
  // Speed only where some result has a measurement; otherwise a column of dashes says nothing.
  const speed = rows.some((r) => r.speed !== '—');
  const scoreTd = (c: ScoreCell | undefined) =>
    scoreHeading === ''
      ? ''
      : `<td class="num">${c?.score === '—' || !c ? '—' : `<strong>${e(c.score)}</strong>`}${sub(c?.value ?? '')}${c?.frontier ? sub(ON_FRONTIER, 'sub frontier') : ''}</td>`;
  const body = rows
    .map((r) => {
      const all = `<a href="${e(modelHref(r.id))}#pricing">all ${r.providerCount} providers</a>`;
      const others =
        r.others.length === 0
          ? r.providerCount > 1
            ? `<span class="sub">${all}</span>`
            : ''
          : `<details><summary>${r.others.length} ${r.others.length === 1 ? 'alternative' : 'alternatives'}</summary><ul>${r.others
              .map((o) => `<li>${e(o.name)}: ${e(o.perMonth)}</li>`)
              .join('')}<li>${all}</li></ul></details>`;
      return [
        '<tr>',
        `<td class="num">${r.rank}</td>`,
        `<th scope="row"><a href="${e(modelHref(r.id))}">${e(r.name)}</a>${sub(r.maker)}${r.flags.map((f) => sub(f, 'sub flag')).join('')}</th>`,
        scoreTd(r.score),
        `<td class="num month" data-col="month"><strong>${e(r.best.perMonth)}</strong>${sub(r.best.parts)}</td>`,
        `<td class="provider">${e(r.best.name)}${r.best.reseller ? sub('reseller') : ''}${others}</td>`,
        `<td class="num">${e(r.context)}</td>`,
        speed ? `<td class="num">${e(r.speed)}</td>` : '',
        `<td class="dated">${sub(r.best.dated, r.best.stale ? 'sub stale' : 'sub')}</td>`,
        '</tr>',
      ].join('');
    })
    .join('');
  return [
    '<table class="find-table">',
    `<caption>${e(caption)}</caption>`,
    `<thead><tr><th scope="col" class="num">#</th><th scope="col">Model</th>${scoreHeading ? `<th scope="col" class="num">${e(scoreHeading)}</th>` : ''}<th scope="col" class="num">Per month</th><th scope="col">Cheapest provider</th><th scope="col" class="num">Context</th>${speed ? '<th scope="col" class="num">Speed</th>' : ''}<th scope="col">Price as of</th></tr></thead>`,
    `<tbody>${body}</tbody>`,
    '</table>',
  ].join('');
}

/**
 * A short fingerprint of drawn HTML (cyrb53, in base 36). The build writes it beside the answer it
 * draws, so the page's script, drawing the same answer from the same data, can tell without
 * reading the page back that the answer on screen is already its own, and leave it be.
 */
export function fingerprint(html: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}.${html.length.toString(36)}`;
}
