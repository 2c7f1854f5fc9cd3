export { createDb, type Db, type DbHandle, type DbKind, type DbOptions } from './create-db.ts';
export { migrateToLatest } from './migrate.ts';
export { type EngagementListItem, listEngagements } from './queries/engagements.ts';
export { pingDatabase } from './queries/health.ts';
export { loadPortfolioFacts } from './queries/portfolio-facts.ts';
export type * from './schema.ts';
export { loadSlaGrid } from './queries/sla-grid.ts';
