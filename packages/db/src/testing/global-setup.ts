import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { pgliteTemplate, postgresTemplate } from './templates.ts';

/**
 * Vitest global setup of the database suites: a migrated template per database for the run, which every
 * `testDatabases().open()` copies (test-databases.ts), removed again after the run.
 */
export default async function setup(project: TestProject) {
  const folder = await mkdtemp(path.join(tmpdir(), 'portfolio-templates-'));
  const url = process.env.TEST_DATABASE_URL;
  const [pglite, postgres] = await Promise.all([
    pgliteTemplate(folder),
    url ? postgresTemplate(url) : Promise.resolve(undefined),
  ]);
  project.provide('pgliteTemplate', pglite);
  if (postgres) project.provide('postgresTemplate', postgres.name);
  return async () => {
    await postgres?.drop();
    await rm(folder, { recursive: true, force: true });
  };
}
