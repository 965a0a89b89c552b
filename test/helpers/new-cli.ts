/**
 * For the tests of `npm run new`, the contributors' scaffold (new-cli-*.test.ts): fresh copies of
 * the valid fixture catalog to run it on, the scaffold run with flags on one, and the hashes of a
 * folder's files, to show which files a run changed and that no other changed by a byte.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { run } from '../../src/harness/run.ts';

export const TODAY = '2026-12-02';

/**
 * A maker of fresh copies of the valid fixture catalog, one for each test, in a folder of the
 * calling test file's own that is removed after its tests.
 */
export function catalogCopies(): () => string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-new-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let copies = 0;
  return () => {
    const data = path.join(root, `data-${++copies}`);
    cpSync('test/fixtures/valid', data, { recursive: true });
    return data;
  };
}

/** `npm run new -- <args>` on the catalog in `data`, on TODAY. */
export const scaffoldIn = (data: string, ...args: string[]) =>
  run(['scripts/new.ts', ...args], { ATLAS_DATA_DIR: data, ATLAS_TODAY: TODAY });

/** Every file under a folder, by path relative to it, with the hash of its bytes. */
export function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(
      path.relative(dir, full),
      createHash('sha256').update(readFileSync(full)).digest('hex'),
    );
  }
  return out;
}

/** The files whose bytes differ between two hash maps (added, removed or changed). */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const files = new Set([...before.keys(), ...after.keys()]);
  return [...files].filter((f) => before.get(f) !== after.get(f)).sort();
}
