/**
 * `npm run refresh`: reads today's prices from OpenRouter, LiteLLM, models.dev and genai-prices, plans what they
 * change in data/, and applies what is safe: the whole data set is validated with the edits before
 * any file is written, and each file is written through a temporary file and a rename.
 *
 *   npm run refresh -- [--dry-run] [--report FILE] [--today YYYY-MM-DD] [--sources litellm,modelsdev]
 *
 * Exit status: 0 nothing needs a person (changes, if any, were applied); 2 something needs a
 * person (a refusal, a conflict between sources, a source that failed: the rest was applied);
 * 1 the run could not be made (bad arguments, invalid data, edits that would not validate), and
 * nothing was written.
 *
 * Base URLs: ATLAS_OPENROUTER_URL, ATLAS_LITELLM_URL, ATLAS_MODELSDEV_URL, ATLAS_GENAI_PRICES_URL;
 * OPENROUTER_API_KEY, when set, is sent to OpenRouter so its endpoint statistics (speed, time to
 * first token) are not null; ATLAS_DATA_DIR picks the
 * data folder; ATLAS_REFRESH_TIMEOUT_MS, ATLAS_REFRESH_BACKOFF_MS and ATLAS_REFRESH_MAX_BYTES tune the
 * HTTP client.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';
import { applyChanges, type Changes } from '../src/data/write-files.ts';
import { editProviderFile, nextState, stateFileText } from '../src/refresh/edit.ts';
import { DEFAULT_FETCH, type FetchOptions } from '../src/refresh/http.ts';
import { needsPerson, plan } from '../src/refresh/plan/plan.ts';
import { endpointIds } from '../src/refresh/plan/speed.ts';
import type { SourceRead } from '../src/refresh/plan/types.ts';
import { renderReport } from '../src/refresh/report.ts';
import { readLiteLLMLive } from '../src/refresh/sources/litellm.ts';
import { readModelsDevLive } from '../src/refresh/sources/modelsdev.ts';
import { readOpenRouter } from '../src/refresh/sources/openrouter.ts';
import { SOURCE_IDS } from '../src/schemas/fields.ts';
import type { SourceId } from '../src/sources/types.ts';
import { readGenaiPricesLive } from '../src/refresh/sources/genai-prices.ts';

const SOURCES: readonly SourceId[] = SOURCE_IDS;
const URLS = {
  openrouter: process.env['ATLAS_OPENROUTER_URL'] ?? 'https://openrouter.ai',
  litellm:
    process.env['ATLAS_LITELLM_URL'] ??
    'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
  modelsdev: process.env['ATLAS_MODELSDEV_URL'] ?? 'https://models.dev/api.json',
  // The live feed both of genai-prices' own clients read (prices/data.json is frozen at v1).
  'genai-prices':
    process.env['ATLAS_GENAI_PRICES_URL'] ??
    'https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json',
};

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      today: { type: 'string' },
      sources: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(
    `${error instanceof Error ? error.message : String(error)}\nusage: npm run refresh -- [--dry-run] [--report FILE] [--today YYYY-MM-DD] [--sources a,b]`,
  );
}

const today = args.today ?? process.env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today: expected YYYY-MM-DD, got ${today}`);
const chosen = (args.sources?.split(',') ?? SOURCES).map((s) => s.trim());
const unknown = chosen.filter((s) => !SOURCES.includes(s as SourceId));
if (unknown.length > 0)
  fail(`--sources: unknown ${unknown.join(', ')}; the sources are ${SOURCES.join(', ')}`);

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const fetchOptions: FetchOptions = {
  ...DEFAULT_FETCH,
  timeoutMs: numberFromEnv('ATLAS_REFRESH_TIMEOUT_MS', DEFAULT_FETCH.timeoutMs),
  backoffMs: numberFromEnv('ATLAS_REFRESH_BACKOFF_MS', DEFAULT_FETCH.backoffMs),
  maxBytes: numberFromEnv('ATLAS_REFRESH_MAX_BYTES', DEFAULT_FETCH.maxBytes),
};

// Invalid data is refused before anything is read: the plan would be built on sand.
const dir = dataDir();
const loaded = await loadData(dir);
if (loaded.problems.length > 0) {
  for (const problem of loaded.problems) console.error(formatProblem(problem));
  fail(
    `data/ has ${loaded.problems.length} problems; fix them (npm run validate) before refreshing`,
  );
}
const { providers, refreshState } = loaded.data;

const ref = (source: SourceId) => `${source}@${today}`;
const routerIds = endpointIds(providers);

/** The sources that are one JSON document each, by id. */
const CATALOGUES = {
  litellm: readLiteLLMLive,
  modelsdev: readModelsDevLive,
  'genai-prices': readGenaiPricesLive,
};

