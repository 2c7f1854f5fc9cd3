import { defineConfig } from 'vitest/config';

// One run covers the workspace; each package is a project so its own setup and timeouts apply.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
