/**
 * The Astro content loader for `data/`. All collections share one run of the data loader per build
 * (and per edit in `astro dev`), so every file is read and checked once, and bad data stops the
 * build with every problem listed rather than building on with entries missing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  BenchmarkRecord,
  CreatorRecord,
  EvaluatorRecord,
  ModelRecord,
  ProviderRecord,
} from '../schemas/records.ts';
import { RefreshState } from '../schemas/refresh-state.ts';
import { dataDir, loadData, type AtlasData, type LoadResult } from './load.ts';
import { formatProblem } from './problem.ts';

let cached: { dir: string; result: Promise<LoadResult> } | undefined;

/** One read of the data folder, shared by every collection until a file in it changes. */
function loadOnce(dir: string, logger: LoaderContext['logger']): Promise<LoadResult> {
  if (cached?.dir !== dir) {
    const started = performance.now();
    const result = loadData(dir).then((loaded) => {
      logger.info(`read ${loaded.fileCount} data files in ${Math.round(performance.now() - started)} ms`);
      return loaded;
    });
    cached = { dir, result };
  }
  return cached.result;
}

/** Thrown when the data has problems; its message is the list of them, without a stack to wade through. */
class DataError extends AstroError {
  constructor(message: string) {
    super(message, 'Fix the files above (npm run validate lists the same problems), then build again.');
    this.stack = '';
  }

  // Astro replaces the hint of any error whose toString() mentions "window" (meaning the browser
  // global) with advice about browser APIs; "context_window" is not that.
  override toString(): string {
    return 'AstroUserError: invalid data';
  }
}

const schemas = {
  creators: CreatorRecord,
  models: ModelRecord,
  providers: ProviderRecord,
  benchmarks: BenchmarkRecord,
  evaluators: EvaluatorRecord,
  refreshState: RefreshState,
} as const;

type CollectionName = keyof typeof schemas;

function entries(data: AtlasData, collection: CollectionName): { id: string; record: Record<string, unknown> }[] {
  // Always one entry, so pages need not ask whether the refresher has ever run.
  if (collection === 'refreshState') return [{ id: 'refresh-state', record: data.refreshState ?? { sources: {} } }];
  return data[collection].map((record) => ({ id: record.id, record }));
}

/** The records of a good read, or the DataError listing every problem of a bad one. */
async function read(dir: string, logger: LoaderContext['logger']): Promise<AtlasData> {
  const { data, problems } = await loadOnce(dir, logger);
  if (problems.length > 0) {
    const where = path.relative(process.cwd(), dir) || '.';
    throw new DataError(`${problems.length} problem(s) in ${where}:\n${problems.map(formatProblem).join('\n')}`);
  }
  return data;
}

function fill(collection: CollectionName, context: LoaderContext, data: AtlasData): void {
  context.store.clear();
  for (const { id, record } of entries(data, collection)) {
    const file = data.files.get(`${collection}/${id}`);
    context.store.set({ id, data: record, digest: context.generateDigest(record), ...(file ? { filePath: file } : {}) });
  }
}

/** How long the data folder must be quiet after an event before it is read again, ms. */
const QUIET_MS = 100;

/** Every collection's loader context, so that one watcher can resync them all after an edit. */
const contexts = new Map<CollectionName, LoaderContext>();
const watched = new WeakSet<object>();

/**
 * In `astro dev`: one listener for the whole data folder. An edit drops the shared read once and
 * refills every collection from the next one, instead of each collection reading the folder again.
 */
function watch(context: LoaderContext, dir: string): void {
  const { watcher } = context;
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  watcher.add(dir);
  // One save can reach the watcher as several events (an editor's truncate and write, or a busy
  // machine's split write): events within a short quiet spell make one read, not one each.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const reread = () => {
    pending = undefined;
    cached = undefined;
    // A bad edit is reported once and leaves the last good data on the page until it is fixed.
    read(dir, context.logger).then(
      (data) => contexts.forEach((ctx, collection) => fill(collection, ctx, data)),
      (error: unknown) => context.logger.error((error as Error).message),
    );
  };
  const resync = (changed: string) => {
    if (!path.resolve(changed).startsWith(dir + path.sep)) return;
    clearTimeout(pending);
    pending = setTimeout(reread, QUIET_MS);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
}

export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: 'atlas-data',
    schema: schemas[collection],
    load: async (context) => {
      const dir = dataDir(fileURLToPath(context.config.root));
      contexts.set(collection, context);
      fill(collection, context, await read(dir, context.logger));
      watch(context, dir);
    },
  };
}
