/**
 * `npm run validate [-- --changed]`: checks every file in the data folder and prints every problem
 * as `file:line:col: field: message`. In GitHub Actions it also writes annotations so the pull
 * request shows each problem on its line. Exits 1 when anything is wrong.
 *
 * `--changed` reads only the data files that differ from git's HEAD (staged, unstaged or new), for
 * the optional pre-commit hook (.githooks/pre-commit): the other files count by their names, so
 * what a changed file refers to is still checked. When a data file was deleted or renamed, files
 * that did not change may now point at nothing, so it checks everything; so it does outside git.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem, githubAnnotation } from '../src/data/problem.ts';

const USAGE = 'usage: npm run validate [-- --changed]';
let values: { changed?: boolean | undefined; help?: boolean | undefined };
try {
  ({ values } = parseArgs({
    options: { changed: { type: 'boolean' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  console.error(`validate: ${(error as Error).message.split('. ')[0] ?? ''}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dir = dataDir();

/** Lines git prints in `dir`, or undefined when that is not a git checkout. */
function git(args: string[]): string[] | undefined {
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return result.stdout.split('\n').filter(Boolean);
}

/** The data files to read for --changed, as absolute paths; undefined for "check everything". */
function changedFiles(): { files: Set<string> | undefined; why?: string } {
  const top = git(['rev-parse', '--show-toplevel'])?.[0];
  // Status letter and path, relative to the top of the repository.
  const changes = git(['diff', '--name-status', '--no-renames', 'HEAD', '--', '.']);
  const added = git(['ls-files', '--others', '--exclude-standard', '--full-name', '--', '.']);
  if (!top || !changes || !added) return { files: undefined, why: 'not a git checkout' };
  const files = new Set<string>();
  for (const line of changes) {
    const [status, file] = line.split('\t');
    if (status === 'D') return { files: undefined, why: `${file ?? 'a file'} was deleted` };
    if (file?.endsWith('.yaml')) files.add(path.join(top, file));
  }
  for (const file of added) if (file.endsWith('.yaml')) files.add(path.join(top, file));
  return { files };
}

const scope = values.changed ? changedFiles() : { files: undefined };
if (values.changed && !scope.files) console.log(`checking every file: ${scope.why ?? ''}`);
const { data, problems, fileCount } = await loadData(dir, {
  requireSources: true,
  ...(scope.files ? { only: scope.files } : {}),
});

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    for (const problem of problems) console.log(githubAnnotation(problem));
  }
  const files = new Set(problems.map((p) => p.file)).size;
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  console.error(`\n✗ ${fileCount > 0 ? `${count} in ${files} of ${fileCount} files` : count}`);
  process.exit(1);
}

if (scope.files) {
  const n = scope.files.size;
  console.log(
    n === 0
      ? `✓ no data file changed since HEAD (${fileCount} files)`
      : `✓ ${n} changed file${n === 1 ? '' : 's'} valid, with ${fileCount - n} others by name`,
  );
} else {
  const offers = data.providers.reduce((n, p) => n + p.offers.length, 0);
  const scores = data.models.reduce((n, m) => n + (m.scores?.length ?? 0), 0);
  const benchmarks = data.benchmarks.length
    ? `, ${data.benchmarks.length} benchmarks, ${scores} scores`
    : '';
  console.log(
    `✓ ${fileCount} files valid: ${data.creators.length} creators, ${data.models.length} models, ${data.providers.length} providers, ${offers} offers${benchmarks}`,
  );
}
