/** Test support shared by the workspace's suites: the databases to run on and hand-computed fixtures. */
export { ALERTS_EXAMPLE_TODAY, writeAlertsExample } from './alerts-example.ts';
export { FILES as IMPORT_EXAMPLE_FILES } from './import-example-files.ts';
export { createScratchPostgres } from './scratch-postgres.ts';
export { pgliteTemplate, postgresTemplate } from './templates.ts';
export { type TestDatabase, testDatabases } from './test-databases.ts';
export { ageSessions } from './time-travel.ts';
export { WORKED_EXAMPLE_TODAY, writeWorkedExample } from './worked-example.ts';
