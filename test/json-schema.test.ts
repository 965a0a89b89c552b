import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { DATA_SCHEMAS, jsonSchema, jsonSchemaText } from '../src/schemas/json-schema.ts';

const run = promisify(execFile);

describe('the committed JSON Schemas in schema/', () => {
  it.each(DATA_SCHEMAS)(
    'schema/%s.json is what the zod schema generates (npm run schema)',
    async (name) => {
      expect(await readFile(`schema/${name}.json`, 'utf8')).toBe(jsonSchemaText(name));
    },
  );

  it('accept every real data file and reject a wrong one, as an editor would', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const check = {
      model: ajv.compile(jsonSchema('model')),
      provider: ajv.compile(jsonSchema('provider')),
      creator: ajv.compile(jsonSchema('creator')),
      benchmark: ajv.compile(jsonSchema('benchmark')),
      evaluator: ajv.compile(jsonSchema('evaluator')),
    };
    const { data } = await loadData('data');
    let files = 0;
    for (const [key, file] of data.files) {
      const kind = key.split('/')[0]?.replace(/s$/, '') as keyof typeof check;
      const value: unknown = parse(await readFile(file, 'utf8'));
      expect(check[kind](value), `${file}: ${JSON.stringify(check[kind].errors)}`).toBe(true);
      files++;
    }
    expect(files).toBe(
      data.creators.length +
        data.models.length +
        data.providers.length +
        data.benchmarks.length +
        data.evaluators.length,
    );

    const gpt4o: unknown = parse(await readFile('data/models/openai/gpt-4o.yaml', 'utf8'));
    expect(check.model({ ...(gpt4o as object), tier: 'huge' })).toBe(false);
    expect(check.model({ ...(gpt4o as object), context_windw: 128000 })).toBe(false);
    // A score with no source, or with settings nobody defined, is flagged as it is typed.
    const score = {
      benchmark: 'gpqa-diamond',
      score: 50,
      measured_by: 'maker',
      read: '2026-12-07',
    };
    expect(check.model({ ...(gpt4o as object), scores: [score] })).toBe(false);
    const sourced = { ...score, source: 'https://example.com/card' };
    expect(check.model({ ...(gpt4o as object), scores: [sourced] })).toBe(true);
    expect(
      check.model({ ...(gpt4o as object), scores: [{ ...sourced, settings: { effort: 'high' } }] }),
    ).toBe(false);
  });
});

describe('npm run schema', () => {
  it('gives every data file its schema line and leaves the rest of the file as it was', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'atlas-schema-'));
    try {
      await cp('test/fixtures/valid', path.join(root, 'data'), { recursive: true });
      const file = path.join(root, 'data', 'providers', 'openai.yaml');
      const text = await readFile(file, 'utf8');
      const body = text.slice(text.indexOf('\n') + 1);
      await writeFile(file, body);
      expect((await loadData(path.join(root, 'data'))).problems).toHaveLength(1);

      const script = path.resolve('scripts/write-schemas.ts');
      const { stdout } = await run(process.execPath, [script], { cwd: root });
      expect(stdout).toContain('1 data files given their schema line');
      expect(await readFile(file, 'utf8')).toBe(
        `# yaml-language-server: $schema=../../schema/provider.json\n${body}`,
      );
      expect((await loadData(path.join(root, 'data'))).problems).toEqual([]);
      expect(JSON.parse(await readFile(path.join(root, 'schema', 'model.json'), 'utf8'))).toEqual(
        jsonSchema('model'),
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
