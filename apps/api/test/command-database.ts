import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, migrateToLatest } from '@portfolio/db';
import { createScratchPostgres, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { afterAll, beforeAll } from 'vitest';

/**
 * The database the portfolio command runs against in a test of it as a process, on the backend under test
 * (`testDatabases()`): a scratch PostgreSQL database, or a PGlite data folder. Both live for the `describe` that
 * calls this: made in its beforeAll, dropped with the temporary folder (where a test may write its files) after.
 */
export function useCommandDatabase(name: string, prefix: string) {
  const used = { env: {} as Record<string, string>, folder: '' };
  let drop = async () => {};
  beforeAll(async () => {
    used.folder = mkdtempSync(path.join(tmpdir(), prefix));
    if (name === 'postgres') {
      const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL ?? '');
      used.env = { DATABASE_URL: scratch.url };
      drop = scratch.drop;
    } else {
      used.env = { PORTFOLIO_DATA_DIR: path.join(used.folder, 'data') };
    }
  });
  afterAll(async () => {
    await drop();
    rmSync(used.folder, { recursive: true, force: true });
  });
  return used;
}

/** The worked example in the command's database, and its day as the command's today. */
export async function writeWorkedExampleFor(env: Record<string, string>) {
  env.PORTFOLIO_TODAY = WORKED_EXAMPLE_TODAY;
  const handle = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.PORTFOLIO_DATA_DIR });
  try {
    await migrateToLatest(handle.db);
    await writeWorkedExample(handle.db);
  } finally {
    await handle.close();
  }
}
