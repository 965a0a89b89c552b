/**
 * npm run import -- <command> …  Turns entries of the dated reference snapshots in reference/ into
 * new model files and new offers in data/. It never changes what exists: a model file is only
 * created, and offers are only appended for models a provider does not offer yet. Every change is
 * checked as a whole data set before anything is written (see src/data/write-files.ts).
 *
 *   model <lab/model | modelsdev:<provider>/<id> | openrouter:<maker>/<id>> [--id ID] [--creator ID] [--tier T] [--family F]
 *         [--name N] [--released D] [--license L] [--open-weights | --closed] [--context N] [--alias A]…
 *         [--facts-page URL [--facts-secondary]]
 *         The file's sources: name the catalogue entry for the facts copied from it (secondary) and
 *         --facts-page for the facts given as flags, read today; a fact flag without it is refused.
 *   offers <provider>… | --all [--allow-free]
 *   provider <id> --name N --kind K --url U --pricing-url P [--docs-url U] [--summary S]
 *         [--modelsdev a,b] [--litellm a,b] [--openrouter Name] [--allow-free]
 *   unmatched <provider> [--grep REGEX]     entries of a provider that match no model (for aliases)
 *   units <provider>… | --all               service tiers, 1-hour cache writes, reasoning, audio, image
 *         and fees from the snapshot an offer already cites, for its own id (src/import/units.ts)
 *
 * Every command takes --dry-run (print, write nothing). Exit status: 0 done, 1 refused (nothing
 * written), 2 usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document } from 'yaml';
import { formatProblem } from '../src/data/problem.ts';
import { dataDir, loadData } from '../src/data/load.ts';
import { applyChanges, checkChanges, type Changes } from '../src/data/write-files.ts';
import {
  appendOffers,
  buildModelFile,
  entriesOf,
  planOffers,
  YAML_OUTPUT,
} from '../src/import/importer.ts';
import { ModelIndex } from '../src/import/match.ts';
import { addUnits, planUnits } from '../src/import/units.ts';
import { Provider } from '../src/schemas/provider.ts';
import type { ProviderRecord } from '../src/schemas/records.ts';
import { loadReference, type Reference } from '../src/sources/reference.ts';
import { withSchemaLine } from '../src/data/schema-line.ts';
import { today } from '../src/scaffold/catalog.ts';
import { modelSpec, SpecError } from '../src/import/spec.ts';

class UsageError extends Error {}

const USAGE = `usage: npm run import -- <command> …
  model <lab/model | modelsdev:<provider>/<id> | openrouter:<maker>/<id>> [--id ID] [--creator ID] [--tier T]
        [--family F] [--name N] [--released D] [--license L] [--open-weights | --closed] [--context N] [--alias A]…
        [--facts-page URL [--facts-secondary]]   the page the flags' facts were read on
  offers <provider>… | --all [--allow-free]
  provider <id> --name N --kind K --url U --pricing-url P [--docs-url U] [--summary S]
        [--modelsdev a,b] [--litellm a,b] [--openrouter Name] [--allow-free]
  unmatched <provider> [--grep REGEX]
  units <provider>… | --all
Every command takes --dry-run. Exit status: 0 done, 1 refused (nothing written), 2 usage error.`;

const OPTIONS = {
  help: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  all: { type: 'boolean' },
  'allow-free': { type: 'boolean' },
  id: { type: 'string' },
  creator: { type: 'string' },
  tier: { type: 'string' },
  family: { type: 'string' },
  name: { type: 'string' },
  released: { type: 'string' },
  license: { type: 'string' },
  'open-weights': { type: 'boolean' },
  closed: { type: 'boolean' },
  context: { type: 'string' },
  alias: { type: 'string', multiple: true },
  'facts-page': { type: 'string' },
  'facts-secondary': { type: 'boolean' },
  kind: { type: 'string' },
  url: { type: 'string' },
  'pricing-url': { type: 'string' },
  'docs-url': { type: 'string' },
  summary: { type: 'string' },
  modelsdev: { type: 'string' },
  litellm: { type: 'string' },
  openrouter: { type: 'string' },
  grep: { type: 'string' },
} as const;

/** The command line, or the usage and exit 2 on an option it does not know (never a stack trace). */
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`import: ${(error as Error).message.split('. ')[0] ?? ''}\n${USAGE}`);
    process.exit(2);
  }
}
const { positionals, values: opts } = readArgs();
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

