/** Reads the phase timings out of an `astro build` log (ours and Astro's own lines). */
export interface BuildPhases {
  /** Our loader reading and validating the data folder, inside the content sync. */
  readDataMs?: number;
  /** Astro's "Collecting build info" step: content-layer sync and type generation. */
  syncMs?: number;
  /** Rendering every static route. */
  renderMs?: number;
  pagefindMs?: number;
  pagesIndexed?: number;
  pagesRead?: number;
  pagesBuilt?: number;
  /** Astro's own total for the build. */
  astroTotalMs?: number;
}

// Astro's log lines carry colour codes when a terminal asks for them.
// eslint-disable-next-line no-control-regex
const plain = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, '');

const seconds = (s: string | undefined) =>
  s === undefined ? undefined : Math.round(Number(s) * 1000);

export function parseBuildLog(raw: string): BuildPhases {
  const log = plain(raw);
  const phases: BuildPhases = {};
  const read = /\[atlas-data\] read \d+ data files in (\d+) ms/.exec(log);
  if (read) phases.readDataMs = Number(read[1]);
  const sync = /Collecting build info\.\.\.\s*\n.*?✓ Completed in ([\d.]+)s/.exec(log);
  phases.syncMs = seconds(sync?.[1]);
  const render = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)\./.exec(log);
  if (render) phases.renderMs = render[2] === 'ms' ? Number(render[1]) : seconds(render[1]);
  const pagefind = /\[atlas:pagefind\] indexed (\d+) of (\d+) pages in (\d+) ms/.exec(log);
  if (pagefind) {
    phases.pagesIndexed = Number(pagefind[1]);
    phases.pagesRead = Number(pagefind[2]);
    phases.pagefindMs = Number(pagefind[3]);
  }
  const total = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(log);
  if (total) {
    phases.pagesBuilt = Number(total[1]);
    phases.astroTotalMs = total[3] === 'ms' ? Number(total[2]) : seconds(total[2]);
  }
  return phases;
}
