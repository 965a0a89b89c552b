import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/harness/run.ts';

// The valid fixture's models each name a page for their facts; one loses its sources here.
describe('npm run validate on a model without the sources of its limits and dates', () => {
  const data = mkdtempSync(path.join(os.tmpdir(), 'atlas-sources-'));
  afterAll(() => rmSync(data, { recursive: true, force: true }));
  cpSync('test/fixtures/valid', data, { recursive: true });
  const file = path.join(data, 'models/openai/gpt-4o.yaml');
  const sourced = readFileSync(file, 'utf8');
  writeFileSync(file, sourced.replace(/^sources:\n(?: {2}.*\n)+/m, ''));
  const list = path.join(data, 'unsourced-models.txt');
  const validate = () => run(['scripts/validate.ts'], { ATLAS_DATA_DIR: data });
  const shown = path.relative(process.cwd(), file).split(path.sep).join('/');

  it('refuses a new model file, naming the file and line of each unsourced limit and date', () => {
    const result = validate();
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const why =
      'no source: a model not in data/unsourced-models.txt names the page each of its limits and dates was read on, under sources: (url, read, fields), as CONTRIBUTING.md shows';
    expect(lines.slice(0, -2)).toEqual([
      `${shown}:5:11: released: ${why}`,
      `${shown}:6:19: knowledge_cutoff: ${why}`,
      `${shown}:7:17: context_window: ${why}`,
      `${shown}:8:13: max_output: ${why}`,
    ]);
    expect(lines.at(-1)).toBe('✗ 4 problems in 1 of 7 files');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lets a model through that the list of models older than the rule names', () => {
    writeFileSync(list, '# older than the rule\nopenai/gpt-4o\n');
    const result = validate();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('asks for a listed model to leave the list once it is sourced, and for a stale line to go', () => {
    writeFileSync(file, sourced);
    writeFileSync(list, 'openai/gpt-4o\nopenai/gpt-4\n');
    const result = validate();
    expect(result.status).toBe(1);
    const where = path.relative(process.cwd(), list).split(path.sep).join('/');
    expect(result.stderr.trim().split('\n').slice(0, -2)).toEqual([
      `${where}:1:1: openai/gpt-4o names the source of its limits and dates now: remove it from this list, which may only shrink`,
      `${where}:2:1: no model file data/models/openai/gpt-4.yaml: remove the line (ids are <creator>/<id>)`,
    ]);
  });
});
