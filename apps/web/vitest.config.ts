import { defineProject } from 'vitest/config';

// Unit tests of the web app's pure functions; the browser suite is its own project (vitest.e2e.config.ts).
// The time limit allows for sharing the cores with the database suites (two files per core, vitest.config.ts).
export default defineProject({ test: { name: 'web', include: ['src/**/*.test.ts'], testTimeout: 20_000 } });
