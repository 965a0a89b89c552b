/**
 * `npm run test:stress`: runs the whole vitest suite several times in a row, some of the runs with
 * the machine loaded by CPU-bound processes this script starts and stops itself, and reports every
 * test that failed at least once, with its message. A test that fails by chance makes CI red and
 * stops good work from landing; this finds one before CI does.
 *
 *   npm run test:stress -- [--runs 5] [--loaded 2] [--load-processes N] [--report FILE] [-- vitest args]
 *
 * The loaded runs are spread among the others (runs 2 and 4 of 5). The load is one busy process per
 * core unless --load-processes says otherwise. Arguments after `--` go to `vitest run` (a file, a
 * `-t` filter, `--root`). Exit status: 0 when every run passed, 1 when any test failed in any run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  flaky,
  loadedRuns,
  readRun,
  renderStressReport,
  type RunResult,
} from '../test/stress/report.ts';

const USAGE =
  'usage: npm run test:stress -- [--runs N] [--loaded N] [--load-processes N] [--report FILE] [-- vitest args]';

function fail(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      loaded: { type: 'string', default: '2' },
      'load-processes': { type: 'string', default: String(availableParallelism()) },
      report: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const count = (name: string, text: string, min: number) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    fail(`--${name}: expected a whole number ≥ ${min}, got ${text}`);
  return n;
};
const runs = count('runs', parsed.values.runs, 1);
const loaded = count('loaded', parsed.values.loaded, 0);
const loadProcesses = count('load-processes', parsed.values['load-processes'], 1);
if (loaded > runs) fail(`--loaded: ${loaded} loaded runs of ${runs}`);
const vitestArgs = parsed.positionals;

/** CPU-bound processes, one per `n`, that spin until they are killed. */
function startLoad(n: number): ChildProcess[] {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

function stopLoad(load: ChildProcess[]): Promise<void> {
  return Promise.all(
    load.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.exitCode !== null || p.signalCode !== null) return resolve();
          p.once('exit', () => resolve());
          p.kill('SIGKILL');
        }),
    ),
  ).then(() => undefined);
}

let load: ChildProcess[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const p of load) p.kill('SIGKILL');
    process.exit(130);
  });
}

const root = process.cwd();
const work = await mkdtemp(path.join(tmpdir(), 'atlas-stress-'));
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const chosenLoaded = loadedRuns(runs, loaded);
const results: RunResult[] = [];

for (let run = 1; run <= runs; run++) {
  const isLoaded = chosenLoaded.has(run);
  const output = path.join(work, `run-${run}.json`);
  console.log(
    `\n── run ${run} of ${runs}${isLoaded ? `, with ${loadProcesses} CPU-bound processes` : ''} ──`,
  );
  if (isLoaded) load = startLoad(loadProcesses);
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        vitest,
        'run',
        '--reporter=dot',
        '--reporter=json',
        `--outputFile.json=${output}`,
        ...vitestArgs,
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          ATLAS_STRESS_RUN: String(run),
          ATLAS_STRESS_LOADED: isLoaded ? '1' : '0',
          ATLAS_STRESS_LOAD_PIDS: load.map((p) => p.pid).join(','),
        },
      },
    );
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  await stopLoad(load);
  load = [];
  const meta = { run, loaded: isLoaded, seconds, root };
  const json = await readFile(output, 'utf8').then(
    (text) => JSON.parse(text) as unknown,
    () => undefined,
  );
  results.push(
    json === undefined
      ? {
          ...meta,
          passed: 0,
          failed: 0,
          failures: [],
          broken: `vitest exited with ${code} and wrote no report`,
        }
      : readRun(json, meta),
  );
}
await rm(work, { recursive: true, force: true });

const report = renderStressReport(results, loadProcesses);
console.log(`\n${report}`);
if (parsed.values.report) await writeFile(parsed.values.report, report);
process.exit(flaky(results).length > 0 ? 1 : 0);
