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
  let read: RecordsRead;
  try {
    read = readRecords(content, { atStart: true, firstLine: 1 });
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
  const [header, ...rest] = read.records;
  return { header: header ? [...header.cells] : null, records: rest, errors: [] };
}

/** Characters of text read at a time by readCsvPieces: about 5,000 rows of a measurements file. */
const PIECE_LENGTH = 256 * 1024;

/**
 * CSV text read a piece at a time, each piece ending at a line break outside quotes, so that an import checks and
 * writes the first records while the rest is still unread (reading a 200,000-row file whole took 0.35 s before the
 * database had anything to do). Together the pieces give what parseCsv gives for the whole text: the header (in the
 * first piece: pieces of empty lines before it are not given) and every record with the line it starts on; no piece
 * at all for a text of no record. A piece the parser refuses is null: the
 * caller then reads the whole text with parseCsv, which names every bad line and reads on after it.
 *
 * Exact because quoting is strict (a quote inside an unquoted cell, or after a closing one, is refused): a quote
 * then always opens or closes a quoted cell (an escaped `""` does both), so an even count of quotes before a line
 * break puts it outside quotes, where the parser of the whole text ends a record too.
 */
export function* readCsvPieces(content: string, pieceLength = PIECE_LENGTH): Generator<ParsedCsv | null> {
  let start = 0;
  let firstLine = 1;
  let headerRead = false;
  while (start < content.length) {
    const end = pieceEnd(content, start, pieceLength);
    const text = content.slice(start, end);
    let read: RecordsRead;
    try {
      read = readRecords(text, { atStart: start === 0, firstLine });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      yield null;
      return;
    }
    firstLine = read.nextLine;
    start = end;
    const [first, ...rest] = read.records;
    if (headerRead) yield { header: null, records: read.records, errors: [] };
    else if (first) {
      headerRead = true;
      yield { header: [...first.cells], records: rest, errors: [] };
    }
  }
}

/**
 * Where the piece from `start` ends: after the first line break outside quotes at or beyond `start + length`
 * (a CRLF whole), or at the end of the text.
 */
function pieceEnd(content: string, start: number, length: number): number {
  let position = Math.min(content.length, start + length);
  let quotes = countQuotes(content, start, position);
  while (position < content.length) {
    const lf = content.indexOf('\n', position);
    const cr = content.indexOf('\r', position);
    const lineBreak = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (lineBreak === -1) return content.length;
    quotes += countQuotes(content, position, lineBreak);
    const after =
      content[lineBreak] === '\r' && content[lineBreak + 1] === '\n' ? lineBreak + 2 : lineBreak + 1;
    if (quotes % 2 === 0) return after;
    position = after;
  }
  return content.length;
}

function countQuotes(content: string, from: number, to: number): number {
  let count = 0;
  for (let at = content.indexOf('"', from); at !== -1 && at < to; at = content.indexOf('"', at + 1))
    count += 1;
  return count;
}

/** The non-empty records of a text, with the line each starts on, and the line after the text. */
type RecordsRead = { records: CsvRecord[]; nextLine: number };

/** Reads the records of CSV text that starts `firstLine` of a file (at its very start: a byte-order mark is dropped). */
function readRecords(
  text: string,
  { atStart, firstLine }: { atStart: boolean; firstLine: number },
): RecordsRead {
  const cells: string[][] = parse(text, {
    bom: atStart,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const { starts, nextLine } = recordStartLines(text, atStart, firstLine);
  if (starts.length !== cells.length) {
    throw new Error(`CSV record count mismatch: ${cells.length} records, ${starts.length} starting lines`);
  }
  return { records: cells.map((record, index) => ({ line: starts[index] ?? 0, cells: record })), nextLine };
}

/**
 * The line on which each non-empty record starts, and the line after the text. The parser's own line count drifts
 * on CRLF inside quoted cells, so lines are counted here: a line break inside quotes belongs to the cell (an escaped
 * quote `""` toggles twice, so toggling on every quote tracks whether we are inside one).
 */
function recordStartLines(
  content: string,
  atStart: boolean,
  firstLine: number,
): { starts: number[]; nextLine: number } {
  const starts: number[] = [];
  let line = firstLine;
  let quoted = false;
  let recordStart = firstLine;
  let recordEmpty = true;
  for (let i = atStart && content.charCodeAt(0) === 0xfeff ? 1 : 0; i < content.length; i += 1) {
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
  return { starts, nextLine: line };
}

/**
 * Writes a header and rows of cells as CSV: LF line ends, cells quoted only when they must be (a comma, a quote
 * or any line break, a lone CR included, since the reader takes CR as a line end too).
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([columns, ...rows], { record_delimiter: 'unix', quoted_match: /\r/ });
}
