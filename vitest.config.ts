import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // A timeout catches a hang, not a slow machine (speed is measured in `npm run bench`): with two workers on a
    // loaded 2-core machine the property tests took 28 s.
    testTimeout: 60_000,
    // Worker threads start faster than forked processes, and no test needs its own process (none changes
    // directory, sends itself a signal or exits). Files share a worker's module graph instead of importing
    // React, Ink, xstate and the content again for each of them: no test file mocks a module, and the one that
    // replaces a global (Intl.Segmenter) restores it. Most files wait on the processes they start (the bin,
    // tmux, Chromium), so a second worker keeps both cores busy.
    pool: 'threads',
    isolate: false,
    maxWorkers: 2,
  },
});
