/** Runs a project script or the Astro CLI in a child process on the same Node as the tests. */
import { spawnSync } from 'node:child_process';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * What vitest copies from its own `import.meta.env` into `process.env`. A build's server code reads
 * `import.meta.env` through `process.env`, so a build started from a test would take BASE_URL=/
 * over the configured base, and MODE=test, DEV=1 over a production build's.
 */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);

/**
 * The environment for a child process: the tests' own, less what the test runner adds. Astro turns
 * its dev server's routing off when it sees VITEST (it assumes it is being unit-tested), and
 * NODE_ENV=test is no mode a real user runs in.
 */
export function childEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith('VITEST') &&
        !VITE_ENV.has(key) &&
        key !== 'NODE_ENV' &&
        key !== 'GITHUB_ACTIONS',
    ),
  );
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

export function run(args: string[], env: Record<string, string | undefined> = {}): Run {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: childEnv(env),
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const ASTRO = 'node_modules/astro/bin/astro.mjs';
