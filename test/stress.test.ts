/**
 * `npm run test:stress` for real: the script in a child process runs a small suite of its own
 * (test/fixtures/stress) whose tests fail in known runs, loads the machine in the runs it says, and
 * must report exactly what failed, where and why, and stop the processes it started.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadedRuns } from './stress/report.ts';
import { childEnv } from '../src/harness/run.ts';

const SCRIPT = path.resolve('scripts/test-stress.ts');
const SUITE = 'test/fixtures/stress';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'atlas-stress-test-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function stress(...args: string[]) {
  const report = path.join(tmp, `report-${args.join('_').replace(/\W+/g, '')}.md`);
  const run = await promisify(execFile)(process.execPath, [SCRIPT, '--report', report, ...args], {
    encoding: 'utf8',
    env: childEnv(),
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  return { ...run, report: await readFile(report, 'utf8').catch(() => '') };
}

describe('npm run test:stress', () => {
  it('reports each test that failed, in which runs, loaded or not, and why; exits 1', async () => {
    const { code, report } = await stress(
      '--runs',
      '3',
      '--loaded',
      '1',
      '--load-processes',
      '2',
      '--',
      '--root',
      SUITE,
    );
    expect(code).toBe(1);
    expect(report).toContain('3 runs (1 with 2 CPU-bound processes beside it)');
    expect(report).toMatch(/\| 1 \| idle \| \d+ s \| 2 \| 1 \|/);
    expect(report).toMatch(/\| 2 \| loaded \| \d+ s \| 2 \| 1 \|/);
    expect(report).toMatch(/\| 3 \| idle \| \d+ s \| 3 \| 0 \|/);
    expect(report).toContain('2 failed at least once');
    expect(report).not.toContain('always passes');

    const section = (title: string) => {
      const start = report.indexOf(`## ${SUITE}/chance.check.ts > ${title}`);
      expect(start, title).toBeGreaterThan(-1);
      const end = report.indexOf('\n## ', start + 1);
      return report.slice(start, end < 0 ? undefined : end);
    };
    expect(section('fails in the first run only')).toContain('Failed in run 1 of 3.');
    expect(section('fails in the first run only')).toMatch(/the run: expected 1 not to be 1/);
    const loaded = section('fails while the machine is loaded');
    expect(loaded).toContain('Failed in run 2 (loaded) of 3.');
    // The message shows the pids of the load, which ran during the run and were stopped after it.
    const pids = (/expected \[ ([\d, ]+) \] to deeply equal \[\]/.exec(loaded)?.[1] ?? '')
      .split(', ')
      .map(Number);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(() => process.kill(pid, 0), `pid ${pid}`).toThrow(/ESRCH/);
  });

  it('exits 0 and says so when nothing failed', async () => {
    const { code, report } = await stress(
      '--runs',
      '2',
      '--loaded',
      '0',
      '--',
      '--root',
      SUITE,
      '-t',
      'always passes',
    );
    expect(code).toBe(0);
    expect(report).toContain('No test failed in any of the 2 runs.');
  });

  it('refuses more loaded runs than runs', async () => {
    const { code, stdout } = await stress('--runs', '2', '--loaded', '3');
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });
});

describe('which runs are loaded', () => {
  it('spreads them among the runs, the first idle when it can be', () => {
    expect([...loadedRuns(5, 2)]).toEqual([2, 4]);
    expect([...loadedRuns(3, 1)]).toEqual([2]);
    expect([...loadedRuns(4, 0)]).toEqual([]);
    expect([...loadedRuns(3, 3)]).toEqual([1, 2, 3]);
  });
});
