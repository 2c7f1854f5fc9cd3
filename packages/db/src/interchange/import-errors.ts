import {
  formatInterchangeError,
  INTERCHANGE_FILE_NAMES,
  type InterchangeError,
  type InterchangeFileName,
} from '@portfolio/domain';

/** What importing one file did. */
export type ImportCount = {
  file: InterchangeFileName;
  /** Rows in the file (rows of only empty cells are not counted). */
  rows: number;
  inserted: number;
  updated: number;
  /** Rows equal to what is stored: not rewritten, their version and updated_at kept. */
  unchanged: number;
  /** slas.csv only: stored measurements whose status changed because their SLA's levels changed. */
  statusesChanged?: number;
};

/**
 * A file with bad rows: nothing of it was written. `errors` lists every bad row (line, column, reason).
 * When several files were imported, `imported` holds those committed before it and `skipped` those after it.
 */
export class ImportRejectedError extends Error {
  readonly code = 'IMPORT_REJECTED';
  readonly file: string;
  readonly errors: readonly InterchangeError[];
  readonly imported: readonly ImportCount[];
  readonly skipped: readonly string[];

  constructor(
    file: string,
    errors: readonly InterchangeError[],
    progress: { imported?: readonly ImportCount[]; skipped?: readonly string[] } = {},
  ) {
    const lines = new Set(errors.map((error) => error.line)).size;
    super(
      [
        `${file}: rejected, ${lines} bad ${lines === 1 ? 'row' : 'rows'}`,
        ...errors.map(formatInterchangeError),
      ].join('\n  '),
    );
    this.name = 'ImportRejectedError';
    this.file = file;
    this.errors = errors;
    this.imported = progress.imported ?? [];
    this.skipped = progress.skipped ?? [];
  }

  /** How many lines have at least one error. */
  get badRows(): number {
    return new Set(this.errors.map((error) => error.line)).size;
  }
}

/** A file name that is not one of the interchange files. */
export class UnknownInterchangeFileError extends Error {
  readonly code = 'UNKNOWN_INTERCHANGE_FILE';
  readonly names: readonly string[];

  constructor(names: readonly string[]) {
    super(
      `unknown interchange ${names.length === 1 ? 'file' : 'files'} ${names.map((name) => `"${name}"`).join(', ')}: ` +
        `the known files are ${INTERCHANGE_FILE_NAMES.join(', ')}`,
    );
    this.name = 'UnknownInterchangeFileError';
    this.names = names;
  }
}
