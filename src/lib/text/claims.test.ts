/**
 * Every claim the generated text makes about a model, over the whole real catalog, held to the
 * YAML it comes from: the providers it names sell the model, the counts are the counts, a
 * "smaller" or "longer" window is smaller or longer and reads so, "the largest" has no equal, and
 * the cheapest provider named sells at that price. Expected values are read from `data/` here,
 * never from the catalog code under test.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../data/load.ts';
import { buildCatalog } from '../catalog/build.ts';
import type { CatalogModel } from '../catalog/types.ts';
import type { ModelRecord } from '../../schemas/records.ts';
import { providersNamed, readFigure } from '../../../test/helpers/claims.ts';
import { faqFor } from './faq.ts';
import { deriveInsights } from './insights.ts';
import { aboutText, keyFeatures, useCases } from './model-text.ts';

const { data } = await loadData('data');
const catalog = buildCatalog(data);

/** What the YAML says of each model: who sells it now, at which window and price. */
interface Sale {
  provider: string;
  /** The provider's kind: an aggregator must be called a reseller, first-party the maker's own. */
  kind: string;
  window: number;
  input: number | null | undefined;
  output: number | null | undefined;
}
const recordOf = new Map(data.models.map((m) => [m.id, m]));
const sales = new Map<string, Sale[]>();
for (const p of data.providers) {
  for (const o of p.offers) {
    if (o.withdrawn !== undefined) continue;
    const model = recordOf.get(o.model);
    if (!model) continue;
    const list = sales.get(o.model) ?? [];
    list.push({
      provider: p.name,
      kind: p.kind,
      window: o.context_window ?? model.context_window,
      input: o.price.input,
      output: o.price.output,
    });
    sales.set(o.model, list);
  }
}
const sellers = (id: string) => new Set((sales.get(id) ?? []).map((s) => s.provider));
const modelNames = data.models.map((m) => m.name);
const creatorName = new Map(data.creators.map((c) => [c.id, c.name]));

/** The editors' prose: without it, every sentence below is generated. */
const EDITORIAL = new Set([
  'description',
  'key_features',
  'use_cases',
  'strengths',
  'limitations',
  'faq',
]);
const bare = (m: CatalogModel) =>
  Object.fromEntries(Object.entries(m).filter(([key]) => !EDITORIAL.has(key))) as CatalogModel;

interface Written {
  model: CatalogModel;
  competitors: CatalogModel[];
  about: string[];
  features: string[];
  uses: string[];
  strengths: string[];
  limitations: string[];
  faq: { q: string; a: string }[];
}

const written: Written[] = catalog.models.map((m) => {
  const model = bare(m);
  const competitors = catalog.competitorsOf(m);
  const insights = deriveInsights(model, catalog.ranks.get(m.id) ?? {});
  return {
    model,
    competitors,
    about: aboutText(model),
    features: keyFeatures(model),
    uses: useCases(model),
    strengths: insights.strengths,
    limitations: insights.limitations,
    faq: faqFor(model, competitors),
  };
});
const all = (w: Written) => [
  ...w.about,
  ...w.features,
  ...w.uses,
  ...w.strengths,
  ...w.limitations,
  ...w.faq.flatMap((f) => [f.q, f.a]),
];

/** Non-retired models of a tier with the record's window: what "the largest of N" is out of. */
const tierWindows = (tier: string) =>
  data.models.filter((m) => m.tier === tier && m.status !== 'retired').map((m) => m.context_window);

