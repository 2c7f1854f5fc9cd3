import type { CsvRecord, InterchangeError } from '@portfolio/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readAroundBadQuotes } from './csv-recovery.ts';

/**
 * A file read as CSV: its header, the records that could be read, and the lines that could not (a stray or an
 * unclosed quote), each named by line and column; a file with such lines is rejected like any file with bad rows.
 */
export type ParsedCsv = { header: string[] | null; records: CsvRecord[]; errors: InterchangeError[] };

/**
 * Reads CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks; CRLF, LF or CR line ends;
 * a UTF-8 byte-order mark is dropped). Empty lines are skipped; each record keeps the line it starts on. Text that
 * breaks the quoting rules is read again line by line (`readAroundBadQuotes`), so that every bad line is named and
 * the lines after it are still checked.
 */
export function parseCsv(content: string): ParsedCsv {
  let cells: string[][];
  try {
    cells = parse(content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const recovered = readAroundBadQuotes(content);
    if (recovered.errors.length > 0) return recovered;
    // The reader saw no broken quote where the parser did: say what the parser said.
    const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1;
    return {
      header: null,
      records: [],
      errors: [{ line, column: null, reason: `not valid CSV: ${error.message}` }],
    };
  }
  const lines = recordStartLines(content);
  if (lines.length !== cells.length) {
    throw new Error(`CSV record count mismatch: ${cells.length} records, ${lines.length} starting lines`);
  }
  const [header, ...rest] = cells;
  return {
    header: header ?? null,
    records: rest.map((record, index) => ({ line: lines[index + 1] ?? 0, cells: record })),
    errors: [],
  };
}

/**
 * The line on which each non-empty record starts. The parser's own line count drifts on CRLF inside quoted
 * cells, so lines are counted here: a line break inside quotes belongs to the cell (an escaped quote `""`
 * toggles twice, so toggling on every quote tracks whether we are inside one).
 */
function recordStartLines(content: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let recordStart = 1;
  let recordEmpty = true;
  for (let i = content.charCodeAt(0) === 0xfeff ? 1 : 0; i < content.length; i += 1) {
    const char = content[i];
    if (char === '"') quoted = !quoted;
    if (char === '\r' || char === '\n') {
      if (char === '\r' && content[i + 1] === '\n') i += 1;
      if (!quoted) {
        if (!recordEmpty) starts.push(recordStart);
        recordEmpty = true;
        recordStart = line + 1;
      }
      line += 1;
      continue;
    }
    recordEmpty = false;
  }
  if (!recordEmpty) starts.push(recordStart);
  return starts;
}

/**
 * Writes a header and rows of cells as CSV: LF line ends, cells quoted only when they must be (a comma, a quote
 * or any line break, a lone CR included, since the reader takes CR as a line end too).
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([columns, ...rows], { record_delimiter: 'unix', quoted_match: /\r/ });
}
