import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    // Room for sharing the cores with the database suites (two files per core, vitest.config.ts).
    testTimeout: 20_000,
  },
});
