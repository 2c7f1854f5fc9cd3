import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One run covers the workspace; each package is a project so its own setup and timeouts apply.
// Under CI a JSON report is written as well, so .ci/run can prove no required suite was skipped.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'apps/web/vitest.e2e.config.ts'],
    // Two files per core: most of a database or server test is waiting on PostgreSQL, a child process or a socket
    // (Vitest's default, one core less than the machine, ran the files of a 2-core machine one at a time).
    maxWorkers: 2 * availableParallelism(),
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.artifacts/vitest.json' },
  },
});
