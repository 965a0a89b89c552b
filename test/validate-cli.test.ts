import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/harness/run.ts';

describe('npm run validate', () => {
  it('passes valid data and says what it checked', () => {
    const result = run(['scripts/validate.ts'], { ATLAS_DATA_DIR: 'test/fixtures/valid' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ 7 files valid: 2 creators, 3 models, 2 providers, 5 offers');
  });

  it('prints every problem as file:line:col: field: message and exits 1', () => {
    const result = run(['scripts/validate.ts'], { ATLAS_DATA_DIR: 'test/fixtures/broken' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(
      'test/fixtures/broken/providers/openai.yaml:10:14: offers[0].price.input: expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
    );
    expect(lines).toContain(
      'test/fixtures/broken/models/openai/scored.yaml:20:12: scores[1].score: expected a score from 0 to 100 (the scale of gpqa-diamond), got 870',
    );
    expect(lines.at(-1)).toMatch(/^✗ \d+ problems in 13 of \d+ files$/);
    // No annotations outside GitHub Actions, and never a stack trace.
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes GitHub annotations in Actions', () => {
    const result = run(['scripts/validate.ts'], {
      ATLAS_DATA_DIR: 'test/fixtures/broken',
      GITHUB_ACTIONS: 'true',
    });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toContain(
      '::error file=test/fixtures/broken/providers/openai.yaml,line=10,col=14,title=Invalid data%3A offers[0].price.input::expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
    );
  });
});

describe('npm run validate -- --changed, and the pre-commit hook that runs it', () => {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'atlas-changed-'));
  const data = path.join(repo, 'data');
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      encoding: 'utf8',
    });
  cpSync('test/fixtures/valid', data, { recursive: true });
  // A problem already committed: --changed does not read that file, the full check does.
  const old = path.join(data, 'models/openai/gpt-4o.yaml');
  writeFileSync(old, readFileSync(old, 'utf8').replace('tier: balanced', 'tier: middling'));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const validate = (...args: string[]) =>
    run(['scripts/validate.ts', ...args], { ATLAS_DATA_DIR: data });
  const provider = path.join(data, 'providers/openrouter.yaml');
  const original = readFileSync(provider, 'utf8');

  it('reads only the files changed since HEAD, and says so', () => {
    expect(validate().status).toBe(1);
    expect(validate('--changed').stdout).toBe('✓ no data file changed since HEAD (7 files)\n');
    writeFileSync(provider, original.replace('input: 2.5, output: 10', 'input: 2, output: 10'));
    const result = validate('--changed');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('✓ 1 changed file valid, with 6 others by name\n');
  });

  it("reports a changed file's problems and its references, as the full check does", () => {
    writeFileSync(
      provider,
      original
        .replace('input: 2.5, output: 10', 'input: "2.5 USD", output: 10')
        .replace('model: claude-haiku-4.5', 'model: claude-haiku-4.6'),
    );
    const result = validate('--changed');
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(
      lines.some((l) => /providers\/openrouter\.yaml:\d+:\d+: offers\[1\]\.price\.input: /.test(l)),
    ).toBe(true);
    expect(lines.some((l) => l.includes('unknown model "claude-haiku-4.6"'))).toBe(true);
    // The committed problem in gpt-4o.yaml was not read.
    expect(result.stderr).not.toContain('gpt-4o.yaml');
    writeFileSync(provider, original);
  });

  it('checks everything when a data file was deleted, since others may point at it', () => {
    rmSync(path.join(data, 'models/anthropic/claude-haiku-4.5.yaml'));
    const result = validate('--changed');
    expect(result.stdout).toContain(
      'checking every file: data/models/anthropic/claude-haiku-4.5.yaml was deleted',
    );
    expect(result.stderr).toContain('unknown model "claude-haiku-4.5"');
    expect(result.stderr).toContain('gpt-4o.yaml');
    git('checkout', '-q', '--', '.');
  });

  it('stops a commit with a broken file through the hook, and lets a good one through', () => {
    cpSync('.githooks', path.join(repo, '.githooks'), { recursive: true });
    git('config', 'core.hooksPath', '.githooks');
    // The hook runs npm in the repository it commits to: point it at this project's validate.
    writeFileSync(
      path.join(repo, 'package.json'),
      JSON.stringify({ scripts: { validate: `node ${path.resolve('scripts/validate.ts')}` } }),
    );
    const env = {
      ...process.env,
      PATH: `${path.resolve('node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    };
    const commit = () =>
      spawnSync(
        'git',
        ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'x'],
        {
          encoding: 'utf8',
          env,
          cwd: repo,
        },
      );
    writeFileSync(provider, original.replace('input: 2.5, output: 10', 'input: -1, output: 10'));
    const refused = commit();
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('offers[1].price.input');
    writeFileSync(provider, original.replace('input: 2.5, output: 10', 'input: 2, output: 10'));
    const taken = commit();
    // Git shows a hook's output on stderr.
    expect(taken.stderr).toContain('✓ 1 changed file valid, with 6 others by name');
    expect(taken.status).toBe(0);
  });
});
