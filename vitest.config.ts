import { defineConfig } from 'vitest/config';

// One run covers the workspace; each package is a project so its own setup and timeouts apply.
// Under CI a JSON report is written as well, so .ci/run can prove no required suite was skipped.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'apps/web/vitest.e2e.config.ts'],
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.artifacts/vitest.json' },
  },
});
