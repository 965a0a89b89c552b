/**
 * The offline XML validators in test/helpers/xml.ts, shown to pass a valid document and to fail
 * each kind of broken one, so a passing check on the site's feed or sitemap means something.
 */
import { describe, expect, it } from 'vitest';
import { validateAtom, validateSitemap, validateSitemapIndex } from './helpers/xml.ts';

const ENTRY = `<entry>
    <title>GPT-4o input price fell</title>
    <link href="https://atlas.example/models/gpt-4o/"/>
    <id>urn:model-atlas:change:gpt-4o:2026-11-20</id>
    <updated>2026-11-20T00:00:00Z</updated>
    <summary>Input fell from $2.50 to $2.00 per 1M tokens.</summary>
  </entry>`;

/** A small feed; `replace` swaps one exact piece of it to break it. */
function feed(replace: [string, string] = ['', '']): string {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Model Atlas price changes</title>
  <link rel="self" href="https://atlas.example/changes.xml"/>
  <link href="https://atlas.example/changes/"/>
  <id>https://atlas.example/changes.xml</id>
  <updated>2026-11-24T00:00:00Z</updated>
  <author><name>Model Atlas</name></author>
  ${ENTRY}
</feed>`;
  if (!xml.includes(replace[0])) throw new Error(`the feed has no ${replace[0]}`);
  return xml.replace(...replace);
}

describe('validateAtom', () => {
  it('accepts a minimal valid feed', async () => {
    expect(await validateAtom(feed())).toEqual([]);
  });

  it('accepts XHTML text, out-of-line content with a summary, extensions and a prefixed namespace', async () => {
    const xml = `<?xml version="1.0"?>
<!-- a comment -->
<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:ex="urn:example">
  <a:id>tag:atlas.example,2026:changes</a:id>
  <a:title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Price <b>changes</b></div></a:title>
  <a:updated>2026-11-24T08:00:00+01:00</a:updated>
  <ex:build number="42"/>
  <a:entry>
    <a:author><a:name>Atlas</a:name><a:email>atlas@example.com</a:email></a:author>
    <a:id>urn:x:1</a:id>
    <a:title type="html"><![CDATA[<b>Bold</b> & more]]></a:title>
    <a:updated>2026-11-24T08:00:00Z</a:updated>
    <a:content type="application/pdf" src="https://atlas.example/report.pdf"/>
    <a:summary>The monthly report.</a:summary>
  </a:entry>
</a:feed>`;
    expect(await validateAtom(xml)).toEqual([]);
  });

  it('rejects a feed without an id', async () => {
    const problems = await validateAtom(feed(['<id>https://atlas.example/changes.xml</id>', '']));
    expect(problems).toContain('atom:feed has no atom:id (RFC 4287 §4.1)');
    expect(problems.some((p) => /^line 2: element feed: /.test(p))).toBe(true);
  });

  it('rejects an entry without updated', async () => {
    const problems = await validateAtom(
      feed([
        '<updated>2026-11-20T00:00:00Z</updated>',
        '<published>2026-11-20T00:00:00Z</published>',
      ]),
    );
    expect(problems).toContain(
      'atom:entry 1 (urn:model-atlas:change:gpt-4o:2026-11-20) has no atom:updated (RFC 4287 §4.1)',
    );
  });

  it('rejects an entry with neither content nor an alternate link', async () => {
    const problems = await validateAtom(
      feed([
        '<link href="https://atlas.example/models/gpt-4o/"/>',
        '<link rel="related" href="/x"/>',
      ]),
    );
    expect(problems).toEqual([
      'atom:entry 1 (urn:model-atlas:change:gpt-4o:2026-11-20) has neither atom:content nor an alternate link (RFC 4287 §4.1.2)',
    ]);
  });

  it('rejects a feed with no author anywhere', async () => {
    const problems = await validateAtom(feed(['<author><name>Model Atlas</name></author>', '']));
    expect(problems).toEqual([
      'atom:entry 1 (urn:model-atlas:change:gpt-4o:2026-11-20) has no atom:author, and neither has atom:feed (RFC 4287 §4.1.1)',
    ]);
  });

  it('accepts a feed without an author when every entry has one', async () => {
    const xml = feed(['<author><name>Model Atlas</name></author>', '']).replace(
      '<summary>',
      '<author><name>Atlas</name></author><summary>',
    );
    expect(await validateAtom(xml)).toEqual([]);
  });

  it.each([
    ['a date without time', '2026-11-24'],
    ['a time without zone', '2026-11-24T00:00:00'],
    ['no date at all', 'yesterday'],
  ])('rejects an updated with %s', async (_, date) => {
    const problems = await validateAtom(feed(['2026-11-24T00:00:00Z', date]));
    expect(problems.join('\n')).toMatch(/^line 7: element updated: .*dateTime/m);
  });

  it('rejects an unknown Atom element, naming its line', async () => {
    const problems = await validateAtom(feed(['<summary>', '<price>2.00</price><summary>']));
    expect(problems).toContain('line 14: element price: Element entry has extra content: price');
  });

  it('rejects a link without href', async () => {
    const problems = await validateAtom(
      feed(['<link href="https://atlas.example/changes/"/>', '<link rel="alternate"/>']),
    );
    expect(problems.join('\n')).toMatch(/Element link failed to validate attributes/);
  });

  it('rejects two alternate links of the same type and language', async () => {
    const problems = await validateAtom(
      feed(['<link rel="self"', '<link href="https://atlas.example/"/><link rel="self"']),
    );
    expect(problems).toEqual([
      'atom:feed has more than one alternate link with type "" and hreflang "" (RFC 4287 §4.1.1)',
    ]);
  });

  it('rejects out-of-line content without a summary', async () => {
    const problems = await validateAtom(
      feed([
        '<summary>Input fell from $2.50 to $2.00 per 1M tokens.</summary>',
        '<content type="text/html" src="https://atlas.example/x.html"/>',
      ]),
    );
    expect(problems).toEqual([
      'atom:entry 1 (urn:model-atlas:change:gpt-4o:2026-11-20) has out-of-line content and no atom:summary (RFC 4287 §4.1.2)',
    ]);
  });

  it('rejects a relative id and a document that is not XML', async () => {
    const relative = await validateAtom(
      feed(['<id>https://atlas.example/changes.xml', '<id>/changes.xml']),
    );
    expect(relative.join('\n')).toMatch(/^line 6: element id: /m);
    const broken = await validateAtom(feed(['</feed>', '']));
    expect(broken.join('\n')).toMatch(/^line \d+: parser error : /m);
  });
});

const URLSET = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://atlas.example/</loc><lastmod>2026-11-24</lastmod><priority>1.0</priority></url>
  <url><loc>https://atlas.example/models/gpt-4o/</loc><lastmod>2026-11-24T00:00:00.000Z</lastmod></url>
</urlset>`;

describe('validateSitemap', () => {
  it('accepts a valid urlset', async () => {
    expect(await validateSitemap(URLSET)).toEqual([]);
  });

  it.each([
    [
      'a url without loc',
      '<loc>https://atlas.example/</loc>',
      '',
      /line 3: .*Expected is \( \{[^}]+\}loc \)/,
    ],
    [
      'a priority above 1',
      '<priority>1.0</priority>',
      '<priority>1.5</priority>',
      /line 3: .*priority.*maxInclusive/,
    ],
    [
      'a lastmod that is not a date',
      '<lastmod>2026-11-24</lastmod>',
      '<lastmod>last week</lastmod>',
      /line 3: .*lastmod.*not a valid value/,
    ],
  ])('rejects %s', async (_, from, to, message) => {
    const problems = await validateSitemap(URLSET.replace(from, to));
    expect(problems.join('\n')).toMatch(message);
  });
});

const INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://atlas.example/sitemap-0.xml</loc><lastmod>2026-11-24T00:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://atlas.example/sitemap-1.xml</loc></sitemap>
</sitemapindex>`;

describe('validateSitemapIndex', () => {
  it('accepts a valid sitemap index', async () => {
    expect(await validateSitemapIndex(INDEX)).toEqual([]);
  });

  it.each([
    ['a relative loc', 'https://atlas.example/sitemap-1.xml', '/sitemap-1.xml', /line 4: .*loc/],
    ['a lastmod that is not a date', '2026-11-24T00:00:00Z', 'today', /line 3: .*lastmod/],
    [
      'a url where a sitemap belongs',
      '<sitemap><loc>https://atlas.example/sitemap-1.xml</loc></sitemap>',
      '<url><loc>https://atlas.example/sitemap-1.xml</loc></url>',
      /line 4: .*url/,
    ],
    [
      'no sitemap at all',
      /<sitemap>.*<\/sitemap>\n/g,
      '',
      /line 2: .*sitemapindex.*Missing child element/,
    ],
  ])('rejects %s', async (_, from, to, message) => {
    const problems = await validateSitemapIndex(INDEX.replace(from, to));
    expect(problems.join('\n')).toMatch(message);
  });
});
