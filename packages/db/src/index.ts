export { createDb, type Db, type DbHandle, type DbKind, type DbOptions } from './create-db.ts';
export { type DemoCounts, type DemoOptions, isEmptyPortfolio, seedDemo } from './demo/seed-demo.ts';
export {
  type ExportedFile,
  exportAll,
  type ImportCount,
  ImportRejectedError,
  type InterchangeFileContent,
  importCsv,
  importFiles,
  parseCsv,
  recomputeMeasurementStatuses,
  toCsv,
  UnknownInterchangeFileError,
} from './interchange/index.ts';
export { migrateToLatest } from './migrate.ts';
export * from './queries/api-tokens.ts';
export * from './queries/audit.ts';
export { loadOverdueDeliverables } from './queries/deliverables.ts';
export {
  loadEngagementCharges,
  loadEngagementDeliverables,
  loadEngagementDetail,
} from './queries/engagement-detail.ts';
export { type EngagementListItem, listEngagements } from './queries/engagements.ts';
export { loadFilterOptions } from './queries/filter-options.ts';
export { pingDatabase } from './queries/health.ts';
export { loadPortfolioFacts } from './queries/portfolio-facts.ts';
export * from './queries/sessions.ts';
export { loadSlaGrid } from './queries/sla-grid.ts';
export { loadBreaches, loadSlaTrends, loadTopBreaches } from './queries/sla-performance.ts';
export { loadChargesByCategory } from './queries/spend.ts';
export * from './queries/users.ts';
export { loadVendor } from './queries/vendors.ts';
export type * from './schema.ts';
