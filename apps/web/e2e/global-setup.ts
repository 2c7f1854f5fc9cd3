import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoAdmin } from '@portfolio/api/testing';
import { createDb, type Db, migrateToLatest, seedDemo } from '@portfolio/db';
import { postgresTemplate } from '@portfolio/db/testing';
import type { TestProject } from 'vitest/node';
import { E2E_PASSWORD, E2E_TODAY } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded data folder holding the demo portfolio and admin, as a first start leaves it. */
    e2ePgliteFolder?: string;
    /** A PostgreSQL database holding the same, to copy. */
    e2ePostgresTemplate?: string;
  }
}

async function demo(db: Db) {
  await seedDemo(db, { today: E2E_TODAY });
  await createDemoAdmin(db, E2E_PASSWORD);
}

/**
 * The browser suite's demo databases, seeded once per run: each dashboard starts on a copy (harness.ts), which
 * takes a moment where seeding took seconds.
 */
export default async function setup(project: TestProject) {
  const folder = await mkdtemp(path.join(tmpdir(), 'portfolio-e2e-templates-'));
  const url = process.env.TEST_DATABASE_URL;
  const pgliteFolder = path.join(folder, 'pglite');
  const seedPglite = async () => {
    const handle = await createDb({ dataDir: pgliteFolder, program: 'the browser suite set-up' });
    try {
      await migrateToLatest(handle.db);
      await demo(handle.db);
    } finally {
      await handle.close();
    }
  };
  const [, postgres] = await Promise.all([seedPglite(), url ? postgresTemplate(url, demo) : undefined]);
  project.provide('e2ePgliteFolder', pgliteFolder);
  if (postgres) project.provide('e2ePostgresTemplate', postgres.name);
  return async () => {
    await postgres?.drop();
    await rm(folder, { recursive: true, force: true });
  };
}
