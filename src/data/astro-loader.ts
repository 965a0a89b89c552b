/**
 * The Astro content loader for `data/`. All collections share one run of the data loader per build
 * (and per edit in `astro dev`), so every file is read and checked once, and bad data stops the
 * build with every problem listed rather than building on with entries missing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CreatorRecord, ModelRecord, ProviderRecord } from '../schemas/records.ts';
import { RefreshState } from '../schemas/refresh-state.ts';
import { dataDir, loadData, type AtlasData, type LoadResult } from './load.ts';
import { formatProblem } from './problem.ts';

let cached: { dir: string; result: Promise<LoadResult> } | undefined;

function loadOnce(dir: string): Promise<LoadResult> {
  if (cached?.dir !== dir) cached = { dir, result: loadData(dir) };
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
  refreshState: RefreshState,
} as const;

type CollectionName = keyof typeof schemas;

function entries(data: AtlasData, collection: CollectionName): { id: string; record: Record<string, unknown> }[] {
  // Always one entry, so pages need not ask whether the refresher has ever run.
  if (collection === 'refreshState') return [{ id: 'refresh-state', record: data.refreshState ?? { sources: {} } }];
  return data[collection].map((record) => ({ id: record.id, record }));
}

async function sync(collection: CollectionName, context: LoaderContext, dir: string): Promise<void> {
  const { data, problems } = await loadOnce(dir);
  if (problems.length > 0) {
    throw new DataError(`${problems.length} problem(s) in ${path.relative(process.cwd(), dir) || '.'}:\n${problems.map(formatProblem).join('\n')}`);
  }
  context.store.clear();
  for (const { id, record } of entries(data, collection)) {
    const file = data.files.get(`${collection}/${id}`);
    context.store.set({ id, data: record, digest: context.generateDigest(record), ...(file ? { filePath: file } : {}) });
  }
}

export function atlasLoader(collection: CollectionName): Loader {
  let watching = false;
  return {
    name: 'atlas-data',
    schema: schemas[collection],
    load: async (context) => {
      const dir = dataDir(fileURLToPath(context.config.root));
      await sync(collection, context, dir);
      if (context.watcher && !watching) {
        watching = true;
        context.watcher.add(dir);
        const resync = (changed: string) => {
          if (!path.resolve(changed).startsWith(dir + path.sep)) return;
          cached = undefined;
          sync(collection, context, dir).catch((error: unknown) => context.logger.error(String((error as Error).message)));
        };
        for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, resync);
      }
    },
  };
}
