/**
 * Vendors a dated copy of Pydantic's genai-prices data as reference/genai-prices-<version>.json:
 *
 *   node scripts/snapshot-genai-prices.ts [--version 0.1.8]
 *
 * The npm package exports no data file: its price array is a literal compiled into dist/index.js.
 * This fetches the tarball with `npm pack`, finds that literal and reads it with a parser for
 * plain data (objects, arrays, strings, numbers, booleans, null), so no package code runs. The
 * bundle's `type` on each constraint is dropped, which leaves the wire shape of
 * prices/new_data/v2/data.json; the result is checked with the reader's schema before it is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GenaiPrices, readGenaiPrices } from '../src/sources/genai-prices.ts';

const PACKAGE = '@pydantic/genai-prices';

/** Reads one JavaScript literal of plain data starting at `start`; `end` is where it stops. */
export function parseLiteral(source: string, start: number): { value: unknown; end: number } {
  let pos = start;
  function fail(what: string): never {
    const line = source.slice(0, pos).split('\n').length;
    throw new Error(`${what} at line ${line}: ${JSON.stringify(source.slice(pos, pos + 40))}`);
  }
  const skip = () => {
    for (;;) {
      const rest = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(source.slice(pos, pos + 10_000));
      if (!rest) return;
      pos += rest[0].length;
    }
  };
  const expect = (text: string) => {
    skip();
    if (!source.startsWith(text, pos)) fail(`expected ${text}`);
    pos += text.length;
  };
  const string = (): string => {
    const quote = source[pos++];
    let out = '';
    for (;;) {
      const c = source[pos++];
      if (c === undefined) return fail('unterminated string');
      if (c === quote) return out;
      if (quote === '`' && c === '$' && source[pos] === '{') fail('template expression');
      if (c !== '\\') {
        if (c === '\n' && quote !== '`') fail('line break in string');
        out += c;
        continue;
      }
      const e = source[pos++];
      const simple: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        b: '\b',
        f: '\f',
        v: '\v',
      };
      if (e === undefined) return fail('unterminated string');
      if (e in simple) out += simple[e];
      else if (e === '0' && !/\d/.test(source[pos] ?? '')) out += '\0';
      else if (e === 'x' || e === 'u') {
        const hex =
          e === 'x'
            ? /^[0-9a-fA-F]{2}/.exec(source.slice(pos))
            : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(source.slice(pos));
        if (!hex) fail('bad escape');
        out += String.fromCodePoint(parseInt(hex[0].replace(/[{}]/g, ''), 16));
        pos += hex[0].length;
      } else if (e === '\r' || e === '\n') {
        if (e === '\r' && source[pos] === '\n') pos++; // a line continuation
      } else if (/\d/.test(e)) fail('octal escape');
      else out += e;
    }
  };
  const value = (): unknown => {
    skip();
    const c = source[pos];
    if (c === '[') {
      pos++;
      const items: unknown[] = [];
      for (;;) {
        skip();
        if (source[pos] === ']') break;
        items.push(value());
        skip();
        if (source[pos] === ',') pos++;
        else if (source[pos] !== ']') fail('expected , or ]');
      }
      pos++;
      return items;
    }
    if (c === '{') {
      pos++;
      const object: Record<string, unknown> = {};
      for (;;) {
        skip();
        if (source[pos] === '}') break;
        let key: string;
        const q = source[pos];
        if (q === '"' || q === "'") key = string();
        else {
          const name = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(source.slice(pos, pos + 200));
          if (!name) return fail('expected a key');
          key = name[0];
          pos += key.length;
        }
        expect(':');
        // defineProperty: a key named __proto__ stays a plain key.
        Object.defineProperty(object, key, {
          value: value(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skip();
        if (source[pos] === ',') pos++;
        else if (source[pos] !== '}') fail('expected , or }');
      }
      pos++;
      return object;
    }
    if (c === '"' || c === "'" || c === '`') return string();
    const word = /^(?:!0|!1|true|false|null|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(
      source.slice(pos, pos + 40),
    );
    if (!word) return fail('not plain data');
    pos += word[0].length;
    if (/[\w$.]/.test(source[pos] ?? '')) fail('not plain data');
    const literals: Record<string, unknown> = {
      '!0': true,
      '!1': false,
      true: true,
      false: false,
      null: null,
    };
    return word[0] in literals ? literals[word[0]] : Number(word[0]);
  };
  const result = value();
  return { value: result, end: pos };
}

/** The price array of a genai-prices bundle: the first top-level `const X = [` in the file. */
export function bundledData(bundle: string): unknown[] {
  const declaration = /^const [A-Za-z_$][\w$]* = \[/m.exec(bundle);
  if (!declaration) throw new Error('no top-level array literal in the bundle');
  const { value, end } = parseLiteral(bundle, declaration.index + declaration[0].length - 1);
  if (!/^\s*[,;]/.test(bundle.slice(end)))
    throw new Error('the array literal is not a whole value');
  return value as unknown[];
}

/** Drops the npm bundle's `type` from each constraint: what remains is the wire shape. */
export function toWireShape(data: unknown[]): unknown[] {
  for (const provider of data as { models?: { prices?: unknown }[] }[]) {
    for (const model of provider.models ?? []) {
      if (!Array.isArray(model.prices)) continue;
      for (const entry of model.prices as { constraint?: Record<string, unknown> }[]) {
        const c = entry.constraint;
        if (!c) continue;
        const kind = 'start_date' in c ? 'start_date' : 'time_of_date';
        if (c['type'] !== undefined && c['type'] !== kind) {
          throw new Error(`unexpected constraint type ${String(c['type'])} (expected ${kind})`);
        }
        delete c['type'];
      }
    }
  }
  return data;
}

/** JSON with every object's keys sorted: equal for equal data whatever the key order. */
const sorted = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

function main() {
  const { values } = parseArgs({
    options: { version: { type: 'string', default: '0.1.8' } },
    strict: true,
  });
  const version = values.version;
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw new Error(`--version: expected x.y.z, got ${version}`);
  const spec = `${PACKAGE}@${version}`;

  const times = JSON.parse(
    execFileSync('npm', ['view', PACKAGE, 'time', '--json'], { encoding: 'utf8' }),
  ) as Record<string, string>;
  const published = times[version];
  if (!published) throw new Error(`${spec} is not on the registry`);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'genai-prices-'));
  try {
    // --ignore-scripts: nothing of the package runs, not even a lifecycle script.
    const packed = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', dir], {
        encoding: 'utf8',
      }),
    ) as { filename: string; integrity: string }[];
    const [pack] = packed;
    if (!pack) throw new Error('npm pack wrote no tarball');
    const tarball = path.join(dir, pack.filename);
    execFileSync('tar', ['-xzf', tarball, '-C', dir, 'package/dist/index.js']);
    const bundle = readFileSync(path.join(dir, 'package', 'dist', 'index.js'), 'utf8');

    const wire = toWireShape(bundledData(bundle));
    const data = GenaiPrices.parse(wire); // checked; the file keeps the data as it came
    if (sorted(data) !== sorted(wire)) throw new Error('the schema would drop or change values');
    const asOf = published.slice(0, 10);
    const entries = readGenaiPrices(data, `genai-prices@${version}`, asOf);
    const file = path.resolve('reference', `genai-prices-${version}.json`);
    writeFileSync(file, `${JSON.stringify(wire)}\n`);

    const models = data.reduce((n, p) => n + p.models.length, 0);
    console.log(`✓ ${path.relative(process.cwd(), file)}: ${spec}, published ${published}`);
    console.log(`  integrity ${pack.integrity}`);
    console.log(
      `  ${data.length} providers, ${models} models, ${entries.length} priced entries at ${asOf}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) main();
