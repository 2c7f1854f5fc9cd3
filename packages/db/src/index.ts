export { copyCsv } from './copy-in.ts';
export { csvLine } from './copy-text.ts';
export { createDb, type Db, type DbHandle, type DbKind, type DbOptions } from './create-db.ts';
export { type DemoCounts, type DemoOptions, isEmptyPortfolio, seedDemo } from './demo/seed-demo.ts';
export {
  FolderInUseError,
  type FolderLock,
  FolderLockError,
  type FolderOwner,
  OWNER_FILE,
  OWNER_PROTOCOL,
  readFolderOwner,
} from './folder-lock.ts';
export {
  type ExportedFile,
  exportAll,
  type ImportCount,
  type ImportOptions,
  type ImportPreview,
  ImportRejectedError,
  type InterchangeFileContent,
  importCsv,
  importFiles,
  parseCsv,
  previewCsv,
  recomputeMeasurementStatuses,
  toCsv,
  UnknownInterchangeFileError,
} from './interchange/index.ts';
export { migrateToLatest } from './migrate.ts';
export * from './queries/alerts.ts';
export * from './queries/api-tokens.ts';
export * from './queries/audit.ts';
export * from './queries/charge-writes.ts';
export { foldDataChanges, readDataVersion } from './queries/data-version.ts';
export * from './queries/deliverable-writes.ts';
export { loadOverdueDeliverables } from './queries/deliverables.ts';
export {
  loadEngagementCharges,
  loadEngagementDeliverables,
  loadEngagementDetail,
} from './queries/engagement-detail.ts';
export * from './queries/engagement-writes.ts';
export { type EngagementListItem, listEngagements } from './queries/engagements.ts';
export { loadEngagementCells } from './queries/figure-cells.ts';
export { loadFigureRevisions, loadRoster } from './queries/figure-revisions.ts';
export { type FigureGrouping, type FigureSelection, freshFigures } from './queries/figure-sums.ts';
export { loadFilterOptions } from './queries/filter-options.ts';
export * from './queries/fx-rate-writes.ts';
export { isDatabaseUnavailable, isDataException, pingDatabase } from './queries/health.ts';
export * from './queries/history.ts';
export { loadKeptCredits } from './queries/kept-credits.ts';
export * from './queries/measurement-writes.ts';
export { loadMissingReportFacts } from './queries/missing-reports.ts';
export * from './queries/month-entry-writes.ts';
export * from './queries/notification-outbox.ts';
export * from './queries/notification-subscriptions.ts';
export { loadPortfolioFacts } from './queries/portfolio-facts.ts';
export { loadEngagementTerms, loadFxRatesThrough } from './queries/report-facts.ts';
export * from './queries/saved-views.ts';
export * from './queries/sessions.ts';
export * from './queries/sign-in-attempts.ts';
export * from './queries/sla-alert-facts.ts';
export { loadSlaGrid } from './queries/sla-grid.ts';
export { loadBreaches, loadSlaTrends, loadTopBreaches } from './queries/sla-performance.ts';
export * from './queries/sla-writes.ts';
export { loadCreditNotes, loadSpendByCategory, loadSpendByCurrency } from './queries/spend-sums.ts';
export * from './queries/users.ts';
export * from './queries/vendor-writes.ts';
export { loadCriticalSlaCounts, loadVendor } from './queries/vendors.ts';
export * from './queries/webhook-targets.ts';
export { loadWhatIfBasis } from './queries/what-if-basis.ts';
export type { FieldIssue, LastChange, Who, WriteResult } from './queries/write-support.ts';
export type * from './schema.ts';
