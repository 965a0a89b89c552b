/**
 * The overview (`/`, every model in one table) on a phone, as Lighthouse measures it by default:
 * a CPU four times slower than this machine's and slow 4G, simulated from an unthrottled load of
 * the built site served gzipped. Its performance score, its total blocking time (the main
 * thread's time past 50 ms in each task, between the first paint and the page turning
 * interactive), and how much of that was the table's script: the long tasks Lighthouse
 * attributes to a script file. The browser's own parsing, layout and painting of the table are
 * attributed to the page, so they count in the blocking time but not against the script.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, startLighthouse } from '../harness/lighthouse.ts';
import { serve } from '../harness/serve.ts';

export interface OverviewRun {
  performance: number;
  tbtMs: number;
  /** Long tasks attributed to a script file, ms on the phone's CPU, summed. */
  scriptMs: number;
}

export interface OverviewCost {
  /** The page's HTML as a CDN that gzips text would send it. */
  htmlGzipBytes: number;
  /** Medians of `runs`. */
  performance: number;
  tbtMs: number;
  scriptMs: number;
  runs: OverviewRun[];
}

/** Lighthouse runs per size: one run's blocking time swings by a third on a busy 2-core machine. */
const RUNS = 3;

const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

export async function overviewOnPhone(root: string): Promise<OverviewCost> {
  const html = await readFile(path.join(root, 'index.html'));
  const site = await serve(root);
  const lighthouse = await startLighthouse(CHROMIUM);
  try {
    const runs: OverviewRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouse.audit(`${site.url}/`);
      runs.push({
        performance: run.scores.performance,
        tbtMs: Math.round(run.tbtMs),
        scriptMs: run.scriptLongTasks.reduce((sum, t) => sum + t.ms, 0),
      });
    }
    return {
      htmlGzipBytes: gzipSync(html).length,
      performance: median(runs.map((r) => r.performance)),
      tbtMs: median(runs.map((r) => r.tbtMs)),
      scriptMs: median(runs.map((r) => r.scriptMs)),
      runs,
    };
  } finally {
    await lighthouse.close();
    await site.close();
  }
}
