/**
 * The models' sources in data/, held to the schema's promise (each page once, each fact it names
 * present), and the built model page showing each source beside its fact, as price rows do.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { date } from '../src/lib/format.ts';
import { hasFact, sourceOf } from '../src/schemas/fact-sources.ts';
import { between, text } from './helpers/html.ts';

const { data } = await loadData('data');
const sourced = data.models.filter((m) => (m.sources ?? []).length > 0);

describe("the models' sources in data/", () => {
  it('cover hundreds of facts, each naming a fact its model gives, each page once', () => {
    const wrong: string[] = [];
    for (const m of sourced) {
      const urls = (m.sources ?? []).map((s) => s.url);
      if (new Set(urls).size !== urls.length) wrong.push(`${m.id}: a page twice`);
      for (const s of m.sources ?? [])
        for (const f of s.fields) if (!hasFact(m, f)) wrong.push(`${m.id}: ${f} has no value`);
    }
    expect(wrong).toEqual([]);
    expect(sourced.length).toBeGreaterThanOrEqual(200);
  });

  it('keep a reliable-knowledge cutoff only where a page states it', () => {
    const reliable = data.models.filter((m) => m.reliable_knowledge_cutoff !== undefined);
    expect(reliable.length).toBeGreaterThan(0);
    for (const m of reliable) expect(sourceOf(m, 'reliable_knowledge_cutoff'), m.id).toBeDefined();
  });
});

describe('the model page', () => {
  const dist = inject('siteDir');
  // A model whose context window a maker's page supports. (A fact no page supports shows no source:
  // data/ has none left, so units-synthetic.test.ts checks that on its synthetic catalog's pages.)
  const model = sourced.find((m) => sourceOf(m, 'context_window')?.secondary !== true);
  // The model details section, where each fact has its row (the header repeats a few, unsourced).
  const page = async () =>
    between(
      await readFile(path.join(dist, `models/${model?.id ?? ''}/index.html`), 'utf8'),
      'id="details"',
      '</section>',
    );

  it('shows the page a fact was read on beside it, linked, with the day read', async () => {
    const source = model && sourceOf(model, 'context_window');
    expect(source).toBeDefined();
    const html = await page();
    const row = /<dt>Context window<\/dt>\s*<dd>(.*?)<\/dd>/s.exec(html)?.[1] ?? '';
    expect(row).toContain(`href="${source?.url ?? ''}"`);
    const host = new URL(source?.url ?? 'https://x.y').hostname.replace(/^www\./, '');
    expect(text(row)).toContain('Source of Context window:');
    // The host is the link's words; the day read follows it, as a price row's source does.
    expect(row).toContain(
      `>${host}</a>${source?.secondary ? ' (secondary page)' : ''}, read ${date(source?.read)}</span>`,
    );
  });

  it("quotes the facts' sources in the Report a problem link", async () => {
    const html = await page();
    const link = [...html.matchAll(/href="([^"]*field=model\+facts[^"]*)"/g)][0]?.[1] ?? '';
    const current = new URL(link.replaceAll('&amp;', '&')).searchParams.get('current') ?? '';
    for (const s of model?.sources ?? []) expect(current).toContain(`${s.url} (`);
  });
});
