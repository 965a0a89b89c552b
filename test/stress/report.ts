/**
 * What `npm run test:stress` makes of its runs: every test that failed at least once, with the
 * runs it failed in and its first message, read from vitest's JSON report (the `json` reporter's
 * `testResults[].assertionResults[]`, and a file's own `message` when the file itself failed: a
 * hook, an import, a global setup).
 */

export interface RunResult {
  /** 1-based. */
  run: number;
  loaded: boolean;
  seconds: number;
  passed: number;
  failed: number;
  /** Tests and files that failed, with their messages. */
  failures: Failure[];
  /** Set when the run produced no readable report (vitest crashed, or never started). */
  broken?: string;
}

export interface Failure {
  /** `test/search.test.ts > the /search/ page > sorts by context window, largest first`. */
  test: string;
  message: string;
}

interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: {
    name: string;
    status?: string;
    message?: string;
    assertionResults?: {
      fullName?: string;
      title?: string;
      ancestorTitles?: string[];
      status: string;
      failureMessages?: string[] | null;
    }[];
  }[];
}

/** Which runs are loaded: spread evenly, so the first is idle (it says what "normal" is) when it can be. */
export function loadedRuns(total: number, withLoad: number): Set<number> {
  const chosen = new Set<number>();
  for (let i = 1; i <= withLoad; i++) chosen.add(Math.round((i * (total + 1)) / (withLoad + 1)));
  return chosen;
}

/**
 * The first lines of a failure for a report a person reads: without ANSI colours, and without the
 * stack frames of the test runner itself (node_modules, node's internals).
 */
export function shortMessage(text: string, lines = 8): string {
  const plain = text
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .filter((line) => !/^\s+at .*(node_modules\/|node:internal|<anonymous>)/.test(line));
  return plain.slice(0, lines).join('\n') + (plain.length > lines ? '\n…' : '');
}

/** Reads one run's JSON report; `root` makes file names relative. */
export function readRun(
  json: unknown,
  meta: { run: number; loaded: boolean; seconds: number; root: string },
): RunResult {
  const report = json as VitestJson;
  const failures: Failure[] = [];
  const relative = (file: string) =>
    file.startsWith(meta.root) ? file.slice(meta.root.length).replace(/^\//, '') : file;
  for (const file of report.testResults ?? []) {
    const name = relative(file.name);
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) {
      const title = [...(t.ancestorTitles ?? []), t.title ?? t.fullName ?? '?'].join(' > ');
      failures.push({
        test: `${name} > ${title}`,
        message: shortMessage((t.failureMessages ?? []).join('\n') || 'failed, with no message'),
      });
    }
    if (file.status === 'failed' && failedTests.length === 0) {
      failures.push({
        test: `${name} (the file itself)`,
        message: shortMessage(file.message || 'failed, with no message'),
      });
    }
  }
  return {
    ...meta,
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? failures.length,
    failures,
  };
}

/** Every test that failed in any run, most often first, with the runs and each distinct message. */
export function flaky(
  runs: readonly RunResult[],
): { test: string; runs: { run: number; loaded: boolean }[]; messages: string[] }[] {
  const byTest = new Map<
    string,
    { test: string; runs: { run: number; loaded: boolean }[]; messages: string[] }
  >();
  for (const run of runs) {
    const failures = run.broken
      ? [{ test: '(the run itself)', message: run.broken }, ...run.failures]
      : run.failures;
    for (const f of failures) {
      const entry = byTest.get(f.test) ?? { test: f.test, runs: [], messages: [] };
      entry.runs.push({ run: run.run, loaded: run.loaded });
      if (!entry.messages.includes(f.message)) entry.messages.push(f.message);
      byTest.set(f.test, entry);
    }
  }
  return [...byTest.values()].sort(
    (a, b) => b.runs.length - a.runs.length || a.test.localeCompare(b.test),
  );
}

/** The report, as Markdown: one row per run, then every test that failed at least once. */
export function renderStressReport(runs: readonly RunResult[], loadProcesses: number): string {
  const lines = [
    `# Test suite, ${runs.length} runs (${runs.filter((r) => r.loaded).length} with ${loadProcesses} CPU-bound processes beside it)`,
    '',
    '| run | machine | time | passed | failed |',
    '| --- | --- | --- | --- | --- |',
    ...runs.map(
      (r) =>
        `| ${r.run} | ${r.loaded ? 'loaded' : 'idle'} | ${Math.round(r.seconds)} s | ${r.passed} | ${r.broken ? 'run broken' : r.failed} |`,
    ),
    '',
  ];
  const failed = flaky(runs);
  if (failed.length === 0) {
    lines.push(`No test failed in any of the ${runs.length} runs.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${failed.length} failed at least once:`, '');
  for (const f of failed) {
    const where = f.runs.map((r) => `${r.run}${r.loaded ? ' (loaded)' : ''}`).join(', ');
    lines.push(`## ${f.test}`, '', `Failed in run ${where} of ${runs.length}.`, '');
    for (const m of f.messages) lines.push('```', m, '```', '');
  }
  return `${lines.join('\n')}\n`;
}
