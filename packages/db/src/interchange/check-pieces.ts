import {
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeError,
  type InterchangeFile,
  type InterchangeFileName,
  interchangeRowValidator,
  type ValidatedRow,
} from '@portfolio/domain';
import type { ParsedCsv } from './csv.ts';

/**
 * A file checked a piece at a time, in line order: first its header, with what is wrong with it or with the text
 * before it (when anything is, nothing follows), then each piece's valid rows and its bad rows' errors.
 */
export type CheckedPiece =
  | { header: string[] | null; errors: InterchangeError[] }
  | { rows: ValidatedRow<object>[]; errors: InterchangeError[] };

/** Thrown when a piece of the file could not be read: the import starts again from the whole text (parseCsv). */
export class UnreadPiece extends Error {}

/**
 * Checks a file's text read as CSV, in pieces (readCsvPieces) or whole (parseCsv), `slice` records at a time: the
 * first piece holds the header; each its records and the lines that could not be read (a piece the reader refused
 * is null, and throws UnreadPiece). Lines the reader could not read are bad rows like any other; the rows around
 * them are checked all the same.
 */
export function* checkPieces(
  name: InterchangeFileName,
  csv: Iterable<ParsedCsv | null>,
  slice = Number.POSITIVE_INFINITY,
): Generator<CheckedPiece> {
  const pieces = csv[Symbol.iterator]();
  const first = nextPiece(pieces) ?? { header: null, records: [], errors: [] };
  const { header } = first;
  if (header === null && first.errors.length > 0) {
    yield { header, errors: first.errors };
    return;
  }
  const validator = interchangeRowValidator(
    INTERCHANGE_FILE_BY_NAME[name] as InterchangeFile<string, object>,
    header,
  );
  yield { header, errors: validator.headerErrors };
  if (validator.headerErrors.length > 0) return;
  for (let piece: ParsedCsv | null = first; piece; piece = nextPiece(pieces)) {
    if (piece.errors.length > 0) yield { rows: [], errors: piece.errors };
    for (let start = 0; start < piece.records.length; start += slice) {
      yield validator.validate(
        start === 0 && slice >= piece.records.length
          ? piece.records
          : piece.records.slice(start, start + slice),
      );
    }
  }
}

function nextPiece(pieces: Iterator<ParsedCsv | null>): ParsedCsv | null {
  const next = pieces.next();
  if (next.done) return null;
  if (next.value === null) throw new UnreadPiece('a piece of the CSV could not be read');
  return next.value;
}
