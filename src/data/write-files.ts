/**
 * Writing data files without ever leaving one half-written: every new text is first checked as a
 * whole data set (a copy of data/ with the changes applied must load without a problem), and only
 * then is each file written to a temporary file beside it and renamed over the old one.
 */
import { cp, mkdtemp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadData } from './load.ts';
import type { Problem } from './problem.ts';

/** Changed files: path relative to the data folder → the full new text. */
export type Changes = Map<string, string>;

/** Problems the data set would have with the changes applied; data/ itself is not touched. */
export async function checkChanges(dataDir: string, changes: Changes): Promise<Problem[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'atlas-check-'));
  try {
    const copy = path.join(scratch, 'data');
    await cp(dataDir, copy, { recursive: true });
    for (const [file, text] of changes) {
      await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
      await writeFile(path.join(copy, file), text);
    }
    // As `npm run validate` checks it: a new model's limits and dates must name their source.
    const { problems } = await loadData(copy, { requireSources: true });
    return problems;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Writes one file through a temporary file and a rename, so readers see the old or the new text. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Checks the changes as a whole, then writes them; returns the problems and writes nothing if any. */
export async function applyChanges(dataDir: string, changes: Changes): Promise<Problem[]> {
  const problems = await checkChanges(dataDir, changes);
  if (problems.length > 0) return problems;
  for (const [file, text] of changes) await writeFileAtomic(path.join(dataDir, file), text);
  return [];
}
