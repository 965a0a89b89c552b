/**
 * What search engines and link previews read from the built site: titles, descriptions, canonical
 * and social tags on every page, JSON-LD that parses and follows the rules search engines set for
 * its types, robots.txt, and a sitemap that lists exactly the pages meant to be found.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { validateAtom, validateSitemap, validateSitemapIndex } from './helpers/xml.ts';

const dist = inject('siteDir');
const SITE = 'http://localhost:4321';

interface Page {
  file: string;
  url: string;
  html: string;
}

const attr = (html: string, selector: RegExp) => html.match(selector)?.[1];
const meta = (html: string, key: string) =>
  attr(html, new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
const decode = (s: string | undefined) =>
  s
    ?.replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );
/** The file a site address is served from. */
const fileOf = (url: string) => {
  const p = new URL(url).pathname;
  return path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
};

let pages: Page[];
beforeAll(async () => {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  pages = await Promise.all(
    files.map(async (file) => ({
      file,
      url: `${SITE}/${file.replace(/index\.html$/, '')}`,
      html: await readFile(path.join(dist, file), 'utf8'),
    })),
  );
});

describe('every page', () => {
  it('has its own title and meta description', () => {
    const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
    const repeats: string[] = [];
    for (const p of pages) {
      const title = decode(attr(p.html, /<title>([^<]*)<\/title>/));
      const description = decode(meta(p.html, 'description'));
      expect(title, p.file).toBeTruthy();
      expect(description?.length, p.file).toBeGreaterThan(40);
      for (const [kind, value] of [
        ['title', title],
        ['description', description],
      ] as const) {
        const other = seen[kind].get(value ?? '');
        if (other) repeats.push(`${p.file} repeats the ${kind} of ${other}`);
        seen[kind].set(value ?? '', p.file);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('names its canonical address, and Open Graph and Twitter tags that match it', () => {
    for (const p of pages) {
      const canonical = attr(p.html, /<link rel="canonical" href="([^"]*)"/);
      const noindex = meta(p.html, 'robots') === 'noindex';
      // A page that asks not to be indexed (the 404 page, served at any address) names none.
      expect(canonical, p.file).toBe(noindex ? undefined : p.url);
      expect(meta(p.html, 'og:url'), p.file).toBe(noindex ? undefined : p.url);
      // Compared as read: an attribute escapes an apostrophe the title element writes as it is.
      expect(decode(meta(p.html, 'og:title')), p.file).toBe(
        decode(attr(p.html, /<title>([^<]*)<\/title>/)),
      );
      expect(meta(p.html, 'og:description'), p.file).toBe(meta(p.html, 'description'));
      expect(meta(p.html, 'twitter:card'), p.file).toBe('summary_large_image');
      const image = meta(p.html, 'og:image') ?? '';
      expect(existsSync(fileOf(image)), `${p.file}: ${image}`).toBe(true);
      expect(meta(p.html, 'og:image:alt'), p.file).toBeTruthy();
    }
  });
});

describe('JSON-LD', () => {
  it('parses on every page, and every page with a breadcrumb trail has it as a BreadcrumbList', () => {
    let trails = 0;
    for (const p of pages) {
      const blocks = jsonLd(p.html);
      const visible = [
        ...(p.html.match(/<nav class="crumbs"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(
          /<li>\s*(?:<a [^>]*>|<span [^>]*>)([^<]*)</g,
        ),
      ].map((m) => decode(m[1]));
      const list = blocks.find((b) => b['@type'] === 'BreadcrumbList');
      if (visible.length === 0) {
        expect(list, p.file).toBeUndefined();
        continue;
      }
      trails++;
      const items = list?.['itemListElement'] as
        { '@type': string; position: number; name: string; item: string }[] | undefined;
      // Search engines want two crumbs at least, numbered from 1, each with a full address.
      expect(items?.length, p.file).toBeGreaterThanOrEqual(2);
      expect(items?.map((i) => i.position)).toEqual(items?.map((_, i) => i + 1));
      expect(items?.[0]?.name).toBe('Home');
      expect(items?.at(-1)?.name, p.file).toBe(visible.at(-1));
      expect(items?.at(-1)?.item, p.file).toBe(p.url);
      for (const item of items ?? []) {
        expect(item['@type']).toBe('ListItem');
        expect(visible, p.file).toContain(item.name);
        expect(existsSync(fileOf(item.item)), `${p.file}: ${item.item}`).toBe(true);
      }
    }
    expect(trails).toBeGreaterThan(pages.length / 2);
  });

  it('gives every model page a FAQPage whose questions each have an answer', () => {
    const models = pages.filter((p) => /^models\/[^/]+\/index\.html$/.test(p.file));
    expect(models.length).toBeGreaterThan(100);
    for (const p of models) {
      const faq = jsonLd(p.html).filter((b) => b['@type'] === 'FAQPage');
      expect(faq, p.file).toHaveLength(1);
      const questions = faq[0]?.['mainEntity'] as
        | { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[]
        | undefined;
      expect(questions?.length, p.file).toBeGreaterThan(3);
      for (const q of questions ?? []) {
        expect(q['@type']).toBe('Question');
        expect(q.name.endsWith('?'), q.name).toBe(true);
        expect(q.acceptedAnswer['@type']).toBe('Answer');
        expect(q.acceptedAnswer.text.length, q.name).toBeGreaterThan(20);
      }
    }
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt points at the sitemap index, which lists sitemaps that exist', async () => {
    const robots = await readFile(path.join(dist, 'robots.txt'), 'utf8');
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    const index = await readFile(fileOf(sitemap ?? ''), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) expect(existsSync(fileOf(map)), map).toBe(true);
  });

  it('lists every page meant to be found, and none that asks not to be', async () => {
    const index = await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8');
    const locs = new Set<string>();
    for (const [, map] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const xml = await readFile(fileOf(map ?? ''), 'utf8');
      for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) locs.add(loc ?? '');
    }
    const findable = pages
      .filter((p) => meta(p.html, 'robots') !== 'noindex')
      .map((p) => p.url)
      .sort();
    expect([...locs].sort()).toEqual(findable);
    // The search page is a landing page of its own: found, and canonical without a query.
    expect(locs).toContain(`${SITE}/search/`);
  });
});

describe('the XML files', () => {
  it('the sitemap index and every sitemap validate against the sitemaps.org schemas', async () => {
    const index = await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8');
    expect(await validateSitemapIndex(index)).toEqual([]);
    for (const [, map] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      expect(await validateSitemap(await readFile(fileOf(map ?? ''), 'utf8')), map).toEqual([]);
    }
  });

  it('the price change feed is valid Atom, with an entry for each change the YAML records', async () => {
    const feed = await readFile(path.join(dist, 'changes.xml'), 'utf8');
    expect(await validateAtom(feed)).toEqual([]);
    const { data } = await loadData('data');
    const recorded = data.providers.flatMap((p) => p.offers.flatMap((o) => o.history ?? []));
    expect(feed.match(/<entry>/g)).toHaveLength(Math.min(recorded.length, 100));
    // Each entry links to its row on /changes/.
    const changes = await readFile(path.join(dist, 'changes/index.html'), 'utf8');
    for (const [, anchor] of feed.matchAll(
      /<link rel="alternate" type="text\/html" href="[^"#]*#([^"]+)"/g,
    )) {
      expect(changes, anchor).toContain(`id="${anchor}"`);
    }
  });
});
