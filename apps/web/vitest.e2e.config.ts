import { defineProject } from 'vitest/config';

// Real server + Debian's Chromium, two files at a time: one file's Chromium and server use about 1.2 of the two
// cores, so a second file fills the rest (measured on this machine, the suite alone on both databases: 306 s one
// at a time, 243 s two at a time). Each file has its own server, database copy and browser.
export default defineProject({
  test: {
    name: 'browser',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    // Files share the worker's modules (why: packages/db/vitest.config.ts); then Vitest needs the browser files in a
    // group of their own: after the database and API suites, so the two never compete for the cores.
    isolate: false,
    sequence: { groupOrder: 1 },
    // The demo databases, seeded once per run and copied for each dashboard.
    globalSetup: ['./e2e/global-setup.ts'],
  },
});
