import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDb, type Db } from '../create-db.ts';
import { migrateToLatest } from '../migrate.ts';
import { createScratchPostgres } from './scratch-postgres.ts';

/**
 * Databases made once per test run and copied for each test: migrating (and seeding) a new database for every
 * test file cost seconds each. PostgreSQL copies a template database itself; PGlite starts from a dump.
 */

/** A migrated in-memory PGlite, prepared further by `prepare`, dumped into `folder`: the dump's path. */
export async function pgliteTemplate(folder: string, prepare?: (db: Db) => Promise<void>): Promise<string> {
  const handle = await createDb({ dataDir: 'memory://' });
  try {
    await migrateToLatest(handle.db);
    await prepare?.(handle.db);
    const file = path.join(folder, 'pglite-template.tar');
    const dump = await handle.dump?.();
    if (!dump) throw new Error('an in-memory PGlite has a dump');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await handle.close();
  }
}

/** A migrated PostgreSQL database, prepared further by `prepare`, to be copied: its name and how to drop it. */
export async function postgresTemplate(adminUrl: string, prepare?: (db: Db) => Promise<void>) {
  const scratch = await createScratchPostgres(adminUrl);
  const handle = await createDb({ databaseUrl: scratch.url, maxConnections: 2, connectTimeoutMs: 60_000 });
  try {
    await migrateToLatest(handle.db);
    await prepare?.(handle.db);
  } finally {
    // A template must have no connections while it is copied.
    await handle.close();
  }
  return { name: new URL(scratch.url).pathname.slice(1), drop: scratch.drop };
}
