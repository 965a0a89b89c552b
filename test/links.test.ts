/**
 * No broken links in the built site: every internal href and src names a file in it, every
 * #fragment an id on its page, and every link out of the site uses https. A small bad site proves
 * each kind of break is caught.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks } from './helpers/links.ts';

const SITE = 'http://localhost:4321';

describe('the links of the built site', () => {
  it('all resolve, fragments included, and external ones use https', async () => {
    const broken = await brokenLinks(inject('siteDir'), SITE);
    expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
  });

  it('reports a missing page, a missing fragment and a plain-http link, and passes good ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-links-'));
    try {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a', 'index.html'), '<h2 id="top">A</h2>');
      await writeFile(
        path.join(dir, 'index.html'),
        [
          '<a href="/a/">ok</a>',
          '<a href="/a/?x=1&amp;y=2#top">ok with query and fragment</a>',
          `<link rel="canonical" href="${SITE}/">`,
          '<a href="#here" id="here">ok, same page</a>',
          '<a href="https://example.com/">ok, https</a>',
          '<script>const s = `<a href="/not-a-link/">`;</script>',
          '<a href="/b/">missing page</a>',
          '<a href="/a/#bottom">missing fragment</a>',
          '<img src="/logo.svg" alt="">',
          '<a href="http://example.com/">plain http</a>',
        ].join('\n'),
      );
      expect(await brokenLinks(dir, SITE)).toEqual([
        '/ → /a/#bottom (no id "bottom")',
        '/ → /b/ (no such file)',
        '/ → /logo.svg (no such file)',
        '/ → http://example.com/ (not https)',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
