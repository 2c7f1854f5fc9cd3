import { readFile } from 'node:fs/promises';
import { createDb, type DbHandle, type DbKind } from '../create-db.ts';
import { migrateToLatest } from '../migrate.ts';
import { createScratchPostgres } from './scratch-postgres.ts';

export interface TestDatabase {
  name: DbKind;
  /** Opens a fresh, migrated database of its own; `close()` removes it again. */
  open(): Promise<DbHandle>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite database as a dump file, made once per run (templates.ts, global setup). */
    pgliteTemplate?: string;
    /** A migrated PostgreSQL database to copy, made once per run. */
    postgresTemplate?: string;
  }
}

/** What the run's global setup made, when it ran (not outside vitest, nor in a project without it). */
async function provided(key: 'pgliteTemplate' | 'postgresTemplate'): Promise<string | undefined> {
  try {
    const { inject } = await import('vitest');
    return inject(key);
  } catch {
    return undefined;
  }
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

let pgliteDump: Promise<Blob> | undefined;

/** A fresh in-memory PGlite: a copy of the run's migrated template when there is one, else migrated here. */
async function openPglite(): Promise<DbHandle> {
  const template = await provided('pgliteTemplate');
  if (template) {
    pgliteDump ??= readFile(template).then((bytes) => new Blob([bytes]));
    return createDb({ dataDir: 'memory://', dump: await pgliteDump });
  }
  const handle = await createDb({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  return handle;
}

async function openPostgres(adminUrl: string): Promise<DbHandle> {
  const template = await provided('postgresTemplate');
  const scratch = await createScratchPostgres(adminUrl, template);
  const handle = await createDb({ databaseUrl: scratch.url, maxConnections: 4, connectTimeoutMs: 60_000 });
  if (!template) await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}
