/**
 * Retired and deprecated models are never listed as if still sold: over every page of the built
 * site, each listing of such a model says so in words. A small bad site shows the check can fail.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { unmarkedListings } from './helpers/status-marks.ts';

const { data } = await loadData('data');
const statuses = new Map(data.models.map((m) => [m.id, m.status]));

describe('status marks', () => {
  it('the catalog has retired and deprecated models to check', () => {
    const count = (s: string) => [...statuses.values()].filter((v) => v === s).length;
    expect(count('retired')).toBeGreaterThan(10);
    expect(count('deprecated')).toBeGreaterThan(5);
  });

  it('every listing of a retired or deprecated model on every page says so', async () => {
    const problems = await unmarkedListings(inject('siteDir'), statuses);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });

  it('catches a row and a list item without the word, and passes marked ones and prose', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-status-'));
    try {
      await mkdir(path.join(dir, 'models', 'old'), { recursive: true });
      await writeFile(
        path.join(dir, 'models', 'old', 'index.html'),
        '<a href="/models/old/">Old</a>',
      );
      await writeFile(
        path.join(dir, 'index.html'),
        [
          '<table><tr><th><a href="/models/old/">Old</a></th><td>$1</td></tr>',
          '<tr><th><a href="/models/old/">Old</a> <span>Retired 1 Jun 2026</span></th></tr></table>',
          '<ul><li class="card"><p><a href="/models/going/">Going</a></p><p>$2</p></li>',
          '<li><p><a href="/models/going/">Going</a></p><p>Deprecated, shuts down 1 Mar 2027</p></li></ul>',
          '<p>See <a href="/models/old/">Old</a> and <a href="/models/sold/">Sold</a>.</p>',
          '<script type="application/ld+json">{"url":"<a href=\\"/models/old/\\">"}</script>',
        ].join('\n'),
      );
      const found = await unmarkedListings(
        dir,
        new Map([
          ['old', 'retired'],
          ['going', 'deprecated'],
          ['sold', 'active'],
        ]),
      );
      expect(found).toEqual([
        '/: old listed without "Retired"',
        '/: going listed without "Deprecated"',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
