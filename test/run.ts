/** Runs a project script or the Astro CLI in a child process on the same Node as the tests. */
import { spawnSync } from 'node:child_process';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], env: Record<string, string | undefined> = {}): Run {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GITHUB_ACTIONS: undefined, ...env },
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const ASTRO = 'node_modules/astro/bin/astro.mjs';
