import { configDefaults, defineConfig } from 'vitest/config';

// Lighthouse measures performance from a trace, so it runs alone, after every other test file has
// finished (a later groupOrder). Both orders are set: on a machine where vitest runs one file at a
// time, files of groupOrder 0 would be put in a group of their own that runs last.
const LIGHTHOUSE = 'test/lighthouse.test.ts';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // One build for every project (projects inherit what it provides).
    globalSetup: ['./test/global-setup.ts'],
    // The build tests run Astro in a child process; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for a state to appear; its default of 1 s is short on a busy 2-core
    // machine. Waiting longer costs nothing when the state arrives at once.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, LIGHTHOUSE],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'lighthouse', include: [LIGHTHOUSE], sequence: { groupOrder: 2 } },
      },
    ],
  },
});
