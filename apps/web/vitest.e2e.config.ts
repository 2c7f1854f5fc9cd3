import { defineProject } from 'vitest/config';

// Real server + Debian's Chromium; one file at a time keeps the two cores for the browser and the server.
export default defineProject({
  test: {
    name: 'browser',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // Files share the worker's modules (why: packages/db/vitest.config.ts); then Vitest needs the browser files, one
    // at a time, in a group of their own: after the database and API suites, as they ran before.
    isolate: false,
    sequence: { groupOrder: 1 },
    // The demo databases, seeded once per run and copied for each dashboard.
    globalSetup: ['./e2e/global-setup.ts'],
  },
});
