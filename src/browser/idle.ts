/**
 * Work that can wait, done while the browser has nothing else to do: `step` does a small piece and
 * says whether any is left. Steps run one after another for at most `SLICE_MS` of an idle period,
 * so no task is long enough to hold up a tap or a frame, even on a phone four times slower than
 * the machine that measured it (Lighthouse's mobile run); what is left waits for the next idle
 * period. Where there is no `requestIdleCallback` (Safari), one step runs per short timeout.
 */
const SLICE_MS = 8;

export function whileIdle(step: () => boolean): void {
  const later = (run: (deadline?: IdleDeadline) => void) => {
    if ('requestIdleCallback' in window) requestIdleCallback(run);
    else setTimeout(run, 20);
  };
  const run = (deadline?: IdleDeadline) => {
    const end = performance.now() + SLICE_MS;
    let more = step();
    while (more && deadline && deadline.timeRemaining() > 1 && performance.now() < end) {
      more = step();
    }
    if (more) later(run);
  };
  later(run);
}

/**
 * Resolves in a task of its own, after the browser has had its turn to paint and handle input: a
 * long piece of work awaits it between its parts, so no single task holds the main thread long.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
