import { mkdtemp, mkdir, readFile, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData, type LoadResult } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';

const BROKEN = 'test/fixtures/broken';
const VALID = 'test/fixtures/valid';

/**
 * `file:line:col` of the first occurrence of `needle` in a fixture file (plus `offset` characters),
 * found by reading the file, so fixtures can be edited without recounting lines by hand.
 */
async function at(file: string, needle: string, offset = 0): Promise<string> {
  const text = await readFile(file, 'utf8');
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length;
  const col = index + offset - before.lastIndexOf('\n');
  return `${file}:${line}:${col}`;
}

describe('loadData on a folder of broken files', () => {
  let result: LoadResult;
  let lines: string[];
  beforeAll(async () => {
    result = await loadData(BROKEN);
    lines = result.problems.map(formatProblem);
  });

  const f = (p: string) => `${BROKEN}/${p}`;

  it('reports a price written with its unit at the value, with the field path', async () => {
    expect(lines).toContain(
      `${await at(f('providers/openai.yaml'), '"0.15 USD"')}: offers[0].price.input: expected a non-negative number (USD per 1M tokens), got "0.15 USD"`,
    );
  });

  it('reports a negative price, a per-token price and an http source in the same file', async () => {
    const file = f('providers/openai.yaml');
    expect(lines).toContain(
      `${await at(file, '-1')}: offers[0].price.output: expected a non-negative number (USD per 1M tokens), got -1`,
    );
    expect(lines).toContain(
      `${await at(file, '0.0000025')}: offers[3].price.input: expected USD per 1M tokens, got 0.0000025, which looks like a price per token: multiply by 1,000,000`,
    );
    const source = await at(file, 'http://');
    expect(
      lines.some((l) => l.startsWith(`${source}: offers[0].source: expected an https:// link`)),
    ).toBe(true);
  });

  it('reports a score on an unknown benchmark, off its scale, by an unknown measurer, or unsourced', async () => {
    const file = f('models/openai/scored.yaml');
    expect(lines).toContain(
      `${await at(file, 'gpqa-diamnd')}: scores[0].benchmark: unknown benchmark "gpqa-diamnd" (one of data/benchmarks/, or add its file); did you mean "gpqa-diamond"?`,
    );
    expect(lines).toContain(
      `${await at(file, '870')}: scores[1].score: expected a score from 0 to 100 (the scale of gpqa-diamond), got 870`,
    );
    expect(lines).toContain(
      `${await at(file, 'some-blog')}: scores[2].measured_by: unknown measurer "some-blog" (maker, an evaluator of data/evaluators/, or another maker's creator id)`,
    );
    expect(lines).toContain(
      `${await at(file, 'extreme')}: scores[3].settings.reasoning: expected one of none, minimal, low, medium, high, xhigh, max, thinking, non-thinking, got "extreme"`,
    );
    expect(
      lines.some((l) => l.includes('scored.yaml') && l.includes('scores[3].source: missing')),
    ).toBe(true);
  });

  it('reports an offer naming an unknown model, with the likely intended id', async () => {
    expect(lines).toContain(
      `${await at(f('providers/openai.yaml'), 'gpt4o')}: offers[1].model: unknown model "gpt4o"; did you mean "gpt-4o"?`,
    );
  });

  it('reports the same model offered twice without a distinct variant', async () => {
    const file = f('providers/openai.yaml');
    expect(lines).toContain(
      `${await at(file, 'gpt-4o\n    provider_model_id: gpt-4o-2024-08-06')}: offers[2].model: offers[0] already offers "gpt-4o": give one of them a distinct variant`,
    );
  });

  it('reports a misspelled key at the key, suggesting the right one', async () => {
    expect(lines).toContain(
      `${await at(f('models/openai/gpt-4o-mini.yaml'), 'contex_window')}: contex_window: unknown field "contex_window"; did you mean "context_window"?`,
    );
  });

  it('reports a missing required field at the mapping that lacks it', async () => {
    // The mapping starts below the schema line.
    expect(lines).toContain(
      `${await at(f('models/openai/gpt-4o-mini.yaml'), 'name:')}: context_window: missing: expected a whole number of tokens`,
    );
  });

  it('reports an impossible date and a non-boolean capability', async () => {
    const file = f('models/openai/gpt-4o-mini.yaml');
    expect(lines).toContain(
      `${await at(file, '2024-02-30')}: released: expected a real calendar date as YYYY-MM-DD (or a month as YYYY-MM), got "2024-02-30"`,
    );
    expect(lines).toContain(
      `${await at(file, 'yes')}: capabilities.tool_calling: expected true or false, got "yes"`,
    );
  });

  it('reports an unknown competitor with a suggestion', async () => {
    expect(lines).toContain(
      `${await at(f('models/openai/gpt-4o.yaml'), 'gpt-4o-mimi')}: competitors[0]: unknown model "gpt-4o-mimi"; did you mean "gpt-4o-mini"?`,
    );
  });

  it('reports a model id used under two creators', () => {
    expect(lines).toContain(
      `${f('models/openai/gpt-4o.yaml')}:1:1: duplicate model id "gpt-4o": ${f('models/mistral/gpt-4o.yaml')} has it already`,
    );
  });

  it('reports a model in the folder of an unknown creator', () => {
    expect(lines).toContain(
      `${f('models/nobody/orphan.yaml')}:1:1: unknown creator "nobody" (the folder name): add data/creators/nobody.yaml or move the file`,
    );
  });

  it('reports a javascript: link and a country name in a creator', async () => {
    const file = f('creators/mistral.yaml');
    expect(lines).toContain(
      `${await at(file, 'javascript:')}: url: expected an https:// link, got "javascript:alert(1)"`,
    );
    const country = await at(file, 'France');
    expect(lines.some((l) => l.startsWith(`${country}: country:`))).toBe(true);
  });

  it('reports a file name that is not an id, and a file that is not YAML', () => {
    expect(
      lines.some((l) =>
        l.startsWith(`${f('creators/Bad_Name.yaml')}:1:1: file name "Bad_Name" is not an id`),
      ),
    ).toBe(true);
    expect(lines).toContain(
      `${f('providers/notes.txt')}:1:1: not a data file: files here end in .yaml`,
    );
  });

  it('reports YAML errors: a duplicate key, broken syntax, an unknown tag, an empty file', async () => {
    expect(lines).toContain(
      `${await at(f('models/openai/duplicate-key.yaml'), 'name: Second')}: Map keys must be unique`,
    );
    expect(lines.some((l) => l.startsWith(`${f('models/openai/syntax.yaml')}:`))).toBe(true);
    expect(lines).toContain(
      `${await at(f('models/openai/tagged.yaml'), '!!binary')}: Unresolved tag: tag:yaml.org,2002:binary`,
    );
    expect(lines).toContain(
      `${f('providers/empty.yaml')}:1:1: expected a mapping of fields, got an empty file`,
    );
  });

  it('refuses an alias bomb', () => {
    expect(lines).toContain(
      `${f('models/openai/alias-bomb.yaml')}:1:1: Excessive alias count indicates a resource exhaustion attack`,
    );
  });

  it('reports every broken file in one run, and no problem in the valid ones', () => {
    const files = new Set(result.problems.map((p) => p.file));
    expect([...files].sort()).toEqual(
      [
        'creators/Bad_Name.yaml',
        'creators/mistral.yaml',
        'models/nobody/orphan.yaml',
        'models/openai/alias-bomb.yaml',
        'models/openai/duplicate-key.yaml',
        'models/openai/gpt-4o-mini.yaml',
        'models/openai/gpt-4o.yaml',
        'models/openai/scored.yaml',
        'models/openai/syntax.yaml',
        'models/openai/tagged.yaml',
        'providers/empty.yaml',
        'providers/notes.txt',
        'providers/openai.yaml',
      ].map(f),
    );
  });
});

