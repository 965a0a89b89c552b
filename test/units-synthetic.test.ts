/**
 * The finder's audio and image fields on a catalog that bills every such unit. data/ prices no
 * audio by the minute made and no image made yet, so their Chromium tests would have nothing to
 * run on; this file builds a small synthetic catalog (src/bench/generate.ts, the bench's own), in
 * which some offers price audio read and made by the minute and images made by the image, and runs
 * the same tests (helpers/units-finder.ts) on the site built from it. Its models name no sources,
 * which data/'s no longer lack, so it also shows a model page with facts no page supports.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCatalog } from '../src/bench/generate.ts';
import { loadData } from '../src/data/load.ts';
import { ASTRO, run } from '../src/harness/run.ts';
import { SITE_TODAY } from './global-setup.ts';
import { browseSite, type SiteBrowser } from './helpers/browser.ts';
import { between } from './helpers/html.ts';
import { FIELDS, finderUnitTests, pricedFields } from './helpers/units-finder.ts';

// Written before the tests are collected: which tests there are depends on the catalog.
const tmp = await mkdtemp(path.join(tmpdir(), 'atlas-units-'));
const dataDir = path.join(tmp, 'data');
// 100 models of seed 1: offers pricing each of the three units (checked below).
await writeSyntheticCatalog(dataDir, { size: 100, seed: 1 });
const { data, problems } = await loadData(dataDir);
const out = path.join(tmp, 'dist');

let site: SiteBrowser | undefined;
beforeAll(async () => {
  const built = run([ASTRO, 'build', '--outDir', out], {
    ATLAS_DATA_DIR: dataDir,
    ATLAS_TODAY: SITE_TODAY,
    // Its own Astro cache, so it cannot race the other builds for the data store.
    ATLAS_CACHE_DIR: path.join(tmp, 'cache'),
  });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}\n${built.stderr}`);
  site = await browseSite(out);
});
afterAll(async () => {
  await site?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the synthetic catalog', () => {
  it('loads cleanly and prices audio read and made per minute and images made per image', () => {
    expect(problems).toEqual([]);
    expect([...pricedFields(data).keys()].sort()).toEqual(Object.keys(FIELDS).sort());
  });
});

describe('a model page whose facts no page supports', () => {
  it('shows no source beside its facts, where a sourced fact shows its page and day read', async () => {
    const model = data.models[0];
    expect(model?.sources).toBeUndefined();
    const html = between(
      await readFile(path.join(out, 'models', model?.id ?? '', 'index.html'), 'utf8'),
      'id="details"',
      '</section>',
    );
    for (const label of ['Released', 'Context window']) {
      const row = new RegExp(`<dt>${label}</dt>\\s*<dd>(.*?)</dd>`, 's').exec(html)?.[1];
      expect(row, label).toBeDefined();
      expect(row).not.toContain('Source of');
    }
  });
});

finderUnitTests(data, () => {
  if (!site) throw new Error('the synthetic site was not built');
  return site;
});
