/**
 * `npm run schema`: writes the data files' JSON Schemas to schema/ (generated from the zod schemas)
 * and puts the `# yaml-language-server: $schema=…` line first in every data file that lacks it.
 * Run it after changing a schema in src/schemas/; a test fails while the committed files are stale.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '../src/data/load.ts';
import { SCHEMA_FOLDER, withSchemaLine, type DataSchema } from '../src/data/schema-line.ts';
import { writeFileAtomic } from '../src/data/write-files.ts';
import { DATA_SCHEMAS, jsonSchemaText } from '../src/schemas/json-schema.ts';

let written = 0;
for (const name of DATA_SCHEMAS) {
  const file = path.join(SCHEMA_FOLDER, `${name}.json`);
  const text = jsonSchemaText(name);
  const old = await readFile(file, 'utf8').catch(() => undefined);
  if (old !== text) {
    await writeFileAtomic(file, text);
    written++;
  }
}

/** The kind of data file a path under data/ holds, by where it sits. */
function kindOf(relative: string): DataSchema | undefined {
  const parts = relative.split(path.sep);
  if (parts.length === 3 && parts[0] === 'models') return 'model';
  if (parts.length === 2 && parts[0] === 'providers') return 'provider';
  if (parts.length === 2 && parts[0] === 'creators') return 'creator';
  if (parts.length === 2 && parts[0] === 'benchmarks') return 'benchmark';
  if (parts.length === 2 && parts[0] === 'evaluators') return 'evaluator';
  if (relative === 'refresh-state.yaml') return 'refresh-state';
  return undefined;
}

const root = dataDir();
let lined = 0;
for (const entry of await readdir(root, { recursive: true })) {
  const kind = entry.endsWith('.yaml') ? kindOf(entry) : undefined;
  if (!kind) continue;
  const file = path.join(root, entry);
  const text = await readFile(file, 'utf8');
  const fixed = withSchemaLine(kind, text);
  if (fixed !== text) {
    await writeFileAtomic(file, fixed);
    lined++;
  }
}

console.log(
  `✓ ${SCHEMA_FOLDER}/: ${written} of ${DATA_SCHEMAS.length} schemas rewritten; ${lined} data files given their schema line`,
);
