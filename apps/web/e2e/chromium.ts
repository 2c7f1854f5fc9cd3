/**
 * Debian's Chromium as the browser tests (harness.ts) and the bench's page timings (bench/src/web-bench.ts) start
 * it: one place for its path and switches, so the bench measures the browser the tests drive. Plain constants, no
 * test runner, so the bench can import them.
 */
export const CHROMIUM = '/usr/bin/chromium';

/** No sandbox (the tests run as root in CI), no GPU, and nothing fetched or updated in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
