/**
 * npm run new -- <model | offer | provider | creator> [flags]   A scaffold for contributors: writes
 * one new data file with the schema line first and only the fields given (or appends one offer to
 * a provider file, leaving the rest of it byte for byte), after checking the whole data set with
 * the change applied, exactly as `npm run validate` would (see src/data/write-files.ts).
 *
 * In a terminal it asks for every field no flag gave, refusing a wrong answer as it is typed with
 * the schema's own message; with --yes, or when stdin is not a terminal, it never asks, and reports
 * every missing or refused flag at once. The questions are in src/scaffold/.
 *
 * Exit status: 0 done, 1 refused or cancelled (nothing written), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cancel, intro, isCancel, select } from '@clack/prompts';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem, type Problem } from '../src/data/problem.ts';
import { applyChanges, checkChanges, type Changes } from '../src/data/write-files.ts';
import { today, type Catalog } from '../src/scaffold/catalog.ts';
import { buildCreator, creatorFields } from '../src/scaffold/creator.ts';
import type { BuiltFile } from '../src/scaffold/file-text.ts';
import {
  CANCELLED,
  fill,
  flagsOf,
  FormError,
  type Answers,
  type Field,
  type Flags,
} from '../src/scaffold/form.ts';
import { buildModel, modelFields } from '../src/scaffold/model.ts';
import { buildOffer, offerFields } from '../src/scaffold/offer.ts';
import { terminal } from '../src/scaffold/prompts.ts';
import { buildProvider, providerFields } from '../src/scaffold/provider.ts';

const USAGE = `usage: npm run new -- <model | offer | provider | creator> [flags]
Writes one new data file (an offer is appended to its provider's file) after checking the whole
data set. In a terminal it asks for what no flag gave; with --yes, or when stdin is not a terminal,
it never asks and a missing required flag is an error.
  model     --name N [--id ID] [--creator ID] [--family F] [--tier T] --released YYYY-MM-DD
            --context N [--max-output N] [--cutoff YYYY-MM] --input text,image --output text
            [--tools yes|no|unknown] [--json yes|no|unknown] [--reasoning yes|no|unknown]
            --open-weights yes|no [--license L] [--status S] [--retired YYYY-MM-DD]
            --source https://… [--read YYYY-MM-DD] [--secondary yes|no] [--summary S]
  offer     --provider ID --model ID [--variant V] [--provider-model-id ID]
            --input-price USD --output-price USD [--cached-price USD] [--updated YYYY-MM-DD]
            [--source https://…|modelsdev@f3fc692]
  provider  --name N [--id ID] --url https://… --pricing-url https://… --kind K [--summary S]
  creator   --name N [--id ID] --url https://… [--country CC] [--summary S]
--tools, --json and --reasoning are the capabilities tool_calling, structured_output, reasoning.
A model's --source is the page its facts were read on (its sources: entry); --secondary yes when
it is not the maker's own.
Defaults, printed when taken: --id from --name; --creator, --family and --tier from the id;
--tools, --json, --reasoning unknown (the key is left out); --status active; --provider-model-id
the model id; --updated and --read today; --secondary no; an offer's --source the provider's
pricing_url. --license is asked for open weights, --retired for a retired model; --variant adds a
second offer of a model a provider offers.
  tier: flagship, balanced, lightweight, specialized    status: active, preview, deprecated, retired
  kind: first-party, cloud, inference-platform, aggregator
  modalities: text, image, audio, video, pdf
  prices: USD per 1M tokens (0.15, not 0.00000015)
  --dry-run  print the text it would write, write nothing   --yes, -y  never ask   --help  this
Exit status: 0 done, 1 refused or cancelled (nothing written), 2 usage error.`;

const text = { type: 'string' } as const;
const OPTIONS = {
  help: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  'dry-run': { type: 'boolean' },
  // model
  name: text,
  id: text,
  creator: text,
  family: text,
  tier: text,
  released: text,
  context: text,
  'max-output': text,
  cutoff: text,
  input: text,
  output: text,
  tools: text,
  json: text,
  reasoning: text,
  'open-weights': text,
  license: text,
  status: text,
  retired: text,
  read: text,
  secondary: text,
  summary: text,
  // offer
  provider: text,
  model: text,
  variant: text,
  'provider-model-id': text,
  'input-price': text,
  'output-price': text,
  'cached-price': text,
  updated: text,
  source: text,
  // provider and creator
  url: text,
  'pricing-url': text,
  kind: text,
  country: text,
} as const;

class UsageError extends Error {}

/** The command line, or the usage and exit 2 on an option it does not know (never a stack trace). */
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`new: ${(error as Error).message.split('. ')[0] ?? ''}\n${USAGE}`);
    process.exit(2);
  }
}

interface Command {
  what: string;
  fields: (catalog: Catalog, flags: Flags) => Field[];
  build: (answers: Answers, dir: string) => BuiltFile;
  /** The next step, once the file is written. */
  next: (answers: Answers) => string;
}

