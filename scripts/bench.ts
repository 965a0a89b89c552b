/**
 * `npm run bench [-- --sizes 100,1000] [--offers-per-model 10] [--no-search] [--no-overview]`: builds synthetic catalogs of 100, 1,000 and 10,000 models
 * (generated into a temporary folder, never data/) and measures validation, the Astro build and its
 * phases, Pagefind, peak memory, output size, the first search and the finder's first answer in
 * Chromium, and the overview on a phone by Lighthouse. Then builds a bare Astro site of the same pages and indexes it with Pagefind's CLI
 * (src/bench/baseline.ts): our build's time over that baseline's is the figure tracked, since
 * absolute times move with the machine. Prints a table and writes bench/results.json and the table
 * in docs/performance.md.
 */
import { readdir, readFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { parseBuildLog } from '../src/bench/build-log.ts';
import { MAKERS, OFFERS_PER_MODEL, writeSyntheticCatalog } from '../src/bench/generate.ts';
import { syntheticName } from '../src/bench/model.ts';
import { measure } from '../src/bench/measure.ts';
import { measureBaseline } from '../src/bench/baseline.ts';
import { machine, machineLine, table, targets, type SizeResult } from '../src/bench/report.ts';
import { firstSearch } from '../src/bench/search.ts';
import { firstAnswer } from '../src/bench/finder.ts';
import { overviewOnPhone } from '../src/bench/overview.ts';
import { childEnv } from '../src/harness/run.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'no-search': { type: 'boolean', default: false },
    'no-overview': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'offers-per-model': { type: 'string', default: String(OFFERS_PER_MODEL) },
  },
});
const sizes = values.sizes.split(',').map((v) => Number(v.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, got ${values.sizes}`);
  process.exit(2);
}
const offersPerModel = Number(values['offers-per-model']);
if (!(offersPerModel >= 1)) {
  console.error(
    `--offers-per-model takes a number of at least 1, got ${values['offers-per-model']}`,
  );
  process.exit(2);
}

// Fixed so that derived pages (staleness, "new" badges) do not move with the calendar.
const TODAY = '2026-11-24';
const RESULTS = 'bench/results.json';
const DOC = 'docs/performance.md';
/** The repository, whose node_modules the bare baseline links to. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Our pages rendered at once, which the baseline copies so both builds render alike. */
const config = (await import(pathToFileURL(path.join(ROOT, 'astro.config.ts')).href)) as {
  default: { build?: { concurrency?: number } };
};
const CONCURRENCY = config.default.build?.concurrency;

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function benchSize(models: number): Promise<SizeResult> {
  const tmp = await mkdtemp(path.join(tmpdir(), `atlas-bench-${models}-`));
  try {
    const dataDir = path.join(tmp, 'data');
    const files = await writeSyntheticCatalog(dataDir, { size: models, offersPerModel });
    const offers = await countOffers(dataDir);
    const env = childEnv({
      ATLAS_DATA_DIR: dataDir,
      ATLAS_CACHE_DIR: path.join(tmp, 'cache'),
      ATLAS_TODAY: TODAY,
    });
    console.log(`\n${models} models: ${files} files written to ${dataDir}`);

    const validate = await measure(['scripts/validate.ts'], env);
    if (validate.status !== 0) throw new Error(`validate failed:\n${validate.output.slice(-3000)}`);
    console.log(`  validate ${(validate.wallMs / 1000).toFixed(1)} s: ${validate.output.trim()}`);

    const out = path.join(tmp, 'dist');
    const build = await measure(
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
      env,
    );
    await writeFile(path.join(tmp, 'build.log'), build.output);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
    const phases = parseBuildLog(build.output);
    console.log(`  build ${(build.wallMs / 1000).toFixed(1)} s`, phases);

    const search = values['no-search']
      ? undefined
      : await firstSearch(
          out,
          `/models/synth-${Math.ceil(models / 2)}/`,
          // A model's name as people type it: lower case, its family shared with some others.
          syntheticName(Math.min(models, 42), MAKERS).toLowerCase(),
        );
    if (search) console.log('  search', search);
    const finder = values['no-search'] ? undefined : await firstAnswer(out);
    if (finder) console.log('  finder', finder);
    const overview = values['no-overview'] ? undefined : await overviewOnPhone(out);
    if (overview) console.log('  overview', overview);

    // After the browser, so the baseline's build and ours each had the machine to themselves.
    const baseline = await measureBaseline({
      site: out,
      dir: path.join(tmp, 'bare'),
      root: ROOT,
      concurrency: CONCURRENCY,
      ourBuildMs: build.wallMs,
      ourPagesIndexed: phases.pagesIndexed,
      env: childEnv(),
    });
    console.log('  baseline', baseline);

    return {
      models,
      date: new Date().toISOString(),
      files,
      offers,
      validateMs: Math.round(validate.wallMs),
      buildMs: Math.round(build.wallMs),
      totalMs: Math.round(validate.wallMs + build.wallMs),
      peakRssBytes: Math.max(validate.peakRssBytes, build.peakRssBytes),
      distBytes: await folderBytes(out),
      pagefindBytes: await folderBytes(path.join(out, 'pagefind')),
      phases,
      search,
      finder,
      baseline,
      overview,
    };
  } finally {
    if (values.keep) console.log(`  kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

async function countOffers(dataDir: string): Promise<number> {
  let n = 0;
  for (const name of await readdir(path.join(dataDir, 'providers'))) {
    const text = await readFile(path.join(dataDir, 'providers', name), 'utf8');
    n += text.match(/^ {2}- model: /gm)?.length ?? 0;
  }
  return n;
}

const fresh: SizeResult[] = [];
for (const size of sizes) fresh.push(await benchSize(size));

// Sizes not run this time keep their last figures, each with its own date.
const previous = await readFile(RESULTS, 'utf8')
  .then((t) => (JSON.parse(t) as { results: SizeResult[] }).results)
  .catch(() => []);
const results = [...previous.filter((r) => !sizes.includes(r.models)), ...fresh].sort(
  (a, b) => a.models - b.models,
);
const host = machine();
// Through Prettier, as the docs below: `npm run lint` checks this file too.
await writeFile(
  RESULTS,
  await format(JSON.stringify({ machine: host, date: new Date().toISOString(), results }), {
    ...(await resolveConfig(RESULTS)),
    filepath: RESULTS,
  }),
);

const summary = [
  `Machine: ${machineLine(host)}. Run ${new Date().toISOString().slice(0, 10)}.`,
  '',
  table(results),
  '',
  ...targets(results).map((t) => `- ${t}`),
].join('\n');
const doc = await readFile(DOC, 'utf8').catch(() => '<!-- bench:start -->\n<!-- bench:end -->\n');
const updated = doc.replace(
  /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
  `<!-- bench:start -->\n${summary}\n<!-- bench:end -->`,
);
// Formatted as the project formats Markdown, so a run leaves `npm run lint` passing.
await writeFile(DOC, await format(updated, { ...(await resolveConfig(DOC)), filepath: DOC }));
console.log(`\n${summary}\n\nWrote ${RESULTS} and ${DOC}.`);
