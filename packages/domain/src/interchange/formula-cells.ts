/**
 * CSV files are opened in spreadsheets, which read a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return as a formula (OWASP: CSV injection). Every export (the dashboard's and `pnpm portfolio export`) writes such
 * a cell with a leading apostrophe, which a spreadsheet shows as the text it is, and every import takes one leading
 * apostrophe off again, so an export imports back unchanged. A plain number ("-120.50", a credit note) is a figure,
 * not a formula, and is written as it is.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const PROTECTED = /^'+[=+\-@\t\r]/;

/** The cell as an export writes it. */
export function protectFormula(text: string): string {
  return FORMULA.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The cell as an import reads it: the apostrophe an export added is taken off. */
export function unprotectFormula(text: string): string {
  return PROTECTED.test(text) ? text.slice(1) : text;
}
