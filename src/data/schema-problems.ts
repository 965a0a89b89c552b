/** Turns zod issues into located problems, phrased for the person editing the file. */
import type { z } from 'astro/zod';
import { show } from '../schemas/fields.ts';
import type { PathSegment, Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { problemAt, type YamlFile } from './yaml-file.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys an object schema at `path` accepts, to suggest the one a misspelling meant. */
function keysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    const def = defOf(s);
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return s;
  };
  for (const seg of path) {
    if (!current) return [];
    const def = defOf(unwrap(current));
    current = typeof seg === 'number' ? def.element : def.shape?.[seg];
  }
  if (!current) return [];
  return Object.keys(defOf(unwrap(current)).shape ?? {});
}

export function schemaProblems(yaml: YamlFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      return issue.keys.map((key) =>
        problemAt(yaml, [...path, key], `unknown field "${key}"${didYouMean(key, known)}`, true),
      );
    }
    if (path.length === 0 && issue.code === 'invalid_type') {
      const found = yaml.value == null ? 'an empty file' : show(yaml.value);
      return [problemAt(yaml, path, `expected a mapping of fields, got ${found}`)];
    }
    if (issue.code === 'invalid_type' && issue.expected === 'object') {
      // Nested mappings (modalities, price, …) carry no message of their own; say it plainly.
      const found = valueAt(yaml.value, path);
      return [problemAt(yaml, path, found === undefined ? 'missing: expected a mapping' : `expected a mapping, got ${show(found)}`)];
    }
    return [problemAt(yaml, path, issue.message)];
  });
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>(
    (node, seg) => (node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[seg] : undefined),
    value,
  );
}

