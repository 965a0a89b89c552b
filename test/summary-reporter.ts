/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", which CI systems and people
 * can read without knowing vitest's own summary format.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') failedHere++;
        else count.skipped++;
      }
      // A file that failed to load, or whose hook failed (its tests then count as skipped), has
      // failed even when none of its tests did.
      if (module.state() === 'failed' && failedHere === 0) failedHere = 1;
      count.failed += failedHere;
    }
    process.stdout.write(
      `\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`,
    );
  }
}
