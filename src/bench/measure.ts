/**
 * Runs one command of the benchmark as a child process and measures it: wall time, and peak
 * memory as the largest sum of resident memory over the process and its descendants (Pagefind
 * runs as a separate binary beside Node), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
  status: number | null;
  output: string;
  wallMs: number;
  peakRssBytes: number;
}

async function treeRss(root: number): Promise<number> {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 22) continue;
    parent.set(Number(name), Number(fields[1]));
    rss.set(Number(name), Number(fields[21]) * 4096);
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** `cwd` for a project other than this one (the bare baseline); else the current folder. */
export function measure(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    void treeRss(child.pid).then((bytes) => {
      peak = Math.max(peak, bytes);
      sampling = false;
    });
  }, 200);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, output, wallMs: performance.now() - started, peakRssBytes: peak });
    });
  });
}
