/**
 * The refresh report, in Markdown: what was checked, what changed (old → new, %), and why anything
 * was refused or held. It is the daily pull request's body, so it leads with whether a person is
 * needed and why.
 */
import { percentChange, plural, usd } from '../lib/format.ts';
import { needsPerson } from './plan/plan.ts';
import { changedFields, flatPrice } from './plan/prices.ts';
import type { OfferRef, Plan } from './plan/types.ts';

const LISTED = 50;

const who = (o: OfferRef) => `${o.provider} / ${o.model}${o.variant ? ` (${o.variant})` : ''}`;
const cell = (text: string) => text.replace(/\|/g, '\\|');

function move(before: number | null | undefined, after: number | null | undefined): string {
  if (before == null) return `${usd(after)} (new)`;
  if (after == null) return usd(before);
  return `${usd(before)} → ${usd(after)} (${percentChange(before, after)})`;
}

/** Lists at most LISTED lines, then says how many more there were. */
function capped(lines: string[]): string[] {
  return lines.length > LISTED
    ? [...lines.slice(0, LISTED), `- …and ${lines.length - LISTED} more`]
    : lines;
}

export function renderReport(p: Plan): string {
  const failed = p.sources.filter((s) => !s.ok);
  const gone = p.fees.filter((f) => f.change === 'gone');
  const out: string[] = [`# Price refresh, ${p.today}`, ''];
  if (needsPerson(p)) {
    const why = [
      p.refusals.length > 0 && plural(p.refusals.length, 'refusal'),
      p.conflicts.length > 0 &&
        plural(p.conflicts.length, 'conflict between sources', 'conflicts between sources'),
      gone.length > 0 &&
        plural(
          gone.length,
          'fee no longer stated by its source',
          'fees no longer stated by their source',
        ),
      failed.length > 0 && plural(failed.length, 'source not used', 'sources not used'),
    ].filter(Boolean);
    out.push(`**Needs a person:** ${why.join(', ')}. Nothing refused or disputed was applied.`, '');
  } else {
    out.push(
      `**Nothing needs a person.** ${plural(p.changes.length, 'price change')} applied.`,
      '',
    );
  }
  out.push(
    '| | count |',
    '| --- | ---: |',
    `| offers checked | ${p.checked.toLocaleString('en-US')} |`,
    `| prices changed | ${p.changes.length} |`,
    `| prices confirmed | ${p.confirmations.length.toLocaleString('en-US')} |`,
    `| refused | ${p.refusals.length} |`,
    `| conflicts | ${p.conflicts.length} |`,
    `| fees added or no longer stated | ${p.fees.length} |`,
    `| no longer listed by their source (left as they are, going stale) | ${p.unlisted.length} |`,
    `| speed readings written | ${p.speeds.length} |`,
    `| sources failed or refused | ${failed.length} |`,
    '',
    '## Sources',
    '',
    '| source | result | models | offers matched |',
    '| --- | --- | ---: | ---: |',
    ...p.sources.map(
      (s) =>
        `| ${s.id} | ${s.ok ? 'read' : cell(`not used: ${s.error ?? 'unknown error'}`)} | ${s.models.toLocaleString('en-US')} | ${s.matched.toLocaleString('en-US')} |`,
    ),
    '',
  );
  const notes = p.sources.flatMap((s) => s.notes.map((n) => `- ${s.id}: ${n}`));
  if (notes.length > 0) out.push('Notes:', '', ...capped(notes), '');

  if (p.changes.length > 0) {
    out.push(
      '## Changes',
      '',
      '| offer | price | was from | now from |',
      '| --- | --- | --- | --- |',
    );
    for (const c of p.changes) {
      const before = flatPrice(c.before);
      const after = flatPrice(c.after);
      const moves = changedFields(c.before, c.after).map(
        (f) => `${f} ${move(before.get(f), after.get(f))}`,
      );
      out.push(
        `| ${cell(who(c.offer))} | ${cell(moves.join('; '))} | ${c.previousRef} | ${c.ref} |`,
      );
    }
    out.push('');
  }
  if (p.refusals.length > 0) {
    out.push('## Refused (not applied)', '');
    out.push(
      ...capped(
        p.refusals.map((r) => `- ${r.offer ? `${who(r.offer)}: ` : ''}${r.reason} (${r.source})`),
      ),
      '',
    );
  }
  if (p.conflicts.length > 0) {
    out.push('## Sources disagree (not applied)', '');
    out.push(
      ...capped(
        p.conflicts.map(
          (c) =>
            `- ${who(c.offer)}, ${c.field}: now ${usd(c.before)}; ${Object.entries(c.says)
              .map(([ref, v]) => `${ref} says ${usd(v)}`)
              .join(', ')}`,
        ),
      ),
      '',
    );
  }
  if (p.fees.length > 0) {
    out.push('## Fees added or no longer stated', '');
    out.push(
      ...capped(
        p.fees.map((f) =>
          f.change === 'added'
            ? `- ${who(f.offer)}: ${f.field} ${usd(f.after)} added (${f.source}), applied with the change`
            : `- ${who(f.offer)}: ${f.field} ${usd(f.before)} is no longer stated by ${f.source}; kept, check the provider's page`,
        ),
      ),
      '',
    );
  }
  if (p.unlisted.length > 0) {
    out.push('## No longer listed by their source', '');
    out.push(
      'Kept as they are; the site flags them once their prices are 14 days unconfirmed.',
      '',
    );
    out.push(...capped(p.unlisted.map((u) => `- ${who(u.offer)} (${u.source})`)), '');
  }
  return out.join('\n');
}
