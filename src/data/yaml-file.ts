/**
 * Parses one data file strictly, and keeps the means to point any later problem (a schema error,
 * an unknown reference) at its line and column.
 *
 * Two parsers, one meaning. The `yaml` package is the reference: strict, YAML 1.2 core schema, and
 * it keeps every node's position, so every problem is reported with it. It is also slow, about
 * 2 MB/s: at 10,000 models the data (40 MB) took over 20 s to read. `js-yaml` reads the same files
 * twenty times faster but keeps no positions and differs at the edges (it reads 0b101 as a number,
 * and expands aliases without a limit). So a file written in the plain subset our data uses
 * (`isPlainSubset`: block maps and lists, plain, quoted and block scalars) is read by js-yaml; a
 * file outside it, or one js-yaml refuses, is read by `yaml`, whose messages are the ones shown;
 * and `yaml` parses a file again whenever one of its problems needs a line. The tests check that
 * both give the same value for every file in data/, the benchmark's catalog and generated
 * documents.
 */
import jsyaml from 'js-yaml';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { formatPath, wholeFile, type PathSegment, type Problem } from './problem.ts';

/** Data files are small; anything larger is a mistake or an attack, refused before parsing. */
export const MAX_FILE_BYTES = 1_000_000;
/** Data files have no need for aliases at scale; a low limit defuses "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 50;

export interface YamlFile {
  file: string;
  value: unknown;
  /** The `yaml` document and its line index, parsed when first asked for. */
  located: () => Located;
}

interface Located {
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * Whether a file keeps to the plain subset js-yaml and `yaml` read alike: no anchors, aliases or
 * tags, no directives or document markers, no tabs, no explicit or flow-collection keys, and no
 * binary, underscored, negative-zero or signed point-first numbers, and no block scalar with an
 * indentation indicator. It errs towards no: a "!" or "&" after a space in prose sends the
 * file to `yaml`, which is only slower.
 */
export function isPlainSubset(text: string): boolean {
  // A whole-line comment holds no node, so its "&" or "*" is prose (and in a block scalar the
  // line is text, which both parsers read alike).
  const nodes = text.replace(/^[ ]*#.*$/gm, '');
  return !(
    /(^|[\s[\]{},])[&*!]/m.test(nodes) ||
    /^(%|---|\.\.\.)/m.test(text) ||
    text.includes('\t') ||
    /^[\s-]*(\?|[[{]|<<)/m.test(text) ||
    /(^|[\s:[{,-])[-+]?0b/m.test(text) ||
    // Negative zero: yaml keeps its sign, js-yaml reads the integer -0 as 0.
    /(^|[\s:[{,])-0+([\s,\]}]|$)/m.test(text) ||
    // A number written with underscores (1_000): a number to js-yaml, text to yaml. Only tokens
    // made of digits, points and underscores count; a link's "Qwen3_Technical" is not one.
    /(^|[\s:[{,])[-+]?[\d.][\d._]*_[\d._]*([\s,\]}]|$)/m.test(text) ||
    // A signed float without digits before the point (+.5): a number to yaml, text to js-yaml.
    /(^|[\s:[{,])[-+]\./m.test(text) ||
    // A block scalar with an indentation indicator (|2-): the two read blank lines differently.
    /(^|\s)[|>][-+]?\d/m.test(text)
  );
}

/** js-yaml's reading of a plain-subset file, or undefined when it refuses the file. */
export function fastValue(text: string): { value: unknown } | undefined {
  if (!isPlainSubset(text)) return undefined;
  try {
    const value: unknown = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    // An empty document is undefined to js-yaml and null to `yaml`: let `yaml` say what it is.
    return value === undefined ? undefined : { value };
  } catch {
    return undefined;
  }
}

export type ParseResult = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

export function tooLarge(file: string, bytes: number): Problem {
  const size = (n: number) => n.toLocaleString('en-US');
  return wholeFile(file, `file is ${size(bytes)} bytes; a data file may be at most ${size(MAX_FILE_BYTES)}`);
}

export function parseYamlFile(file: string, text: string): ParseResult {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) return { ok: false, problems: [tooLarge(file, bytes)] };

  const fast = fastValue(text);
  if (fast) return { ok: true, yaml: { file, value: fast.value, located: lazily(text) } };

  const { doc, lines } = parseStrict(text);
  const at = (offset: number, message: string): Problem => {
    const { line, col } = lines.linePos(offset);
    return { file, line, col, path: '', message };
  };
  // yaml reports unknown tags and similar as warnings; a data file must have neither.
  const found = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = found[0];
  // One slip (a line indented one space off) makes the parser complain several times over, each
  // complaint following from the one before: the first is the one to fix, the rest are noise.
  if (first) return { ok: false, problems: [at(first.pos[0], parseMessage(first.message, found.length - 1))] };

  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, yaml: { file, value, located: () => ({ doc, lines }) } };
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    return { ok: false, problems: [at(0, message)] };
  }
}

/** Parses `text` with `yaml` the first time its positions are needed, then keeps the result. */
function lazily(text: string): () => Located {
  let kept: Located | undefined;
  return () => (kept ??= parseStrict(text));
}

/** The reference parse: `yaml`, strict, YAML 1.2 core schema, with positions. */
export function parseStrict(text: string): Located {
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
  return { doc, lines };
}

/** The parser's complaints that mean a line is indented differently from its neighbours. */
const INDENTATION =
  /must start at the same column|without - indicator|not allowed in compact mappings|Implicit keys need to be on a single line|indentation/i;

/** The first parse error in words, with how many further complaints it caused. */
function parseMessage(message: string, more: number): string {
  const said = firstLine(message);
  const plain = INDENTATION.test(said)
    ? `this line is indented differently from the lines around it: line it up with the other keys of its block, using spaces (the YAML parser says: ${said})`
    : said;
  return more > 0
    ? `${plain}; ${more === 1 ? '1 further complaint of the parser follows' : `${more} further complaints of the parser follow`} from it`
    : plain;
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
  const { doc, lines } = yaml.located();
  const node = find(doc, path, onKey);
  const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
  return { file: yaml.file, line, col, path: formatPath(path), message };
}