async function read(source: SourceId): Promise<SourceRead> {
  try {
    if (source === 'openrouter') {
      const r = await readOpenRouter(
        URLS.openrouter,
        routerIds,
        ref(source),
        today,
        fetchOptions,
        process.env['OPENROUTER_API_KEY'],
      );
      const speed = r.authenticated
        ? 'endpoint statistics read with an API key: speed and time to first token where measured'
        : 'no OPENROUTER_API_KEY: endpoint statistics are null without one, so speed and time to first token were not read';
      return {
        id: source,
        ok: true,
        entries: r.entries,
        endpoints: r.endpoints,
        notes: [speed, ...r.skipped.map((s) => `skipped ${s}`), ...r.notes, ...r.endpointFailures],
      };
    }
    const reader = CATALOGUES[source];
    return {
      id: source,
      ok: true,
      entries: await reader(URLS[source], ref(source), today, fetchOptions),
    };
  } catch (error) {
    return { id: source, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const started = performance.now();
const reads = await Promise.all(chosen.map((s) => read(s as SourceId)));
const thePlan = plan({ providers, reads, state: refreshState, today });
const report = renderReport(thePlan);

// The new texts, computed from the files as they are now; unchanged files are left out.
const changes: Changes = new Map();
for (const provider of providers) {
  const file = path.join('providers', `${provider.id}.yaml`);
  const text = await readFile(path.join(dir, file), 'utf8');
  const edited = editProviderFile(text, provider.id, thePlan);
  if (edited !== text) changes.set(file, edited);
}
const stateFile = path.join(dir, 'refresh-state.yaml');
const oldStateText = await readFile(stateFile, 'utf8').catch(() => undefined);
const state = nextState(refreshState, thePlan, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
const newStateText = stateFileText(oldStateText, refreshState, state);
// A run in which no source could be read records nothing: data/ stays exactly as it was.
const anyRead = thePlan.sources.some((s) => s.ok);
if (anyRead && newStateText !== oldStateText) changes.set('refresh-state.yaml', newStateText);

if (args['dry-run']) {
  console.log(report);
  console.log(`\n(dry run: ${changes.size} files would change; nothing was written)`);
} else {
  const problems = await applyChanges(dir, changes);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    fail(`the edits would leave ${problems.length} problems in data/; nothing was written`);
  }
}
if (args.report) await writeFile(args.report, report);
if (process.env['GITHUB_STEP_SUMMARY'])
  await appendFile(process.env['GITHUB_STEP_SUMMARY'], `${report}\n`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${needsPerson(thePlan) ? '!' : '✓'} ${thePlan.checked} offers checked: ${thePlan.changes.length} changed, ${thePlan.confirmations.length} confirmed, ${thePlan.refusals.length} refused, ${thePlan.conflicts.length} conflicts, ${thePlan.unlisted.length} unlisted, ${thePlan.speeds.length} speed readings; ${args['dry-run'] ? 0 : changes.size} files written in ${seconds} s`,
);
process.exit(needsPerson(thePlan) ? 2 : 0);
