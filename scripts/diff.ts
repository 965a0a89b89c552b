/**
 * npm run diff -- <base-ref> [<head-ref>] [--out FILE] [--title TEXT]
 *
 * What a change to data/ changes on the site, as Markdown: prices (old → new, %), offers, models,
 * providers and makers added or removed, facts changed, what the site derives that moves with them
 * (cheapest provider, "input from", competitors), offers whose source leaves or joins the daily
 * refresh, and every page affected with its address, grouped and counted (ATLAS_TODAY fixes the
 * day the price histories end on, as for the build).
 * Compares data/ at <base-ref> with data/ at <head-ref>, or with the working tree when no head is
 * given. The pull-request workflow posts its output as the job summary and as a comment.
 *
 * Exit status: 0 printed (problems in either revision's data are reported at the top, and the
 * records that load are compared), 2 usage error (an unknown revision, say).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';
import { buildCatalog } from '../src/lib/catalog/build.ts';
import { diffCatalogs } from '../src/lib/diff/catalog-diff.ts';
import { diffMarkdown } from '../src/lib/diff/markdown.ts';
import { TODAY } from '../src/lib/site.ts';

const USAGE = 'usage: npm run diff -- <base-ref> [<head-ref>] [--out FILE] [--title TEXT]';

function fail(message: string): never {
  console.error(`diff: ${message}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail((error as Error).message.split('. ')[0] ?? '');
  }
}

const { positionals, values } = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [base, head, ...extra] = positionals;
if (!base || extra.length > 0) fail('give one base revision, and at most one head revision');

function git(cwd: string, args: string[]): Buffer {
  const result = spawnSync('git', ['-C', cwd, ...args], { maxBuffer: 1 << 30 });
  if (result.status !== 0) fail(`git ${args.join(' ')}: ${result.stderr.toString().trim()}`);
  return result.stdout;
}

const dir = dataDir();
const top = git(dir, ['rev-parse', '--show-toplevel']).toString().trim();
const inRepo = path.relative(top, dir).split(path.sep).join('/') || '.';
const temp = await mkdtemp(path.join(tmpdir(), 'atlas-diff-'));
// Gone however the command ends, a usage error included.
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));

/** data/ as it was at `ref`, written out into a temporary folder. */
async function dataAt(ref: string): Promise<string> {
  git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const into = path.join(temp, ref.replace(/[^\w.-]/g, '_'));
  const archive = git(top, ['archive', '--format=tar', ref, '--', inRepo]);
  await mkdir(into, { recursive: true });
  const untar = spawnSync('tar', ['-x', '-C', into], { input: archive });
  if (untar.status !== 0) fail(`could not unpack ${ref}: ${untar.stderr.toString().trim()}`);
  return path.join(into, inRepo);
}

{
  const beforeDir = await dataAt(base);
  const afterDir = head ? await dataAt(head) : dir;
  const [before, after] = await Promise.all([loadData(beforeDir), loadData(afterDir)]);
  const warnings: string[] = [];
  for (const [label, loaded] of [
    [base, before],
    [head ?? 'the working tree', after],
  ] as const) {
    if (loaded.problems.length === 0) continue;
    warnings.push(
      `> ⚠ data/ at ${label} has ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} (\`npm run validate\` lists them); the records that load are compared.`,
    );
    for (const p of loaded.problems.slice(0, 5)) console.error(formatProblem(p));
  }
  const site = `${process.env['ATLAS_SITE'] ?? 'http://localhost:4321'}${(process.env['ATLAS_BASE'] ?? '/').replace(/\/$/, '')}`;
  const catalogs = [buildCatalog(before.data), buildCatalog(after.data)] as const;
  const markdown = diffMarkdown(diffCatalogs(...catalogs, TODAY), {
    site,
    title:
      values.title ??
      `What changes on the site (${head ? `${base}…${head}` : `${base} → working tree`})`,
  });
  const text =
    warnings.length > 0 ? markdown.replace('\n\n', `\n\n${warnings.join('\n')}\n\n`) : markdown;
  process.stdout.write(text);
  if (values.out) await writeFile(values.out, text);
}
