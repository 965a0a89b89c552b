/**
 * dates: released, deprecated and retired in order, no price before its model, nothing ahead of today
 * (a fact's source read tomorrow included).
 */
import { makersOwnApi } from './own-api.ts';
import { modelWhere, offerWhere, type Rule, type RuleFinding } from './rule.ts';

const month = (d: string) => d.slice(0, 7);

export const dates: Rule = ({ models, providers }, { today }) => {
  const findings: RuleFinding[] = [];
  const add = (where: string, message: string) => findings.push({ rule: 'dates', where, message });
  const released = new Map<string, string>();
  for (const m of models) {
    const where = modelWhere(m);
    const day = m.released;
    // An unknown release (no page states it) is checked for nothing but the later dates' order.
    if (day !== undefined) {
      released.set(m.id, day);
      if (day > today) add(where, `released ${day} is after today (${today})`);
      if (m.deprecated && month(m.deprecated) < month(day))
        add(where, `deprecated ${m.deprecated} before its release ${day}`);
      if (m.retired && month(m.retired) < month(day))
        add(where, `retired ${m.retired} before its release ${day}`);
    }
    if (m.retired && m.deprecated && m.retired < m.deprecated)
      add(where, `retired ${m.retired} before its deprecation ${m.deprecated}`);
    if (m.status === 'retired' && m.retired && m.retired > today)
      add(where, `marked retired, but its retirement date ${m.retired} is still ahead: deprecated`);
    if (m.status !== 'retired' && m.retired && m.retired <= today)
      add(where, `retired on ${m.retired}, but marked ${m.status}`);
    if (m.status === 'deprecated' && !m.deprecated && !m.retired)
      add(where, 'marked deprecated without the date it was announced or the date it ends');
    for (const s of m.sources ?? [])
      if (s.read > today) add(where, `source ${s.url} read ${s.read}, after today`);
  }
  const retiredAt = new Map(
    models
      .filter((m) => m.status === 'retired' && m.retired !== undefined)
      .map((m) => [m.id, { day: m.retired, creator: m.creator }]),
  );
  for (const p of providers) {
    for (const o of p.offers) {
      const where = offerWhere(p, o);
      const retired = retiredAt.get(o.model);
      if (retired && makersOwnApi(p.id, retired.creator) && o.withdrawn === undefined)
        add(
          where,
          `retired by its maker on ${retired.day}, but still on sale at the maker's own API`,
        );
      for (const [field, value] of [
        ['updated', o.updated],
        ['checked', o.checked],
        ['withdrawn', o.withdrawn],
        ['speed.measured', o.speed?.measured],
      ] as const) {
        if (value !== undefined && value > today) add(where, `${field} ${value} is after today`);
      }
      const since = released.get(o.model);
      if (since && month(o.updated) < month(since))
        add(where, `priced as of ${o.updated}, before the model's release ${since}`);
      // A withdrawal before the price's date is allowed: catalogues keep listing a model for a
      // while after a provider stops selling it, and the provider's own date wins.
      let last = '';
      for (const h of o.history ?? []) {
        if (h.from && h.from >= h.until)
          add(where, `history: from ${h.from} is not before until ${h.until}`);
        if (h.until < last) add(where, `history is not oldest first (${h.until} after ${last})`);
        if (h.until > o.updated)
          add(where, `history ends ${h.until}, after the current price's date ${o.updated}`);
        last = h.until;
      }
    }
  }
  return findings;
};
