#!/usr/bin/env node
// `pnpm portfolio`: runs the built CLI, building it first when a source is newer than the build (about a second),
// so the command is never older than the code and answers at once when nothing changed.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const built = fileURLToPath(new URL('../dist/portfolio.js', import.meta.url));

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const builtAt = (() => {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return 0;
  }
})();
const sources = ['apps/api/src', 'packages/db/src', 'packages/domain/src'].map((folder) =>
  newest(root(folder)),
);
if (Math.max(...sources) > builtAt) await import('../build.mjs');
await import(built);
