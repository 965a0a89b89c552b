/**
 * For the tests of `npm run refresh` for real (refresh*.test.ts): the script run in a child process
 * against the test file's own source server (test/helpers/source-server.ts, on a free port of
 * 127.0.0.1), on a copy of the real data/, with what it printed and the report it wrote; and the
 * files of a copy, to compare before and after.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { childEnv } from '../../src/harness/run.ts';
import { startSourceServer, type SourceServer } from './source-server.ts';

export const TODAY = '2026-11-24';
export const SCRIPT = path.resolve('scripts/refresh-prices.ts');

/** The calling test file's source server, once useSourceServer has started it. */
export let server: SourceServer;

/**
 * Starts a source server for the calling test file before its tests, clears its rewrites and
 * faults before each, and closes it after them.
 */
export function useSourceServer(): void {
  beforeAll(async () => {
    server = await startSourceServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.rewrite.clear();
    server.faults.clear();
  });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  report: string;
}

/** A fresh copy of data/, with its own refresh state when given. */
export async function dataCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-refresh-'));
  await cp('data', dir, { recursive: true });
  return dir;
}

export async function refresh(dir: string, ...args: string[]): Promise<Run> {
  return refreshWith({}, dir, ...args);
}

export async function refreshWith(
  env: Record<string, string>,
  dir: string,
  ...args: string[]
): Promise<Run> {
  const report = path.join(dir, '..', `${path.basename(dir)}-report.md`);
  const result = await promisify(execFile)(
    process.execPath,
    [SCRIPT, '--today', TODAY, '--report', report, ...args],
    {
      encoding: 'utf8',
      env: childEnv({
        ATLAS_DATA_DIR: dir,
        ATLAS_OPENROUTER_URL: server.urls.openrouter,
        ATLAS_LITELLM_URL: server.urls.litellm,
        ATLAS_MODELSDEV_URL: server.urls.modelsdev,
        ATLAS_GENAI_PRICES_URL: server.urls.genaiPrices,
        // No timeout is set here: a healthy answer from the local server must never be cut off,
        // however busy the machine (the script's own 30 s applies). The test of the timeout
        // sets a short one against a route that never answers.
        ATLAS_REFRESH_BACKOFF_MS: '10',
        GITHUB_STEP_SUMMARY: undefined,
        ...env,
      }),
    },
  ).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
  const text = await readFile(report, 'utf8').catch(() => '');
  return { ...result, report: text };
}

/** Every file under a folder, by relative path. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true })) {
    if (entry.endsWith('.yaml')) files.set(entry, await readFile(path.join(dir, entry), 'utf8'));
  }
  return files;
}

export const offerIn = (text: string, model: string) =>
  (parse(text) as { offers: { model: string; [k: string]: unknown }[] }).offers.find(
    (o) => o.model === model,
  );