const dir = dataDir();
const [command, ...args] = positionals;

function need(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`${command} needs ${flag}`);
  return value;
}

async function load() {
  const result = await loadData(dir);
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(formatProblem(p));
    throw new UsageError('data/ has problems; fix them (npm run validate) before importing');
  }
  return result.data;
}

function offerChanges(
  provider: ProviderRecord,
  text: string,
  models: Parameters<typeof planOffers>[1],
  ref: Reference,
): { text: string; count: number } {
  const plan = planOffers(provider, models, ref.entries, {
    allowFree: opts['allow-free'] ?? false,
  });
  for (const { offer, entry } of plan.offers) {
    const p = offer.price;
    console.log(
      `  + ${provider.id}: ${offer.model} (${entry.provider}/${entry.id}) ${p.input ?? '—'} / ${p.output ?? '—'} from ${entry.ref}`,
    );
  }
  for (const s of plan.skipped) console.log(`  · skipped ${s}`);
  return {
    text: appendOffers(
      text,
      plan.offers.map((o) => o.offer),
    ),
    count: plan.offers.length,
  };
}

async function run(): Promise<number> {
  const ref = loadReference();
  const changes: Changes = new Map();

  if (command === 'model') {
    const data = await load();
    const source = args[0];
    if (!source)
      throw new UsageError(
        'model needs a source model: lab/model, modelsdev:<provider>/<id> or openrouter:<maker>/<id>',
      );
    const spec = modelSpec(ref, source, { ...opts, today: today() });
    if (!data.creators.some((c) => c.id === spec.creator)) {
      throw new UsageError(
        `no creator ${spec.creator}: add data/creators/${spec.creator}.yaml first, or pass --creator`,
      );
    }
    const clash = data.models.find((m) => m.id === spec.id);
    if (clash)
      throw new UsageError(
        `${spec.id} exists already (data/models/${clash.creator}/${spec.id}.yaml); the importer never overwrites`,
      );
    const index = new ModelIndex(data.models);
    const named = [spec.id, ...spec.aliases].map((a) => index.lookup(a)).find(Boolean);
    if (named) throw new UsageError(`${source} is already in data/ as ${named}`);
    const built = buildModelFile(spec);
    for (const n of built.notes) console.log(`  ${spec.id}: ${n}`);
    if (built.errors.length > 0)
      throw new UsageError(built.errors.map((e) => `${spec.id}: ${e}`).join('\n'));
    changes.set(path.join('models', spec.creator, `${spec.id}.yaml`), built.text);
    if (opts['dry-run']) console.log(built.text);
    console.log(`model ${spec.creator}/${spec.id} from ${spec.from}`);
  } else if (command === 'offers') {
    const data = await load();
    const ids = opts.all ? data.providers.map((p) => p.id) : args;
    if (ids.length === 0) throw new UsageError('offers needs provider ids, or --all');
    for (const id of ids) {
      const provider = data.providers.find((p) => p.id === id);
      if (!provider) throw new UsageError(`no provider ${id} in data/providers/`);
      const file = path.join('providers', `${id}.yaml`);
      const { text, count } = offerChanges(
        provider,
        readFileSync(path.join(dir, file), 'utf8'),
        data.models,
        ref,
      );
      if (count > 0) changes.set(file, text);
    }
  } else if (command === 'provider') {
    const data = await load();
    const id = args[0];
    if (!id) throw new UsageError('provider needs the new provider id');
    const file = path.join('providers', `${id}.yaml`);
    if (existsSync(path.join(dir, file)))
      throw new UsageError(`${file} exists already; use: offers ${id}`);
    const list = (v: string | undefined) => {
      const names =
        v
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? [];
      return names.length === 1 ? names[0] : names.length > 1 ? names : undefined;
    };
    const modelsdevNames = list(opts.modelsdev);
    const sources = Object.fromEntries(
      Object.entries({
        litellm: list(opts.litellm),
        modelsdev: modelsdevNames,
        openrouter: list(opts.openrouter),
      }).filter(([, v]) => v !== undefined),
    );
    const firstModelsDev = [modelsdevNames].flat()[0];
    const doc = ref.modelsdev.providers.find((p) => p.id === firstModelsDev)?.doc;
    const docsUrl = opts['docs-url'] ?? (doc?.startsWith('https://') ? doc : undefined);
    // The schema checks the flags (an unknown kind, a link that is not https) before anything is planned.
    const parsed = Provider.safeParse({
      name: need(opts.name, '--name'),
      url: need(opts.url, '--url'),
      pricing_url: need(opts['pricing-url'], '--pricing-url'),
      ...(docsUrl && { docs_url: docsUrl }),
      kind: need(opts.kind, '--kind'),
      ...(opts.summary && { summary: opts.summary }),
      sources,
      offers: [],
    });
    if (!parsed.success) {
      throw new UsageError(
        parsed.error.issues
          .map((i) => `--${i.path.join('.').replace('_', '-')}: ${i.message}`)
          .join('\n'),
      );
    }
    const text = withSchemaLine('provider', new Document(parsed.data).toString(YAML_OUTPUT));
    const provider: ProviderRecord = { ...parsed.data, id };
    console.log(`provider ${id}`);
    changes.set(file, offerChanges(provider, text, data.models, ref).text);
  } else if (command === 'unmatched') {
    const data = await load();
    const provider = data.providers.find((p) => p.id === args[0]);
    if (!provider) throw new UsageError(`no provider ${args[0] ?? '(none given)'}`);
    const index = new ModelIndex(data.models);
    const grep = opts.grep === undefined ? undefined : new RegExp(opts.grep, 'i');
    for (const e of entriesOf(provider, ref.entries)) {
      if (index.match(e) || (grep && !grep.test(e.id))) continue;
      console.log(
        `${e.source} ${e.provider} ${e.id}${e.canonical ? ` (${e.canonical})` : ''} ${e.price.input ?? '—'}/${e.price.output ?? '—'}`,
      );
    }
    return 0;
  } else if (command === 'units') {
    const data = await load();
    const ids = opts.all ? data.providers.map((p) => p.id) : args;
    if (ids.length === 0) throw new UsageError('units needs provider ids, or --all');
    const providers = ids.map((id) => {
      const p = data.providers.find((x) => x.id === id);
      if (!p) throw new UsageError(`no provider ${id} in data/providers/`);
      return p;
    });
    const { fills, skipped } = planUnits(providers, ref.entries);
    for (const f of fills) {
      const units = f.units.map(([path, v]) => `${path} ${v}`).join(', ');
      console.log(`  + ${f.provider}: ${f.model} ${units} (${f.from})`);
    }
    for (const s of skipped) console.log(`  · skipped ${s}`);
    for (const p of providers) {
      const file = path.join('providers', `${p.id}.yaml`);
      const mine = fills.filter((f) => f.provider === p.id);
      if (mine.length > 0)
        changes.set(file, addUnits(readFileSync(path.join(dir, file), 'utf8'), mine));
    }
  } else {
    throw new UsageError(
      `unknown command ${command ?? '(none)'}: use model, offers, provider, unmatched or units`,
    );
  }

  if (changes.size === 0) {
    console.log('nothing to import');
    return 0;
  }
  const problems = opts['dry-run']
    ? await checkChanges(dir, changes)
    : await applyChanges(dir, changes);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(
      `✗ refused: the import would leave ${problems.length} problems; nothing was written`,
    );
    return 1;
  }
  const files = [...changes.keys()].map((f) => `data/${f}`).join(', ');
  console.log(opts['dry-run'] ? `dry run: would write ${files}` : `✓ wrote ${files}`);
  return 0;
}

try {
  process.exitCode = await run();
} catch (error) {
  if (!(error instanceof UsageError || error instanceof SpecError)) throw error;
  console.error(`import: ${error.message}`);
  process.exitCode = 2;
}
