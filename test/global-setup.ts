/**
 * Builds the real catalog once, before any test file runs, for the tests that read the built site
 * or drive it in a browser. One build for all of them, and none racing the build tests for the
 * project's .astro folder. The day is fixed so staleness and charts do not move with the calendar.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ASTRO, run } from '../src/harness/run.ts';

export const SITE_TODAY = '2026-11-24';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const tmp = await mkdtemp(path.join(tmpdir(), 'atlas-site-'));
  const out = path.join(tmp, 'dist');
  const built = run([ASTRO, 'build', '--outDir', out], { ATLAS_TODAY: SITE_TODAY });
  if (built.status !== 0) {
    throw new Error(`building the real catalog failed:\n${built.stdout}\n${built.stderr}`);
  }
  project.provide('siteDir', out);
  return () => rm(tmp, { recursive: true, force: true });
}
