/**
 * Parses one data file with the `yaml` package, strictly, and keeps the document so that any later
 * problem (a schema error, an unknown reference) can be pointed at its line and column.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { formatPath, wholeFile, type PathSegment, type Problem } from './problem.ts';

/** Data files are small; anything larger is a mistake or an attack, refused before parsing. */
export const MAX_FILE_BYTES = 1_000_000;
/** Data files have no need for aliases at scale; a low limit defuses "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 50;

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

export type ParseResult = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

export function tooLarge(file: string, bytes: number): Problem {
  const size = (n: number) => n.toLocaleString('en-US');
  return wholeFile(file, `file is ${size(bytes)} bytes; a data file may be at most ${size(MAX_FILE_BYTES)}`);
}

export function parseYamlFile(file: string, text: string): ParseResult {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) return { ok: false, problems: [tooLarge(file, bytes)] };

  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    strict: true,
    uniqueKeys: true,
    // YAML 1.2 core schema: no timestamps (dates stay strings), no implicit octal or sexagesimal.
    version: '1.2',
    schema: 'core',
    merge: false,
    // Only the core schema's own tags: !!binary, !!set, !!timestamp and any custom tag stay
    // unresolved, which yaml reports as a warning, and a warning here is an error.
    resolveKnownTags: false,
  });

  const at = (offset: number, message: string): Problem => {
    const { line, col } = lines.linePos(offset);
    return { file, line, col, path: '', message };
  };
  // yaml reports unknown tags and similar as warnings; a data file must have neither.
  const problems = [...doc.errors, ...doc.warnings].map((e) => at(e.pos[0], firstLine(e.message)));
  if (problems.length > 0) return { ok: false, problems };

  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, yaml: { file, doc, lines, value } };
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    return { ok: false, problems: [at(0, message)] };
  }
}

function firstLine(message: string): string {
  // yaml's messages end with "at line L, column C" plus a code excerpt; the position is ours to give.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The node at `path`, or the deepest existing ancestor; with `key`, the key node of the last step. */
function find(doc: Document.Parsed, path: readonly PathSegment[], wantKey: boolean): Node | null {
  let node: unknown = doc.contents;
  for (const [i, seg] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) return node;
      if (last && wantKey) return pair.key as Node;
      // A key with no value (`input:`) has no value node; point at the key then.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return node;
      node = item;
    } else {
      break;
    }
  }
  return (node as Node | null) ?? null;
}

/** A problem located at the node for `path` in this file. */
export function problemAt(yaml: YamlFile, path: readonly PathSegment[], message: string, onKey = false): Problem {
  const node = find(yaml.doc, path, onKey);
  const { line, col } = yaml.lines.linePos(node?.range?.[0] ?? 0);
  return { file: yaml.file, line, col, path: formatPath(path), message };
}
