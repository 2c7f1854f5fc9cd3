import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
