/** Runs a project script or the Astro CLI in a child process on the same Node as the tests. */
import { spawnSync } from 'node:child_process';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a child process: the tests' own, less what the test runner adds. Astro turns
 * its dev server's routing off when it sees VITEST (it assumes it is being unit-tested), and
 * NODE_ENV=test is no mode a real user runs in.
 */
export function childEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'GITHUB_ACTIONS',
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
