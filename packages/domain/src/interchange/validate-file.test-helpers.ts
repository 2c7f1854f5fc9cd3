import type { InterchangeFile } from './interchange-file.ts';
import {
  type CsvRecord,
  formatInterchangeError,
  type InterchangeError,
  validateInterchangeFile,
} from './validate-file.ts';

// The setup shared by validate-file.test.ts and validate-file-rules.test.ts.

/** A tiny CSV reader for the tests (no quoting): the header is line 1, empty lines keep their number. */
function read(text: string): { header: string[] | null; records: CsvRecord[] } {
  const lines = text.split('\n');
  const header = lines[0] === undefined || lines[0] === '' ? null : lines[0].split(',');
  const records = lines
    .map((line, index) => ({ line: index + 1, cells: line.split(',') }))
    .slice(1)
    .filter((record) => record.cells.join('') !== '' || record.cells.length > 1);
  return { header, records };
}

export function validate<Row extends object>(file: InterchangeFile<string, Row>, text: string) {
  const { header, records } = read(text);
  return validateInterchangeFile(file, header, records);
}

export function messages(errors: InterchangeError[]): string[] {
  return errors.map(formatInterchangeError);
}

export const ENGAGEMENT_HEADER =
  'code,name,vendor,type,service_line,location,start_date,end_date,status,currency,at_risk_pct,earn_back_months,annual_budget';
