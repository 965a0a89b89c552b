/**
 * `npm run validate`: checks every file in the data folder and prints every problem as
 * `file:line:col: field: message`. In GitHub Actions it also writes annotations so the pull request
 * shows each problem on its line. Exits 1 when anything is wrong.
 */
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem, githubAnnotation } from '../src/data/problem.ts';

const dir = dataDir();
const { data, problems, fileCount } = await loadData(dir);

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

const offers = data.providers.reduce((n, p) => n + p.offers.length, 0);
console.log(
  `✓ ${fileCount} files valid: ${data.creators.length} creators, ${data.models.length} models, ${data.providers.length} providers, ${offers} offers`,
);
