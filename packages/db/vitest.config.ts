import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    // A migrated template database per run, copied by each test (packages/db/src/testing/templates.ts).
    globalSetup: ['./src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
