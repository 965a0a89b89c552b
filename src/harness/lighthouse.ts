/**
 * Lighthouse as it runs by default, that is on a phone: a small touch screen, a slow 4G network
 * and a CPU four times slower than this machine's, both simulated from one unthrottled load
 * ("simulate" throttling). For the tests, which hold every category but performance to 1, and the
 * bench, which measures the overview's performance and blocking time at each catalog size.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run of one page. */
export interface LighthouseRun {
  /** Each category's score, 0 to 1. */
  scores: Record<Category, number>;
  /**
   * Total blocking time, ms: the main thread's time past 50 ms in each task between the first
   * paint and the page turning interactive, on the simulated phone's CPU.
   */
  tbtMs: number;
  /**
   * The long tasks (over 50 ms on the phone's CPU) Lighthouse attributes to a script file, with
   * their simulated length in ms. The browser's own parsing, layout and painting of a page are
   * attributed to the page.
   */
  scriptLongTasks: { url: string; ms: number }[];
  /** Audits that lost points: "category: audit-id score (value)". */
  flagged: string[];
}

/** A port nothing listens on now, for Chromium's DevTools endpoint, which Lighthouse connects to. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Lighthouse {
  audit: (url: string) => Promise<LighthouseRun>;
  close: () => Promise<void>;
}

/** Starts Chromium (`executablePath`) for Lighthouse to drive; `audit` runs one page. */
export async function startLighthouse(executablePath: string): Promise<Lighthouse> {
  const port = await freePort();
  const browser: Browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', `--remote-debugging-port=${port}`],
  });
  return {
    async audit(url) {
      // No config: Lighthouse's default, the mobile one.
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0]),
      ) as Record<Category, number>;
      const flagged = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1)
          .map((a) => `${c}: ${a?.id} ${a?.score}${a?.displayValue ? ` (${a.displayValue})` : ''}`),
      );
      const longTasks = (lhr.audits['long-tasks']?.details as { items?: unknown[] } | undefined)
        ?.items as { url?: string; duration?: number }[] | undefined;
      return {
        scores,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        scriptLongTasks: (longTasks ?? [])
          .filter((t) => t.url?.endsWith('.js'))
          .map((t) => ({ url: t.url ?? '', ms: Math.round(t.duration ?? 0) })),
        flagged,
      };
    },
    close: () => browser.close(),
  };
}

/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
