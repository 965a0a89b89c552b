/**
 * The real catalog, built (by global-setup) and read back as a visitor's browser would receive it:
 * every record has its page, and the model page's numbers are the YAML's numbers.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { readFragments } from './helpers/pagefind.ts';
import { roundedFrom, text } from './helpers/html.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const page = (p: string) => readFile(path.join(dist, p), 'utf8');
const rows = (html: string) =>
  [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => text(m[1] ?? '').trim());

describe('the built site', () => {
  it('has a page for every model, provider and creator in data/', () => {
    const missing = [
      ...data.models.map((m) => `models/${m.id}/index.html`),
      ...data.providers.map((p) => `providers/${p.id}/index.html`),
      ...data.creators.map((c) => `creators/${c.id}/index.html`),
    ].filter((p) => !existsSync(path.join(dist, p)));
    expect(missing).toEqual([]);
  });

  it("shows each model's cheapest paid input price, rounded, as its providers' YAML has it", async () => {
    const wrong: string[] = [];
    for (const m of data.models) {
      const inputs = data.providers.flatMap((p) =>
        p.offers
          .filter(
            (o) => o.model === m.id && !o.withdrawn && o.price.input != null && o.price.input > 0,
          )
          .map((o) => o.price.input ?? 0),
      );
      if (inputs.length === 0) continue;
      const cheapest = Math.min(...inputs);
      const html = await page(`models/${m.id}/index.html`);
      const shown = /(?:Text i|I)nput from \$([\d.]+) \/ 1M tokens/.exec(html)?.[1];
      if (!roundedFrom(Number(shown), cheapest))
        wrong.push(`${m.id}: page says ${shown}, data says ${cheapest}`);
      // The exact figure stays in the price table, marked cheapest.
      const exact = `$${cheapest.toFixed(6).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
      if (!html.includes(exact)) wrong.push(`${m.id}: the price table lacks ${exact}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes context windows on the overview as makers say them, 131,072 as 128K', async () => {
    const html = await page('models/index.html'); // every row: the overview holds the first 50
    const row = rows(html).find((r) => r.startsWith('Qwen3 32B '));
    expect(data.models.find((m) => m.id === 'qwen3-32b')?.context_window).toBe(131072);
    expect(row).toMatch(/ 128K /);
    // The decimal spellings of binary counts that the table used to show.
    expect(text(html)).not.toMatch(/\b(131\.1|262\.1|204\.8|65\.5|32\.8|16\.4)K\b/);
  });

  it('indexes for search exactly the model, provider and creator pages, in both bundles', async () => {
    const expected = [
      ...data.models.map((m) => `/models/${m.id}/`),
      ...data.providers.map((p) => `/providers/${p.id}/`),
      ...data.creators.map((c) => `/creators/${c.id}/`),
    ].sort();
    for (const bundle of ['pagefind', 'pagefind/quick']) {
      const entry = JSON.parse(await page(`${bundle}/pagefind-entry.json`)) as {
        languages: { en: { page_count: number } };
      };
      expect(entry.languages.en.page_count, bundle).toBe(expected.length);
      const fragments = await readFragments(path.join(dist, bundle));
      expect(fragments.map((f) => f.url).sort(), bundle).toEqual(expected);
      // Every document was whole: no part missing and written as "undefined".
      expect(fragments.filter((f) => /undefined/.test(f.content)).map((f) => f.url)).toEqual([]);
    }
    // The records the index was built from are not published.
    expect(existsSync(path.join(dist, 'search-records.json'))).toBe(false);
  });

  it("indexes a model's names, summary and result fields, with filters only in the full bundle", async () => {
    const model = data.models.find((m) => m.id === 'gpt-4o-mini');
    const [full, quick] = await Promise.all(
      ['pagefind', 'pagefind/quick'].map(async (bundle) =>
        (await readFragments(path.join(dist, bundle))).find(
          (f) => f.url === '/models/gpt-4o-mini/',
        ),
      ),
    );
    for (const fragment of [full, quick]) {
      expect(fragment?.meta['title']).toBe(model?.name);
      expect(fragment?.content).toContain(model?.summary);
      // The ways people type the name: "gpt4o mini", "4omini".
      expect(fragment?.content).toMatch(/\bgpt4o\b.*\b4omini\b/);
      // Not the price tables, notes and charts of the page.
      expect(fragment?.content).not.toMatch(/Last check|Not confirmed recently/);
    }
    // The prose is for the /search/ page; the quick bundle finds a page by name.
    const feature = model?.key_features?.[0] ?? '';
    expect(feature).not.toBe('');
    expect(full?.content).toContain(feature);
    expect(quick?.content).not.toContain(feature);
    expect(full?.filters['tier']).toEqual([model?.tier]);
    expect(full?.filters['input']).toContain('image');
    expect(quick?.filters).toEqual({});
  });

  it('ships no script on provider and creator pages, whose search box is a plain form', async () => {
    for (const p of [
      'providers/openai/index.html',
      'creators/openai/index.html',
      'providers/index.html',
      'creators/index.html',
    ]) {
      const html = await page(p);
      const scripts = [...html.matchAll(/<script(?![^>]*application\/(ld\+)?json)[^>]*>/g)];
      expect(scripts, p).toEqual([]);
      expect(html, p).not.toMatch(/<link[^>]+(modulepreload|\.js")/);
      // Without the script the box still searches: a GET form that opens /search/?q=….
      expect(html, p).toMatch(/<form class="site-search"[^>]*action="\/search\/"[^>]*method="get"/);
      expect(html, p).not.toContain('site-search-panel');
    }
  });

  it("loads only the search box's small loader up front on the other pages", async () => {
    for (const p of ['index.html', 'models/gpt-4o-mini/index.html', 'changes/index.html']) {
      const html = await page(p);
      const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
      const loader = sources.find((src) => /QuickSearch/.test(src));
      expect(loader, p).toBeDefined();
      // The loader only: the quick results' code arrives when the box is first used.
      const code = await readFile(path.join(dist, loader ?? ''), 'utf8');
      expect(gzipSync(code).length, p).toBeLessThan(1536);
    }
  });
});

describe('the gpt-4o-mini page', async () => {
  const html = await page('models/gpt-4o-mini/index.html');
  const body = text(html);
  const providers = data.providers.filter((p) => p.offers.some((o) => o.model === 'gpt-4o-mini'));

  it('has all ten sections, in order', () => {
    const marks = [
      '>GPT-4o mini <span class="badge tier-lightweight"',
      '<dl class="facts">',
      'id="pricing"',
      'id="details"',
      'id="strengths"',
      'id="about"',
      'id="faq"',
      'id="competitors"',
      'id="history"',
      'id="calculator"',
    ];
    const at = marks.map((m) => html.indexOf(m));
    expect(
      at.every((i) => i > 0),
      marks.filter((_, i) => (at[i] ?? -1) < 0).join(),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('heads the page with the creator, its status, the tier and the summary', () => {
    // OpenAI has announced its shutdown (data/models/openai/gpt-4o-mini.yaml), which the head says.
    expect(data.models.find((m) => m.id === 'gpt-4o-mini')?.status).toBe('deprecated');
    // Its shutdown day, 2027-01-14 in the YAML, in words beside the maker.
    expect(data.models.find((m) => m.id === 'gpt-4o-mini')?.retired).toBe('2027-01-14');
    expect(body).toContain(
      'OpenAI Deprecated, shuts down 14 Jan 2027 GPT-4o mini lightweight A small, low-cost multimodal OpenAI model',
    );
  });

  it('states the key facts, with the cheapest paid input and the free tier apart', () => {
    expect(body).toContain('Context window 128K');
    expect(body).toContain('Knowledge cutoff Sep 2023');
    expect(body).toContain('Tool calling Yes');
    expect(body).toContain('Modalities text, images and PDFs → text');
    // Poe's $0.14 is the lowest paid input; GitHub Models' free tier is named, not counted.
    expect(body).toContain(
      `Input from $0.14 / 1M tokens across ${providers.length} providers (free tier at GitHub Models)`,
    );
  });

  it("lists every provider's prices, OpenAI's with its batch prices, and marks the cheapest", () => {
    const table = rows(html.slice(html.indexOf('id="pricing"'), html.indexOf('id="details"')));
    // A header row, then one row per provider.
    expect(table).toHaveLength(providers.length + 1);
    // Date and age as of the build day, 2026-11-24: 129 and 145 days, four whole months each.
    // Each price with its batch and priority prices under it (priority: 0.25, 1 and 0.125).
    expect(table).toContain(
      'OpenAI maker’s own API $0.15 batch $0.075 priority $0.25 $0.60 batch $0.30 priority $1.00 $0.075 priority $0.125 128K 18 Jul 2026 4 months old LiteLLM Report a problem with the prices at OpenAI',
    );
    expect(table).toContain(
      'Poe reseller $0.14 cheapest $0.54 cheapest $0.068 124.1K 2 Jul 2026 4 months old models.dev Report a problem with the prices at Poe',
    );
    expect(table).toContain(
      'GitHub Models free tier, rate-limited Free Free — 128K 2 Jul 2026 4 months old models.dev Report a problem with the prices at GitHub Models',
    );
  });

  it('says once, in words, that no speed reading has arrived, instead of two columns of dashes', () => {
    const table = html.slice(html.indexOf('id="pricing"'), html.indexOf('id="details"'));
    expect(table).not.toContain('tok/s');
    expect(table).not.toContain('TTFT');
    expect(body).toContain(
      "No speed or time-to-first-token reading yet for these offers. They come from OpenRouter's measurements",
    );
    // The data's own refresh state says when OpenRouter was last read, if ever.
    const read = data.refreshState?.sources.openrouter?.last_success;
    expect(body).toContain(
      read ? 'OpenRouter was last read on' : 'OpenRouter has not been read yet.',
    );
  });

  it('says when prices were last checked, and warns that none was confirmed in 14 days', () => {
    // No refresh has run (data/ has no refresh-state.yaml): never "checked daily", and a notice.
    expect(data.refreshState).toBeUndefined();
    expect(body).not.toContain('checked daily');
    expect(body).toContain(
      'No automatic price check has run yet: each price shows the day it was taken from its source, and its age.',
    );
    expect(body).toContain('These prices have not been re-checked since they were taken');
    expect(body).toContain(
      `${providers.length} of ${providers.length} prices have not been confirmed in the last 14 days`,
    );
  });

  it('shows details, capabilities, editorial strengths and limitations, features, use cases and about', () => {
    expect(body).toContain('Max output 16K (16,384 tokens)');
    expect(body).toContain('Released 18 Jul 2024');
    expect(body).toContain('Structured output Yes');
    expect(body).toContain('Reasoning No');
    expect(body).toContain('Open weights No');
    expect(body).toContain('Very low cost per call for a multimodal model');
    expect(body).toContain('No reasoning mode');
    expect(body).toContain('High-volume classification, tagging and extraction');
    expect(body).toContain('GPT-4o mini is a small model in OpenAI');
  });

  it('answers its FAQ from the same numbers, and publishes it as FAQPage JSON-LD', () => {
    const block = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map((m) => m[1] ?? '')
      .find((json) => json.includes('"FAQPage"'));
    const faq = JSON.parse(block ?? '{}') as {
      '@type': string;
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    expect(faq['@type']).toBe('FAQPage');
    const answers = new Map(faq.mainEntity.map((q) => [q.name, q.acceptedAnswer.text]));
    expect(answers.get('How much does GPT-4o mini cost per million tokens?')).toBe(
      `GPT-4o mini costs from $0.14 per 1M input tokens and $0.54 per 1M output tokens, at Poe, a reseller. The maker's own API (OpenAI) charges $0.15 input and $0.60 output. Across its ${providers.length} providers the input price ranges from $0.14 to $0.1875. Cached input is from $0.068 per 1M tokens.`,
    );
    expect(answers.get('What is the context window of GPT-4o mini?')).toContain(
      '128,000 tokens (128K), and writes up to 16,384 tokens per response',
    );
    expect(answers.get('Does GPT-4o mini support tool calling?')).toBe(
      'Yes. GPT-4o mini can call functions you define, and supports output that follows a JSON Schema.',
    );
    expect(
      [...answers.keys()].some((q) =>
        q.startsWith('How does GPT-4o mini compare with GPT-4.1 mini, Claude Haiku 4.5'),
      ),
    ).toBe(true);
    for (const [q, a] of answers) expect(body, q).toContain(a);
  });

  it('links each editor-chosen competitor with its cheapest prices', () => {
    for (const id of [
      'gpt-4.1-mini',
      'claude-haiku-4.5',
      'gemini-3.5-flash',
      'deepseek-v4-flash',
    ]) {
      expect(html).toContain(`<a href="/models/${id}/">`);
    }
    // GPT-4.1 mini is deprecated too (data/models/openai/gpt-4.1-mini.yaml): its card says so.
    const gpt41mini = data.models.find((m) => m.id === 'gpt-4.1-mini');
    expect([gpt41mini?.status, gpt41mini?.retired]).toEqual(['deprecated', '2027-01-14']);
    expect(body).toMatch(
      /GPT-4\.1 mini OpenAI · lightweight Deprecated, shuts down 14 Jan 2027 Input from \$0\.36 at Poe, a reseller · \d+ (days|weeks|months) old OpenAI’s own API: \$0\.40 Output from \$1\.40/,
    );
  });

  it('draws the price history and lists its one recorded change: cached input, new in 2024', () => {
    expect(html.match(/<svg viewBox="0 0 400 180" role="img"/g)).toHaveLength(2);
    const history = data.providers
      .find((p) => p.id === 'openai')
      ?.offers.find((o) => o.model === 'gpt-4o-mini')?.history;
    expect(history?.map((h) => h.until)).toEqual(['2024-10-01']);
    expect(body).toContain('OpenAI $0.15 $0.60 1 Oct 2024 Price change cached input $0.075 (new)');
  });

  it('prices the typical workload at every provider, cheapest first, without JavaScript', () => {
    const calc = rows(html.slice(html.indexOf('id="calculator"')));
    // 2,000 input × $0.15 + 500 output × $0.60 = $0.0006 a request; × 1,000 a day × 30 days = $18.
    expect(calc).toContain('OpenAI $0.0006 $18.00');
    expect(calc.filter((r) => / \$[\d.,]+ \$[\d.,]+$/.test(r))).toHaveLength(providers.length);
    // The free, rate-limited tier comes after every paid offer, as in the price table.
    expect(calc.at(-1)).toMatch(/^GitHub Models \(free tier, rate-limited\) \$0 \$0/);
  });
});

describe('in-region prices', async () => {
  const html = await page('models/claude-sonnet-4.6/index.html');
  const offer = data.providers
    .find((p) => p.id === 'amazon-bedrock')
    ?.offers.find((o) => o.model === 'claude-sonnet-4.6');

  it("show under Bedrock's global price, with what they apply to", () => {
    const regional = offer?.price.regional;
    if (!regional?.input || !regional.output) throw new Error('no in-region price on Bedrock');
    const row = rows(html).find((r) => r.startsWith('Amazon Bedrock '));
    expect(row).toContain(
      `$${offer?.price.input?.toFixed(2)} in-region $${regional.input.toFixed(2)}`,
    );
    expect(row).toContain(`in-region $${regional.output.toFixed(2)}`);
    expect(text(html)).toContain(
      `“in-region” prices apply to requests kept in one region or geography, which costs more: ${regional.label}.`,
    );
  });
});

describe('the o3 page', async () => {
  const html = await page('models/o3/index.html');

  it('lists the recorded 80% price cut', () => {
    expect(rows(html)).toContainEqual(
      expect.stringMatching(
        /^OpenAI \$10\.00 → \$2\.00 \(−80%\) \$40\.00 → \$8\.00 \(−80%\) 10 Jun 2025 Price cut cached input \$2\.50 → \$0\.50 \(−80%\)$/,
      ),
    );
  });
});

describe('the price changes', async () => {
  // Every history entry in the YAML is one change: its price, then the next one (or the current).
  const recorded = data.providers.flatMap((p) =>
    p.offers.flatMap((o) =>
      (o.history ?? []).map((h, i, all) => {
        const next = all[i + 1]?.price ?? o.price;
        return {
          date: h.until,
          by: h.observed === true,
          model: o.model,
          before: h.price.input,
          after: next.input,
        };
      }),
    ),
  );
  const changes = await page('changes/index.html');
  const home = await page('index.html');

  it('lists on /changes/ every change the YAML records, newest first', () => {
    const listed = rows(changes).slice(1);
    expect(listed).toHaveLength(recorded.length);
    // Each recorded change on a row of its own: its model, its input price, alone where it held
    // (a change of long-context prices only), and its day after the prices ("by" the day a source
    // first showed it, where the day of the change is not public).
    const day = (r: string) => /((?:by )?\d{1,2} [A-Z][a-z]{2} \d{4}) Price /.exec(r)?.[1];
    const unmatched = [...listed];
    for (const c of recorded) {
      const model = data.models.find((m) => m.id === c.model);
      // A retired or deprecated model's name carries its status in words.
      const name = `${model?.name ?? ''}${model?.status === 'retired' ? ' Retired' : model?.status === 'deprecated' ? ' Deprecated,' : ''}`;
      // Prices as the page writes them: two decimals, or as many as the price has.
      const money = (n: number | null | undefined) =>
        n == null ? '—' : n.toFixed(2).length >= String(n).length ? n.toFixed(2) : String(n);
      const move =
        c.before === c.after ? `$${money(c.after)}` : `$${money(c.before)} → $${money(c.after)}`;
      const [y, mo, d] = c.date.split('-');
      const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[Number(mo) - 1];
      const when = `${c.by ? 'by ' : ''}${Number(d)} ${month} ${y}`;
      const at = unmatched.findIndex(
        (r) => r.startsWith(`${name} `) && r.includes(move) && day(r) === when,
      );
      expect(at, `${c.date} ${c.model} ${move}`).toBeGreaterThanOrEqual(0);
      unmatched.splice(at, 1);
    }
    const dates = [...changes.matchAll(/<td class="date">(?:by )?<time datetime="([\d-]+)"/g)];
    const newest = recorded.map((c) => c.date).sort();
    expect(dates.map((m) => m[1])).toEqual(newest.reverse());
    expect(listed).toContainEqual(
      // o3 is deprecated (data/models/openai/o3.yaml), shutting down 2026-12-11.
      expect.stringContaining(
        'o3 Deprecated, shuts down 11 Dec 2026 OpenAI $10.00 → $2.00 (−80%) $40.00 → $8.00 (−80%) 10 Jun 2025 Price cut',
      ),
    );
  });
  it('shows the latest changes on the overview, and links the feed from every page', () => {
    expect(text(home)).toContain('Latest price changes');
    // The five newest, as /changes/ lists them.
    const changeRows = (html: string) =>
      rows(html).filter((r) => / Price (cut|rise|change)/.test(r));
    expect(changeRows(home)).toEqual(changeRows(changes).slice(0, 5));
    expect(home).toContain('<link rel="alternate" type="application/atom+xml"');
  });
});
