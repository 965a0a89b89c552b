/**
 * The text of a new data file: its schema line first, then the record written the way the
 * importer writes files (no folded lines, `[a, b]` for short lists), so a scaffolded file looks
 * like its neighbours and a later import or refresh rewrites nothing in it.
 */
import type { z } from 'astro/zod';
import { Document, YAMLSeq } from 'yaml';
import { withSchemaLine, type DataSchema } from '../data/schema-line.ts';
import { YAML_OUTPUT } from '../import/importer.ts';

/** The file text for `record`; the lists at `flow` (key paths) are written on one line. */
export function recordText(
  kind: DataSchema,
  record: Record<string, unknown>,
  flow: readonly (readonly (string | number)[])[] = [],
): string {
  const doc = new Document(record);
  for (const at of flow) {
    const list = doc.getIn(at, true);
    if (list instanceof YAMLSeq) list.flow = true;
  }
  return withSchemaLine(kind, doc.toString(YAML_OUTPUT));
}

/** The keys of `answers` that are present, in the order given: a record's fields in schema order. */
export function pick<T extends object>(
  answers: T,
  keys: readonly (keyof T & string)[],
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (answers[key] !== undefined) out[key] = answers[key];
  return out;
}

/** A file to write: where, its text, and what the record's schema still refuses in it. */
export interface BuiltFile {
  /** Path relative to data/: models/openai/gpt-4o.yaml. */
  file: string;
  text: string;
  /** What the schema refuses in the assembled record; empty when the fields' own checks held. */
  errors: string[];
}

/** A schema's verdict on an assembled record, as "path: message" lines. */
export function schemaErrors(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
