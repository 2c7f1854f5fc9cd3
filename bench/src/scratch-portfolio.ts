import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoAdmin } from '@portfolio/api/testing';
import { createDb, type DbHandle, type DbKind, migrateToLatest, seedDemo } from '@portfolio/db';
import { createScratchPostgres } from '@portfolio/db/testing';
import { sql } from 'kysely';
import { TODAY } from './bench-scope.ts';
import { log } from './results.ts';

async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const original = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = original;
  }
}

/**
 * A scratch database of the kind with the demo portfolio at `scale` and the demo admin, removed by `drop`: its
 * environment for the server, and on PostgreSQL a direct connection (PGlite takes one client per folder, the server's).
 */
export async function scratchPortfolio(
  kind: DbKind,
  options: { scale: number; password: string; adminUrl: string },
) {
  const started = performance.now();
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let handle: DbHandle;
  if (kind === 'postgres') {
    const scratch = await createScratchPostgres(options.adminUrl);
    handle = await createDb({ databaseUrl: scratch.url });
    env = { DATABASE_URL: scratch.url };
    drop = scratch.drop;
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portfolio-bench-'));
    handle = await createDb({ dataDir });
    env = { PORTFOLIO_DATA_DIR: dataDir };
    drop = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  await migrateToLatest(handle.db);
  const counts = await seedDemo(handle.db, { today: TODAY, scale: options.scale });
  await quietly(() => createDemoAdmin(handle.db, options.password));
  // The state a database in use would be in: statistics (without them the first plans after a bulk seed are
  // guesses) and a vacuumed heap (autovacuum's pass over a freshly loaded million rows, and the hint bits the first
  // reads would set, otherwise land in the middle of the timed rounds).
  await sql`vacuum analyze`.execute(handle.db);
  if (kind === 'pglite') await handle.close();
  log(
    `${kind}: seeded scale ${options.scale} (${counts.engagements} engagements, ${counts.measurements} measurements) in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  return { env, drop, direct: kind === 'postgres' ? handle : null };
}
