/**
 * The Nu Html Checker (vnu-jar from npm, run on the machine's Java: Debian's default-jre-headless)
 * over a folder or some files in one Java process, which is what keeps ~700 pages to seconds.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// The package's main module exports the path of its vnu.jar (as a String object).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
export const JAVA = process.env['ATLAS_JAVA'] ?? 'java';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  /** The markup around the error. */
  extract?: string;
}

/**
 * Errors vnu reports that the HTML Standard no longer makes errors, each with the markup it must be
 * about, so nothing else is let through. vnu 26.9 knows `blocking` on `<link rel=stylesheet>` only;
 * the Standard also gives it to `<link rel=expect>`, which is how every page holds its first paint
 * until the footer is parsed (Base.astro; https://html.spec.whatwg.org/multipage/links.html#link-type-expect).
 */
const OUTDATED = [
  {
    message:
      /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/,
    extract: /<link rel="expect" href="#site-footer" blocking="render">/,
  },
];
const outdated = (m: VnuMessage) =>
  OUTDATED.some((o) => o.message.test(m.message) && o.extract.test(m.extract ?? ''));

/** Every error vnu finds under `targets`, as "file:line:col: message", files relative to `root`. */
export function htmlErrors(root: string, targets: string[]): string[] {
  const run = spawnSync(
    JAVA,
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...targets],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`vnu did not report JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return report.messages
    .filter((m) => (m.type === 'error' || m.subType === 'fatal') && !outdated(m))
    .map((m) => {
      const file = m.url ? path.relative(root, new URL(m.url).pathname) : '?';
      const col = m.firstColumn ?? m.lastColumn ?? 0;
      return `${file}:${m.lastLine ?? 0}:${col}: ${m.message}`;
    });
}
