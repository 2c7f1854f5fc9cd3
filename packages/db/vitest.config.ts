import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../vitest.fuzz-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
