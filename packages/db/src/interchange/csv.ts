import type { CsvRecord, InterchangeError } from '@portfolio/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type ParsedCsv =
  | { ok: true; header: string[] | null; records: CsvRecord[] }
  | { ok: false; error: InterchangeError };

/**
 * Reads CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks; CRLF, LF or CR line ends;
 * a UTF-8 byte-order mark is dropped). Empty lines are skipped; each record keeps the line it starts on.
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
    const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1;
    return { ok: false, error: { line, column: null, reason: `not valid CSV: ${error.message}` } };
  }
  const lines = recordStartLines(content);
  if (lines.length !== cells.length) {
    throw new Error(`CSV record count mismatch: ${cells.length} records, ${lines.length} starting lines`);
  }
  const [header, ...rest] = cells;
  return {
    ok: true,
    header: header ?? null,
    records: rest.map((record, index) => ({ line: lines[index + 1] ?? 0, cells: record })),
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