const COMMANDS: Record<string, Command> = {
  model: {
    what: 'a model: data/models/<creator>/<id>.yaml',
    fields: modelFields,
    build: buildModel,
    next: (a) => `add an offer: npm run new -- offer --model ${String(a['id'])}`,
  },
  offer: {
    what: "a model at a provider, appended to the provider's file",
    fields: offerFields,
    build: (a, dir) =>
      buildOffer(
        a,
        readFileSync(path.join(dir, 'providers', `${String(a['provider'])}.yaml`), 'utf8'),
      ),
    next: () => 'see what it changes on the site: npm run diff -- main',
  },
  provider: {
    what: 'an API provider: data/providers/<id>.yaml',
    fields: providerFields,
    build: buildProvider,
    next: (a) => `add its offers: npm run new -- offer --provider ${String(a['id'])}`,
  },
  creator: {
    what: 'an organisation that makes models: data/creators/<id>.yaml',
    fields: creatorFields,
    build: buildCreator,
    next: (a) => `add a model: npm run new -- model --creator ${String(a['id'])}`,
  },
};

/**
 * A problem as the person can find it. checkChanges checks a scratch copy of data/, so its
 * problems name files under a temporary folder; they are shown at their place in data/ instead.
 */
function shown(problem: Problem, dir: string): string {
  const file = problem.file.replace(
    /^.*atlas-check-[^/]+\/data\//,
    `${path.relative(process.cwd(), dir) || '.'}/`,
  );
  return formatProblem({ ...problem, file });
}

/** Which command, asked for in a terminal when none is given. */
async function chooseCommand(): Promise<string | typeof CANCELLED> {
  const chosen = await select({
    message: 'What do you want to add?',
    options: Object.entries(COMMANDS).map(([value, c]) => ({ value, hint: c.what })),
  });
  return isCancel(chosen) ? CANCELLED : chosen;
}

async function run(): Promise<number> {
  const { positionals, values } = readArgs();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const interactive =
    values.yes !== true && process.stdin.isTTY === true && process.stdout.isTTY === true;
  if (positionals.length > 1)
    throw new UsageError(`one command at a time, got ${positionals.join(' ')}`);
  let name = positionals[0];
  if (name === undefined && interactive) {
    intro('npm run new');
    const chosen = await chooseCommand();
    if (chosen === CANCELLED) return cancelled();
    name = chosen;
  }
  // Own keys only: `constructor` is no command.
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (name === undefined || command === undefined)
    throw new UsageError(
      `unknown command ${name ?? '(none)'}: use model, offer, provider or creator`,
    );

  // Flags are checked before the data is read: a misspelt command line is answered at once.
  const flags: Flags = Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const known = flagsOf(command.fields({ creators: [], models: [], providers: [], today: '' }, {}));
  const foreign = Object.keys(flags).filter((f) => !known.has(f));
  if (foreign.length > 0)
    throw new UsageError(
      `${foreign.map((f) => `--${f}`).join(', ')}: not an option of ${name} (see --help)`,
    );

  const dir = dataDir();
  const loaded = await loadData(dir);
  if (loaded.problems.length > 0) {
    for (const p of loaded.problems) console.error(formatProblem(p));
    console.error(
      `✗ refused: data/ has ${loaded.problems.length} problems already; fix them first (npm run validate)`,
    );
    return 1;
  }
  const catalog: Catalog = { ...loaded.data, today: today() };
  const fields = command.fields(catalog, flags);
  if (interactive && positionals[0] !== undefined) intro(`npm run new -- ${name}`);

  const filled = await fill(name, fields, flags, interactive ? terminal : undefined);
  if (filled === CANCELLED) return cancelled();
  for (const note of filled.notes) console.log(`  ${note}`);

  const built = command.build(filled.answers, dir);
  if (built.errors.length > 0) {
    for (const e of built.errors) console.error(`${built.file}: ${e}`);
    console.error('✗ refused: nothing was written');
    return 1;
  }
  const changes: Changes = new Map([[built.file, built.text]]);
  const shownFile = `data/${built.file}`;
  if (values['dry-run']) {
    // An offer is shown as the lines it appends, not as the whole (often long) provider file.
    const before = name === 'offer' ? readFileSync(path.join(dir, built.file), 'utf8') : '';
    const appended = before !== '' && built.text.startsWith(before);
    console.log(
      appended
        ? `${shownFile}, appended:\n${built.text.slice(before.length).trimEnd()}`
        : `${shownFile}:\n${built.text.trimEnd()}`,
    );
  }
  const problems = values['dry-run']
    ? await checkChanges(dir, changes)
    : await applyChanges(dir, changes);
  if (problems.length > 0) {
    for (const p of problems) console.error(shown(p, dir));
    console.error(`✗ refused: it would leave ${problems.length} problems; nothing was written`);
    return 1;
  }
  if (values['dry-run']) {
    console.log(`dry run: would write ${shownFile}`);
    return 0;
  }
  console.log(`✓ wrote ${shownFile}`);
  console.log(`next: ${command.next(filled.answers)}`);
  return 0;
}

function cancelled(): number {
  cancel('cancelled: nothing was written');
  return 1;
}

try {
  process.exitCode = await run();
} catch (error) {
  if (error instanceof FormError) {
    console.error(error.problems.map((p) => `new: ${p}`).join('\n'));
    console.error('see: npm run new -- --help');
    process.exitCode = 2;
  } else if (error instanceof UsageError) {
    console.error(`new: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else throw error;
}
