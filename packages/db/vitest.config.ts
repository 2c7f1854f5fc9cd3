import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['src/**/*.test.ts'],
    // Files share their worker's loaded modules instead of importing them again each (a run's imports: 220 s of
    // worker time → 54 s; the database and API suites 404 s → 247 s). Isolation guards against mocked modules and
    // changed globals, which no test here uses (docs/architecture.md, Tests).
    isolate: false,
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    // A migrated template database per run, copied by each test (packages/db/src/testing/templates.ts).
    globalSetup: ['./src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
