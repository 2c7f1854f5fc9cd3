import { defineProject } from 'vitest/config';

// Unit tests of the web app's pure functions; the browser suite is its own project (vitest.e2e.config.ts).
// The time limit allows for sharing the cores with the database suites (two files per core, vitest.config.ts).
// Files share their worker's modules, as in the other suites (isolate, packages/db/vitest.config.ts).
export default defineProject({
  test: { name: 'web', include: ['src/**/*.test.ts'], isolate: false, testTimeout: 20_000 },
});
