/**
 * The first line of every data file, naming its JSON Schema for the YAML language server (VS Code's
 * YAML extension, and any editor that speaks LSP): with it, editors complete field names and flag
 * mistakes while the file is typed. The path is relative, so it works offline and in any fork.
 */
import type { DATA_SCHEMAS } from '../schemas/json-schema.ts';

export type DataSchema = (typeof DATA_SCHEMAS)[number];

/** Where the committed schemas live, relative to the repository root. */
export const SCHEMA_FOLDER = 'schema';

/** How deep each kind of file sits below data/: providers/x.yaml is 1, models/<creator>/x.yaml 2. */
const DEPTH: Record<DataSchema, number> = {
  model: 2,
  provider: 1,
  creator: 1,
  benchmark: 1,
  evaluator: 1,
  'refresh-state': 0,
};

export function schemaLine(kind: DataSchema): string {
  return `# yaml-language-server: $schema=${'../'.repeat(DEPTH[kind] + 1)}${SCHEMA_FOLDER}/${kind}.json`;
}

/** The text with its schema line first: added when missing, corrected when it names another path. */
export function withSchemaLine(kind: DataSchema, text: string): string {
  const rest = text.startsWith('# yaml-language-server:') ? text.slice(text.indexOf('\n') + 1) : text;
  return `${schemaLine(kind)}\n${rest}`;
}
