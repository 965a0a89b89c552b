/**
 * The one loader of `data/`: reads every file, validates it against its schema, and checks the
 * references between files. It reports every problem in every file, never only the first, beside
 * the records that passed; callers refuse to go on while there is any problem. The Astro content
 * loader and `npm run validate` both use it.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { Benchmark, Evaluator } from '../schemas/benchmark.ts';
import { Creator } from '../schemas/creator.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { Model } from '../schemas/model.ts';
import { Provider } from '../schemas/provider.ts';
import type {
  BenchmarkRecord,
  CreatorRecord,
  EvaluatorRecord,
  ModelRecord,
  ProviderRecord,
} from '../schemas/records.ts';
import { RefreshState } from '../schemas/refresh-state.ts';
import { sortProblems, wholeFile, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { schemaLine } from './schema-line.ts';
import type { DataSchema } from './schema-line.ts';
import { checkOutliers } from './outliers.ts';
import { checkReferences, type FileRef } from './references.ts';
import { checkUnsourced, readUnsourcedList, UNSOURCED_LIST } from './unsourced.ts';
import { MAX_FILE_BYTES, parseYamlFile, tooLarge } from './yaml-file.ts';
import { mapLimited } from '../util/map-limited.ts';

export interface AtlasData {
  creators: CreatorRecord[];
  models: ModelRecord[];
  providers: ProviderRecord[];
  benchmarks: BenchmarkRecord[];
  evaluators: EvaluatorRecord[];
  refreshState: RefreshState | undefined;
  /** Where each record came from, by `<collection>/<id>`, for "edit this page" links and errors. */
  files: Map<string, string>;
}

export interface LoadResult {
  data: AtlasData;
  problems: Problem[];
  fileCount: number;
}

/** One file: its id and YAML whenever it parsed, its data only when it also passed its schema. */
interface Parsed<T> extends FileRef {
  data: T | undefined;
}

/** How a file path is shown: relative to the working directory, with forward slashes. */
function displayPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}


