export { parseCsv, toCsv } from './csv.ts';
export { type ExportedFile, exportAll } from './export-all.ts';
export { type ImportCount, ImportRejectedError, UnknownInterchangeFileError } from './import-errors.ts';
export {
  type ImportOptions,
  type ImportPreview,
  type InterchangeFileContent,
  importCsv,
  importFiles,
  previewCsv,
} from './import-files.ts';
export { recomputeMeasurementStatuses } from './recompute-statuses.ts';