describe('loadData limits', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-limits-'));
    await cp(VALID, dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a 10 MB file without parsing it', async () => {
    const big = path.join(dir, 'creators', 'huge.yaml');
    await writeFile(big, `name: ${'x'.repeat(10 * 1024 * 1024)}\n`);
    const started = performance.now();
    const { problems } = await loadData(dir);
    const elapsed = performance.now() - started;
    await rm(big);
    expect(problems.map(formatProblem)).toEqual([
      `${path.relative(process.cwd(), big)}:1:1: file is 10,485,767 bytes; a data file may be at most 1,000,000`,
    ]);
    // Generous: reading 10 MB and parsing it would take far longer than refusing it by its size.
    expect(elapsed).toBeLessThan(1000);
  });

  it('refuses an alias bomb quickly', async () => {
    const bomb = path.join(dir, 'models', 'openai', 'bomb.yaml');
    await cp(`${BROKEN}/models/openai/alias-bomb.yaml`, bomb);
    const started = performance.now();
    const { problems } = await loadData(dir);
    await rm(bomb);
    expect(problems).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a data folder that does not exist, rather than read it as empty', async () => {
    const missing = path.join(tmpdir(), 'atlas-no-such-folder');
    const { problems } = await loadData(missing);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/no data folder here/);
    expect(problems[0]?.file).toContain('atlas-no-such-folder');
  });

  it('reads an empty data folder as an empty catalog', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'atlas-empty-'));
    await mkdir(path.join(empty, 'creators'));
    const { data, problems } = await loadData(empty);
    await rm(empty, { recursive: true });
    expect(problems).toEqual([]);
    expect(data.models).toEqual([]);
  });
});

describe('loadData on valid data', () => {
  it('returns every record with the id from its file name and the creator from its folder', async () => {
    const { data, problems, fileCount } = await loadData(VALID);
    expect(problems).toEqual([]);
    expect(fileCount).toBe(7);
    expect(data.models.map((m) => [m.creator, m.id]).sort()).toEqual([
      ['anthropic', 'claude-haiku-4.5'],
      ['openai', 'gpt-4o'],
      ['openai', 'gpt-4o-mini'],
    ]);
    expect(data.providers.find((p) => p.id === 'openai')?.offers[0]?.price).toEqual({
      input: 0.15,
      output: 0.6,
      cached_input: 0.075,
    });
    expect(data.files.get('models/claude-haiku-4.5')).toBe(
      `${VALID}/models/anthropic/claude-haiku-4.5.yaml`,
    );
  });
});

describe('the schema line every data file starts with', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-schema-line-'));
    await cp(VALID, dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reports a file without it at line 1, with the line to add and the command that adds it', async () => {
    const file = path.join(dir, 'models', 'openai', 'gpt-4o.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(text.indexOf('\n') + 1));
    const { problems } = await loadData(dir);
    await writeFile(file, text);
    expect(problems.map(formatProblem)).toEqual([
      `${path.relative(process.cwd(), file)}:1:1: the first line should be "# yaml-language-server: $schema=../../../schema/model.json", so editors check the file as it is typed: npm run schema adds it`,
    ]);
  });

  it('reports a line that names the wrong schema', async () => {
    const file = path.join(dir, 'creators', 'openai.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('creator.json', 'model.json'));
    const { problems } = await loadData(dir);
    await writeFile(file, text);
    expect(problems.map((p) => p.line)).toEqual([1]);
    expect(problems[0]?.message).toMatch(
      /^the first line should be "# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/creator\.json"/,
    );
  });
});
