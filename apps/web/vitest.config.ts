import { defineProject } from 'vitest/config';

// Unit tests of the web app's pure functions; the browser suite is its own project (vitest.e2e.config.ts).
export default defineProject({ test: { name: 'web', include: ['src/**/*.test.ts'] } });
