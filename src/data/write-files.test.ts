import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyChanges } from './write-files.ts';

describe('applyChanges', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-write-'));
  cpSync('test/fixtures/valid', dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'providers', 'openai.yaml');

  it('writes nothing at all when any change would leave the data set invalid', async () => {
    const before = readFileSync(file, 'utf8');
    const changes = new Map([
      ['providers/openai.yaml', `${before}  - model: no-such-model\n    provider_model_id: x\n    price: {input: 1}\n    updated: 2026-01-01\n    source: litellm\n`],
      ['models/openai/new-one.yaml', 'name: New\n'],
    ]);
    const problems = await applyChanges(dir, changes);
    expect(problems.map((p) => p.message).join('\n')).toContain('no-such-model');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(path.join(dir, 'models', 'openai'))).not.toContain('new-one.yaml');
  });

  it('writes every file, leaving no temporary file behind, when the whole set is valid', async () => {
    const before = readFileSync(file, 'utf8');
    const text = before.replace('input: 0.15', 'input: 0.16');
    expect(await applyChanges(dir, new Map([['providers/openai.yaml', text]]))).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(path.join(dir, 'providers')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
