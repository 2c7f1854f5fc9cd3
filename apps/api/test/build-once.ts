/** Vitest global setup: the server and CLI are built once per run, so the process tests run what users run. */
export default async function setup() {
  await import('../build.mjs');
}