/** A folder's entries, sorted, hidden ones left out; none when the folder does not exist. */
async function listFolder(dir: string): Promise<Dirent[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function listYaml(dir: string, problems: Problem[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await listFolder(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.yaml')) files.push(full);
    else problems.push(wholeFile(displayPath(full), 'not a data file: files here end in .yaml'));
  }
  return files;
}

async function readAndParse<S extends z.ZodType>(
  file: string,
  kind: DataSchema,
  schema: S,
  problems: Problem[],
  only?: ReadonlySet<string>,
): Promise<Parsed<z.output<S>> | undefined> {
  const shown = displayPath(file);
  const id = path.basename(file, '.yaml');
  if (!ID_PATTERN.test(id)) {
    problems.push(wholeFile(shown, `file name "${id}" is not an id: use lower-case letters, digits, dots and dashes`));
    return undefined;
  }
  const unparsed = { id, file: shown, yaml: undefined, data: undefined };
  // Left unread: its id still counts as known, from its name (see checkReferences).
  if (only && !only.has(path.resolve(file))) return unparsed;
  const { size } = await stat(file);
  // Refuse before reading: a huge file must fail fast, not after it has been parsed.
  if (size > MAX_FILE_BYTES) {
    problems.push(tooLarge(shown, size));
    return unparsed;
  }
  const text = await readFile(file, 'utf8');
  const line = schemaLine(kind);
  if (!text.startsWith(`${line}\n`)) {
    problems.push(wholeFile(shown, `the first line should be "${line}", so editors check the file as it is typed: npm run schema adds it`));
  }
  const parsed = parseYamlFile(shown, text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return unparsed;
  }
  const result = schema.safeParse(parsed.yaml.value);
  if (!result.success) problems.push(...schemaProblems(parsed.yaml, schema, result.error.issues));
  return { id, file: shown, yaml: parsed.yaml, data: result.success ? result.data : undefined };
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

export interface LoadOptions {
  /**
   * Read and check only these files (absolute paths); the others count by their names, so the
   * references of the files read are still checked. `npm run validate -- --changed` uses it.
   */
  only?: ReadonlySet<string>;
  /** Hold models not on data/unsourced-models.txt to the rule of sourced limits and dates (validate). */
  requireSources?: boolean;
}

export async function loadData(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = path.resolve(dir);
  const problems: Problem[] = [];
  const { only } = options;
  const parseAll = async <S extends z.ZodType>(files: string[], kind: DataSchema, schema: S) =>
    (await mapLimited(files, 32, (f) => readAndParse(f, kind, schema, problems, only))).filter(defined);

  // A mistyped ATLAS_DATA_DIR must not pass as an empty catalog.
  const found = await stat(root).catch(() => undefined);
  if (!found?.isDirectory()) {
    problems.push(wholeFile(displayPath(root), 'no data folder here: check the path (ATLAS_DATA_DIR)'));
    return { data: { creators: [], models: [], providers: [], benchmarks: [], evaluators: [], refreshState: undefined, files: new Map() }, problems, fileCount: 0 };
  }

  // Model files sit in one folder per creator.
  const modelFiles: { file: string; creator: string }[] = [];
  for (const entry of await listFolder(path.join(root, 'models'))) {
    const full = path.join(root, 'models', entry.name);
    if (!entry.isDirectory()) {
      problems.push(
        wholeFile(displayPath(full), 'model files go in a folder named after their creator: data/models/<creator>/<id>.yaml'),
      );
      continue;
    }
    for (const file of await listYaml(full, problems)) modelFiles.push({ file, creator: entry.name });
  }

  const creatorFiles = await listYaml(path.join(root, 'creators'), problems);
  const providerFiles = await listYaml(path.join(root, 'providers'), problems);
  const creators = await parseAll(creatorFiles, 'creator', Creator);
  const models = (
    await mapLimited(modelFiles, 32, async ({ file, creator }) => {
      const parsed = await readAndParse(file, 'model', Model, problems, only);
      return parsed && { ...parsed, creator };
    })
  ).filter(defined);
  const providers = await parseAll(providerFiles, 'provider', Provider);
  const benchmarkFiles = await listYaml(path.join(root, 'benchmarks'), problems);
  const evaluatorFiles = await listYaml(path.join(root, 'evaluators'), problems);
  const benchmarks = await parseAll(benchmarkFiles, 'benchmark', Benchmark);
  const evaluators = await parseAll(evaluatorFiles, 'evaluator', Evaluator);

  let refreshState: RefreshState | undefined;
  const stateFile = path.join(root, 'refresh-state.yaml');
  const hasState = await stat(stateFile).then(() => true, () => false);
  if (hasState) refreshState = (await readAndParse(stateFile, 'refresh-state', RefreshState, problems, only))?.data;

  problems.push(...checkReferences({ creators, models, providers, benchmarks, evaluators }));
  problems.push(...checkOutliers(providers));
  if (options.requireSources) {
    const listFile = path.join(root, UNSOURCED_LIST);
    problems.push(...checkUnsourced(models, await readUnsourcedList(listFile), displayPath(listFile)));
  }

  const valid = <P extends Parsed<unknown>>(list: P[]) =>
    list.filter((p): p is P & { data: NonNullable<P['data']> } => p.data !== undefined);
  const files = new Map<string, string>();
  for (const c of creators) files.set(`creators/${c.id}`, c.file);
  for (const m of models) files.set(`models/${m.id}`, m.file);
  for (const p of providers) files.set(`providers/${p.id}`, p.file);
  for (const b of benchmarks) files.set(`benchmarks/${b.id}`, b.file);
  for (const e of evaluators) files.set(`evaluators/${e.id}`, e.file);

  return {
    data: {
      creators: valid(creators).map((c) => ({ ...c.data, id: c.id })),
      models: valid(models).map((m) => ({ ...m.data, id: m.id, creator: m.creator })),
      providers: valid(providers).map((p) => ({ ...p.data, id: p.id })),
      benchmarks: valid(benchmarks).map((b) => ({ ...b.data, id: b.id })),
      evaluators: valid(evaluators).map((e) => ({ ...e.data, id: e.id })),
      refreshState,
      files,
    },
    problems: sortProblems(problems),
    fileCount:
      creatorFiles.length +
      modelFiles.length +
      providerFiles.length +
      benchmarkFiles.length +
      evaluatorFiles.length +
      (hasState ? 1 : 0),
  };
}

/** The data folder: `ATLAS_DATA_DIR` if set (tests and benchmarks point it elsewhere), else `data/`. */
export function dataDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env['ATLAS_DATA_DIR'] ?? 'data');
}
