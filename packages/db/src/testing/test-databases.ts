import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type DbHandle, type DbKind } from '../create-db.ts';
import { migrateToLatest } from '../migrate.ts';

export interface TestDatabase {
  name: DbKind;
  /** Opens a fresh, migrated database of its own; `close()` removes it again. */
  open(): Promise<DbHandle>;
}

/**
 * The databases every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Under CI the PostgreSQL suite is required, so a missing URL fails the run instead of skipping it.
 */
export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI)
    throw new Error('CI requires TEST_DATABASE_URL: the PostgreSQL suite may not be skipped');
  const databases: TestDatabase[] = [{ name: 'pglite', open: openPglite }];
  if (url) databases.push({ name: 'postgres', open: () => openPostgres(url) });
  return databases;
}

async function openPglite(): Promise<DbHandle> {
  const handle = await createDb({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  return handle;
}

/** Creates `portfolio_test_<random>` on the server named by the URL, and drops it on close. */
export async function createScratchPostgres(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `portfolio_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

async function openPostgres(adminUrl: string): Promise<DbHandle> {
  const scratch = await createScratchPostgres(adminUrl);
  const handle = await createDb({ databaseUrl: scratch.url, maxConnections: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}
