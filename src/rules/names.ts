/**
 * name-style and name-decoration: a family writes its shared words alike, and a name is the model's
 * own, without a catalogue's decorations.
 */
import type { ModelRecord } from '../schemas/records.ts';
import { modelWhere, type Rule, type RuleFinding } from './rule.ts';

/** Words of a name, each with the separator that came before it. */
function words(name: string): { word: string; sep: string }[] {
  const out: { word: string; sep: string }[] = [];
  const re = /([\s-]*)([^\s\-()]+)/g;
  for (const m of name.replace(/[()]/g, ' ').matchAll(re)) {
    out.push({
      sep: /-/.test(m[1] ?? '') ? '-' : (m[1] ?? '') === '' ? '' : ' ',
      word: m[2] ?? '',
    });
  }
  return out;
}

/** Siblings of one family must write a shared word alike, and join two shared words alike. */
export const nameStyle: Rule = ({ models }) => {
  const findings: RuleFinding[] = [];
  const families = new Map<string, ModelRecord[]>();
  for (const m of models) {
    const key = `${m.creator}/${m.family}`;
    families.set(key, [...(families.get(key) ?? []), m]);
  }
  for (const [family, members] of families) {
    const spelling = new Map<string, { text: string; model: ModelRecord }>();
    const joins = new Map<string, { sep: string; model: ModelRecord }>();
    for (const m of [...members].sort((a, b) => a.id.localeCompare(b.id))) {
      const ws = words(m.name);
      ws.forEach(({ word, sep }, i) => {
        // Version numbers and sizes are not spelled; only words are.
        if (!/[a-z]/i.test(word) || /^\d/.test(word)) return;
        const key = word.toLowerCase();
        const seen = spelling.get(key);
        if (seen && seen.text !== word) {
          findings.push({
            rule: 'name-style',
            where: modelWhere(m),
            message: `"${m.name}" writes "${word}" where its family ${family} writes "${seen.text}" ("${seen.model.name}")`,
          });
        } else if (!seen) spelling.set(key, { text: word, model: m });
        const prev = ws[i - 1];
        if (!prev || !/[a-z]/i.test(prev.word)) return;
        const pair = `${prev.word.toLowerCase()}|${key}`;
        const joined = joins.get(pair);
        if (joined && joined.sep !== sep) {
          const show = (s: string) => (s === '-' ? 'a hyphen' : s === ' ' ? 'a space' : 'nothing');
          findings.push({
            rule: 'name-style',
            where: modelWhere(m),
            message: `"${m.name}" joins "${prev.word}" and "${word}" with ${show(sep)} where "${joined.model.name}" uses ${show(joined.sep)}`,
          });
        } else if (!joined) joins.set(pair, { sep, model: m });
      });
    }
  }
  return findings;
};

const DECORATION =
  /\((?:latest|free|beta|new)\)|\blatest\b|:free\b|\b20\d\d-\d\d-\d\d\b|\(\d{4}\)/i;

export const nameDecoration: Rule = ({ models, creators }) => {
  const findings: RuleFinding[] = [];
  const makerNames = creators.map((c) => c.name.toLowerCase());
  for (const m of models) {
    const decoration = DECORATION.exec(m.name);
    if (decoration) {
      findings.push({
        rule: 'name-decoration',
        where: modelWhere(m),
        message: `"${m.name}" carries "${decoration[0]}", which belongs in an alias or offer, not the name`,
      });
    }
    const prefix = /^([^:]{1,40}):\s/.exec(m.name)?.[1];
    if (prefix && makerNames.includes(prefix.toLowerCase())) {
      findings.push({
        rule: 'name-decoration',
        where: modelWhere(m),
        message: `"${m.name}" starts with the maker "${prefix}:" as a catalogue lists it`,
      });
    }
  }
  return findings;
};