describe('generated text over the real catalog', () => {
  it('covers every model, and some models make each kind of claim', () => {
    expect(written).toHaveLength(data.models.length);
    const text = written.flatMap(all).join('\n');
    for (const kind of [
      'Some providers serve a smaller window',
      'Long context:',
      'Only ',
      'providers in this catalog serve it',
      'Input costs from',
    ]) {
      expect(text, kind).toContain(kind);
    }
  });

  it('names only providers that sell the model, besides the makers it credits', () => {
    for (const w of written) {
      // "GPT-6 Sol by OpenAI", "Deprecated by Google": a maker is credited, not sold by. The
      // cheapest-provider test below holds a maker named as a seller ("at OpenAI") to its price.
      const makers = [w.model, ...w.competitors].map(
        (m) => creatorName.get(m.creator) ?? m.creator,
      );
      const selling = sellers(w.model.id);
      for (const sentence of all(w)) {
        for (const p of providersNamed(sentence, data.providers, [...modelNames, ...makers])) {
          expect(selling.has(p.name), `${w.model.id}: "${sentence}" names ${p.name}`).toBe(true);
        }
      }
    }
  });

  it('counts the providers that sell it, and names the only one where there is one', () => {
    for (const w of written) {
      const count = sellers(w.model.id).size;
      for (const sentence of all(w)) {
        for (const m of sentence.matchAll(/(\d+) providers?\b/g)) {
          expect(Number(m[1]), `${w.model.id}: "${sentence}"`).toBe(count);
        }
        const only = /^Only (.+) serves it here/.exec(sentence);
        if (only) expect([...sellers(w.model.id)], w.model.id).toEqual([only[1]]);
      }
      if (count === 0) expect(w.about.join(' ')).toContain('No provider in this catalog');
    }
  });

  it('calls a window smaller only where it is, with a figure that reads smaller', () => {
    let claims = 0;
    for (const w of written) {
      const answer = w.faq.find((f) => f.q.startsWith('What is the context window'))?.a ?? '';
      const own = /context window of ([\d,]+) tokens \(([^)]+)\)/.exec(answer);
      expect(own, w.model.id).not.toBeNull();
      const exact = readFigure(own?.[1] ?? '');
      const short = readFigure(own?.[2] ?? '');
      const record = recordOf.get(w.model.id);
      expect(exact.shown).toBe(record?.context_window);
      const smaller = (sales.get(w.model.id) ?? []).filter(
        (s) => s.window < (record?.context_window ?? 0),
      );
      const listed = /Some providers serve a smaller window: (.+)\.$/.exec(answer)?.[1];
      if (!listed) {
        expect(smaller, w.model.id).toEqual([]);
        continue;
      }
      const items = [...listed.matchAll(/(?:^|, | and )(.+?) \(([\d.,]+[KM]?)\)/g)];
      expect(items.length, `${w.model.id}: ${listed}`).toBe(smaller.length);
      for (const [, name, figure] of items) {
        claims++;
        const read = readFigure(figure ?? '');
        const sale = smaller.find((s) => s.provider === name && read.covers(s.window));
        expect(sale, `${w.model.id}: ${name} (${figure})`).toBeDefined();
        // Smaller to the eye too: against the model's figure in the same form.
        expect(read.shown, `${w.model.id}: ${name} (${figure})`).toBeLessThan(
          read.exact ? exact.shown : short.shown,
        );
      }
    }
    expect(claims).toBeGreaterThan(0);
  });

  it('calls a context long or short only against a median it beats, in figures that show it', () => {
    for (const w of written) {
      const record = recordOf.get(w.model.id);
      for (const s of w.strengths) {
        const m =
          /^Long context: ([\d.,]+[KM]?) tokens, (.+?) (\w+) models \(median ([\d.,]+[KM]?)\)/.exec(
            s,
          );
        if (!m) continue;
        const own = readFigure(m[1] ?? '');
        const median = readFigure(m[4] ?? '');
        expect(own.covers(record?.context_window ?? 0), s).toBe(true);
        expect(own.shown, s).toBeGreaterThan(median.shown);
        const others = tierWindows(m[3] ?? '').filter((x) => x >= (record?.context_window ?? 0));
        // "the largest of N" has no equal in its tier; "tied for the largest" has one.
        if (m[2]?.startsWith('the largest')) expect(others, s).toHaveLength(1);
        if (m[2]?.startsWith('tied for')) expect(others.length, s).toBeGreaterThan(1);
      }
      for (const s of w.limitations) {
        const m =
          /^Shorter context than most .+: ([\d.,]+[KM]?) tokens against a median of ([\d.,]+[KM]?)/.exec(
            s,
          );
        if (!m) continue;
        expect(readFigure(m[1] ?? '').covers(record?.context_window ?? 0), s).toBe(true);
        expect(readFigure(m[1] ?? '').shown, s).toBeLessThan(readFigure(m[2] ?? '').shown);
      }
    }
  });

  it('names as cheapest a provider that sells at that price, with no paid price below it', () => {
    const price = (s: string) => (s === 'Free' ? 0 : Number(s.replace('$', '')));
    for (const w of written) {
      const list = sales.get(w.model.id) ?? [];
      const paid = list.filter((s) => !(s.input === 0 && s.output === 0));
      const pool = paid.length ? paid : list;
      const answer = w.faq[0]?.a ?? '';
      const claims: [number, string, 'input' | 'output'][] = [];
      const rate = (said: string) => (said === 'nothing for' ? 0 : price(said.split(' ')[0] ?? ''));
      const both =
        /costs from (\S+ per 1M|nothing for) input tokens and (\S+ per 1M|nothing for) output tokens, at (.+?)\.(?: |$)/.exec(
          answer,
        );
      if (both) {
        claims.push([rate(both[1] ?? ''), both[3] ?? '', 'input']);
        claims.push([rate(both[2] ?? ''), both[3] ?? '', 'output']);
      }
      const free = / is free at (.+?), on a rate-limited tier\./.exec(answer);
      if (free) {
        claims.push([0, free[1] ?? '', 'input'], [0, free[1] ?? '', 'output']);
        expect(paid, w.model.id).toEqual([]);
      }
      for (const m of answer.matchAll(
        /(Input|Output) (?:costs from (\S+) per 1M tokens \((.+?)\)|is free at (.+?))\.(?: |$)/g,
      )) {
        const kind = m[1] === 'Input' ? 'input' : 'output';
        claims.push(m[2] ? [price(m[2]), m[3] ?? '', kind] : [0, m[4] ?? '', kind]);
      }
      const sentences = answer.split(/(?<=\.) (?=[A-Z])/).length;
      expect(
        claims.length,
        `${w.model.id}: every price sentence read: ${answer}`,
      ).toBeGreaterThanOrEqual(answer.startsWith('No provider') ? 0 : Math.min(1, sentences));
      for (const [value, said, kind] of claims) {
        const at = `${w.model.id}: ${kind} ${value} at ${said}`;
        // "at Poe, a reseller": the provider is named a reseller exactly when it is one.
        const provider = said.replace(/, a reseller$/, '');
        const resold = provider !== said;
        expect(
          pool.some(
            (s) =>
              s.provider === provider && s[kind] === value && (s.kind === 'aggregator') === resold,
          ),
          at,
        ).toBe(true);
        expect(
          pool.every((s) => s[kind] == null || s[kind] >= value),
          at,
        ).toBe(true);
      }
    }
  });

  it("quotes the maker's own price beside a reseller's, as the maker's own API sells it", () => {
    let quoted = 0;
    for (const w of written) {
      const answer = w.faq[0]?.a ?? '';
      const own = /The maker's own API \((.+?)\) charges (\S+) input(?: and (\S+) output)?\./.exec(
        answer,
      );
      if (!own) continue;
      quoted++;
      const [, provider, input, output] = own;
      const sale = (sales.get(w.model.id) ?? []).find(
        (s) => s.provider === provider && s.input === Number(input?.replace('$', '')),
      );
      expect(sale, `${w.model.id}: ${own[0]}`).toBeDefined();
      if (output) expect(sale?.output, w.model.id).toBe(Number(output.replace('$', '')));
      expect(sale?.kind, w.model.id).toBe('first-party');
      // Said only where the headline is a reseller's.
      expect(answer, w.model.id).toMatch(/, a reseller[.)]/);
    }
    expect(quoted).toBeGreaterThan(0);
  });

  it('dates the release as the YAML does', () => {
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ];
    for (const w of written) {
      const m = /released (?:on|in) (?:(\d+) )?(\w{3}) (\d{4})\./.exec(w.about[0] ?? '');
      // A release day no page states is left out of the YAML, and the text says nothing of it.
      if ((recordOf.get(w.model.id) as ModelRecord).released === undefined) {
        expect(w.about[0], w.model.id).not.toContain('released');
        continue;
      }
      expect(m, w.model.id).not.toBeNull();
      const [, day, month, year] = m ?? [];
      const iso = `${year}-${String(months.indexOf(month ?? '') + 1).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
      expect(iso, w.model.id).toBe((recordOf.get(w.model.id) as ModelRecord).released);
    }
  });
});
