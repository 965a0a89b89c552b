/**
 * The fast reader (js-yaml, for files in the plain subset) must mean what the reference (`yaml`,
 * strict) means: the same value for every file in data/, for the benchmark's generated catalog,
 * and for generated documents in many styles; and anything outside the subset goes to `yaml`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { syntheticCatalog } from '../bench/generate.ts';
import { fastValue, isPlainSubset, parseStrict, parseYamlFile } from './yaml-file.ts';

/** What `yaml` makes of the text, or undefined when it has any error or warning. */
function strictValue(text: string): { value: unknown } | undefined {
  const { doc } = parseStrict(text);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { value: doc.toJS() };
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Characters that mean something to YAML, so generated text lands on the parsers' edges. */
const tricky = fc.constantFrom(
  ...'a -01.:#"\'\n\\e+xob_~nulTr&*!%@`|>?,[{é\tINf',
);
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: tricky }),
  fc.array(fc.string({ unit: tricky })),
  fc.double(),
  fc.integer(),
);

describe('the fast YAML reader', () => {
  it('reads every file in data/ as yaml does, and most through the fast path', async () => {
    const files = await yamlFiles('data');
    let fast = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const quick = fastValue(text);
      if (quick) {
        fast++;
        expect(quick.value, file).toEqual(strictValue(text)?.value);
      }
    }
    expect(files.length).toBeGreaterThan(200);
    expect(fast / files.length).toBeGreaterThan(0.9);
  });

  it("reads the benchmark's catalog as yaml does, all of it through the fast path", () => {
    for (const [file, text] of syntheticCatalog({ size: 60, providers: 6 })) {
      const quick = fastValue(text);
      expect(quick, file).toBeDefined();
      expect(quick?.value, file).toEqual(strictValue(text)?.value);
    }
  });

  it('agrees with yaml on generated documents in every scalar style', () => {
    const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, unit: tricky }), value),
        fc.constantFrom(...styles),
        fc.boolean(),
        (value, style, dumped) => {
          const text = dumped
            ? jsyaml.dump(value, { schema: jsyaml.CORE_SCHEMA })
            : stringify(value, { defaultStringType: style, defaultKeyType: 'PLAIN', lineWidth: 40 });
          const quick = fastValue(text);
          // Whatever the fast path accepts, yaml accepts too, with the same value.
          if (quick) expect(quick.value).toEqual(strictValue(text)?.value);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('sends what js-yaml reads differently, or without limits, to yaml', () => {
    for (const text of [
      'n: 0b101\n', // a number to js-yaml, a string to YAML 1.2 core
      'n: 1_000\n',
      'n: -0\n', // -0 to yaml, 0 to js-yaml (found by the generated documents below)
      'n: +.5\n', // a number to yaml, text to js-yaml (found the same way)
      'n: 1._\n',
      'a: |2-\n\n     \n', // blank lines read differently (found the same way)
      'a: &x [1, 2]\nb: *x\n', // aliases: yaml caps how many
      'd: !!binary aGk=\n', // tags
      '%YAML 1.1\n---\na: yes\n',
      'a: 1\n---\nb: 2\n',
      'a:\n\t- 1\n',
      '? complex\n: key\n',
      '[a, b]: 1\n',
      '<<: {a: 1}\n',
    ]) {
      expect(isPlainSubset(text), text).toBe(false);
    }
    expect(isPlainSubset('name: R&D, "quoted" and plain: 0.15\nlist:\n  - a\n')).toBe(true);
    // A link with underscores beside digits, and a comment line with "&", are no such thing.
    expect(isPlainSubset('source: https://x.example/Qwen3_Technical_2.pdf\n  # I & *II*\n')).toBe(true);
    expect(isPlainSubset('n: 1.5_0\n')).toBe(false);
    // A file of comments is null to both; an empty one is undefined to js-yaml, so yaml reads it.
    expect(fastValue('# only a comment\n')).toEqual(strictValue('# only a comment\n'));
    expect(fastValue('')).toBeUndefined();
  });

  it('reports a mis-indented line once, in words, with how many complaints follow from it', () => {
    // A list item one space off makes yaml complain twice; a mapping key one space off, once.
    const item = parseYamlFile(
      'q.yaml',
      'offers:\n  - model: a\n    x: 1\n   - model: b\n    provider_model_id: b\n',
    );
    expect(item.ok ? [] : item.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/; 1 further complaint of the parser follows from it$/),
    ]);
    const text = 'offers:\n  - model: a\n    price:\n      input: 1\n     output: 2\n    updated: x\n';
    const parsed = parseYamlFile('p.yaml', text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ file: 'p.yaml', line: 5 });
    expect(parsed.problems[0]?.message).toMatch(
      /^this line is indented differently from the lines around it: line it up with the other keys of its block, using spaces \(the YAML parser says: .+\)(; \d+ further complaints? of the parser follows? from it)?$/,
    );
  });

  it('still points a problem in a fast-read file at its line', () => {
    const parsed = parseYamlFile('x.yaml', 'a: 1\nlist:\n  - b\n  - c\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { doc, lines } = parsed.yaml.located();
    const item = doc.getIn(['list', 1], true) as { range: [number] };
    expect(lines.linePos(item.range[0])).toEqual({ line: 4, col: 5 });
  });
});
