/**
 * What `npm run import -- model <source>` makes a model file from: the snapshot entry the command
 * line names (a models.dev canonical model, a models.dev provider entry, or an OpenRouter model),
 * the flags that override its facts, and the pages both were read on, for the file's `sources:`.
 */
import { HttpsUrl } from '../schemas/fields.ts';
import type { Reference } from '../sources/reference.ts';
import { aliasesFor, type ModelSpec } from './importer.ts';

/** A command line the spec cannot be made from: the script prints it and exits 2. */
export class SpecError extends Error {}

/** The importer's flags a model spec reads, as parseArgs gives them, and today's date. */
export interface SpecOptions {
  id?: string | undefined;
  creator?: string | undefined;
  name?: string | undefined;
  tier?: string | undefined;
  family?: string | undefined;
  released?: string | undefined;
  license?: string | undefined;
  'open-weights'?: boolean | undefined;
  closed?: boolean | undefined;
  context?: string | undefined;
  alias?: string[] | undefined;
  'facts-page'?: string | undefined;
  'facts-secondary'?: boolean | undefined;
  today: string;
}

const MODELS_DEV_REPO = 'https://github.com/anomalyco/models.dev/blob';

/** The page --facts-page names, read today; an address that is not https is a usage error. */
function flagsPage(opts: SpecOptions): ModelSpec['flagsPage'] {
  const url = opts['facts-page'];
  if (url === undefined) {
    if (opts['facts-secondary']) throw new SpecError('--facts-secondary needs --facts-page');
    return undefined;
  }
  const parsed = HttpsUrl.safeParse(url);
  if (!parsed.success)
    throw new SpecError(
      `--facts-page: ${parsed.error.issues[0]?.message ?? 'not an https address'}`,
    );
  return { url, read: opts.today, ...(opts['facts-secondary'] && { secondary: true as const }) };
}

/** The spec of a new model file from a snapshot entry (`source`, as the command line names it). */
export function modelSpec(ref: Reference, source: string, opts: SpecOptions): ModelSpec {
  const need = (value: string | undefined, flag: string): string => {
    if (value === undefined) throw new SpecError(`model needs ${flag}`);
    return value;
  };
  const page = flagsPage(opts);
  const overrides = {
    name: opts.name,
    tier: opts.tier,
    family: opts.family,
    released: opts.released,
    license: opts.license,
    openWeights: opts['open-weights'] ? true : opts.closed ? false : undefined,
    contextWindow: opts.context === undefined ? undefined : Number(opts.context),
  };
  const { modelsdev } = ref;
  if (source.startsWith('modelsdev:')) {
    const [provider = '', ...rest] = source.slice('modelsdev:'.length).split('/');
    const entryId = rest.join('/');
    const entry = modelsdev.entries.find((e) => e.provider === provider && e.id === entryId);
    if (!entry?.facts) throw new SpecError(`models.dev has no entry ${entryId} under ${provider}`);
    const id = need(opts.id, '--id (our id for a model taken from a provider entry)');
    return {
      id,
      creator: need(opts.creator, '--creator'),
      from: `${modelsdev.ref} ${provider}/${entryId}`,
      citation: {
        url: `${MODELS_DEV_REPO}/${modelsdev.commit}/providers/${provider}/models/${entryId}.toml`,
        read: opts.today,
      },
      flagsPage: page,
      facts: entry.facts,
      contextWindow: entry.contextWindow,
      maxOutput: entry.maxOutput,
      sourceStatus: entry.status,
      aliases: aliasesFor(id, [entryId, ...(opts.alias ?? [])]),
      overrides,
    };
  }
  if (source.startsWith('openrouter:')) {
    const entryId = source.slice('openrouter:'.length);
    const entry = ref.entries.find((e) => e.source === 'openrouter' && e.id === entryId);
    if (!entry?.facts) throw new SpecError(`OpenRouter's list has no model ${entryId}`);
    const slug = entryId.slice(entryId.indexOf('/') + 1).replace(/:.*$/, '');
    const id = opts.id ?? slug.toLowerCase();
    if (opts.released === undefined && entry.facts.released !== undefined) {
      console.log(
        `  ${id}: released ${entry.facts.released} is the day OpenRouter listed it; pass --released with the maker's date where it differs`,
      );
    }
    return {
      id,
      creator: need(opts.creator, "--creator (OpenRouter's maker prefix is not a creator id)"),
      from: `${entry.ref} ${entryId}`,
      // The list as recorded that day; its `created` is the day OpenRouter listed the model.
      citation: {
        url: 'https://openrouter.ai/api/v1/models',
        read: entry.asOf,
        ...(opts.released === undefined &&
          entry.facts.released !== undefined && {
            comment: `released: the day OpenRouter listed ${entryId} (its created), not a date the maker gave`,
          }),
      },
      flagsPage: page,
      facts: entry.facts,
      contextWindow: entry.contextWindow,
      maxOutput: entry.maxOutput,
      sourceStatus: entry.status,
      aliases: aliasesFor(id, [slug, ...(opts.alias ?? [])]),
      overrides,
    };
  }
  const canonical = modelsdev.canonical.get(source);
  if (!canonical) throw new SpecError(`models.dev has no canonical model ${source}`);
  const slug = source.slice(source.indexOf('/') + 1);
  const id = opts.id ?? slug.toLowerCase();
  const statuses = modelsdev.entries.filter((e) => e.canonical === source).map((e) => e.status);
  return {
    id,
    creator: opts.creator ?? canonical.lab,
    from: `${modelsdev.ref} ${source}`,
    citation: {
      url: `${MODELS_DEV_REPO}/${modelsdev.commit}/models/${source}.toml`,
      read: opts.today,
    },
    flagsPage: page,
    facts: canonical.facts,
    contextWindow: canonical.contextWindow,
    maxOutput: canonical.maxOutput,
    // Deprecated only when every provider entry that links it says so.
    sourceStatus:
      statuses.length > 0 && statuses.every((s) => s === 'deprecated') ? 'deprecated' : undefined,
    aliases: aliasesFor(id, [slug, ...(opts.alias ?? [])]),
    overrides,
  };
}
