import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
    // Files share their worker's modules, as in the database suites (packages/db/vitest.config.ts).
    isolate: false,
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    // Room for sharing the cores with the database suites (two files per core, vitest.config.ts).
    testTimeout: 20_000,
  },
});
