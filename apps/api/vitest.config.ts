import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Files share their worker's modules (why: packages/db/vitest.config.ts).
    isolate: false,
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    // A migrated template database per run, copied by each test (packages/db/src/testing/templates.ts).
    globalSetup: ['../../packages/db/src/testing/global-setup.ts', './test/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
