/** Reads the phase timings out of an `astro build` log (ours and Astro's own lines). */
export interface BuildPhases {
  /** Our loader reading and validating the data folder, inside the content sync. */
  readDataMs?: number | undefined;
  /** Astro's "Collecting build info" step: content-layer sync and type generation. */
  syncMs?: number | undefined;
  /** Rendering every static route. */
  renderMs?: number | undefined;
  pagefindMs?: number | undefined;
  pagesIndexed?: number | undefined;
  pagesRead?: number | undefined;
  pagesBuilt?: number | undefined;
  /** Astro's own total for the build. */
  astroTotalMs?: number | undefined;
}

// Astro's log lines carry colour codes when a terminal asks for them.
// eslint-disable-next-line no-control-regex
const plain = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, '');

/** Astro's durations: "850ms", "1.23s", or past a minute "1m 30s". */
const DURATION = String.raw`(\d+ms|[\d.]+s|\d+m \d+s)`;

function ms(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  if (text.endsWith('ms')) return Number(text.slice(0, -2));
  return Math.round(Number(text.slice(0, -1)) * 1000);
}

export function parseBuildLog(raw: string): BuildPhases {
  const log = plain(raw);
  const phases: BuildPhases = {};
  const read = /\[atlas-data\] read \d+ data files in (\d+) ms/.exec(log);
  if (read) phases.readDataMs = Number(read[1]);
  const sync = new RegExp(
    String.raw`Collecting build info\.\.\.\s*\n.*?✓ Completed in ${DURATION}\.`,
  ).exec(log);
  phases.syncMs = ms(sync?.[1]);
  const render = new RegExp(
    String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}\.`,
  ).exec(log);
  phases.renderMs = ms(render?.[1]);
  const pagefind = /\[atlas:pagefind\] indexed (\d+) of (\d+) pages in (\d+) ms/.exec(log);
  if (pagefind) {
    phases.pagesIndexed = Number(pagefind[1]);
    phases.pagesRead = Number(pagefind[2]);
    phases.pagefindMs = Number(pagefind[3]);
  }
  const total = new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`).exec(log);
  if (total) {
    phases.pagesBuilt = Number(total[1]);
    phases.astroTotalMs = ms(total[2]);
  }
  return phases;
}
