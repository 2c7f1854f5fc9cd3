/** A bad row's errors as the preview gives them. */
export type PreviewError = { line: number; column: string | null; reason: string };

export type PreviewCell = { column: string; text: string; error: string | null };

/** One row of the preview table: its line, its cells under the header's columns, and what is wrong with it. */
export type PreviewRow = { line: number; cells: PreviewCell[]; rowErrors: string[]; bad: boolean };

/**
 * The preview's rows with each error placed on its cell (or on the row when it names no column or a column the
 * file does not have), so the table can mark every bad row and cell.
 */
export function previewRows(
  header: readonly string[],
  sample: readonly { line: number; cells: readonly string[] }[],
  errors: readonly PreviewError[],
): PreviewRow[] {
  const byLine = new Map<number, PreviewError[]>();
  for (const error of errors) byLine.set(error.line, [...(byLine.get(error.line) ?? []), error]);
  const columns = header.map((name) => name.trim());
  return sample.map((record) => {
    const lineErrors = byLine.get(record.line) ?? [];
    const placed = new Set<PreviewError>();
    const cells = columns.map((column, index) => {
      const mine = lineErrors.filter((error) => error.column === column);
      for (const error of mine) placed.add(error);
      return {
        column,
        text: record.cells[index] ?? '',
        error: mine.length > 0 ? mine.map((error) => error.reason).join('; ') : null,
      };
    });
    const rowErrors = lineErrors
      .filter((error) => !placed.has(error))
      .map((error) => (error.column === null ? error.reason : `${error.column}: ${error.reason}`));
    return { line: record.line, cells, rowErrors, bad: lineErrors.length > 0 };
  });
}

/** "line 3, column actual: …" */
export function describeError(error: PreviewError): string {
  return error.column === null
    ? `line ${error.line}: ${error.reason}`
    : `line ${error.line}, column ${error.column}: ${error.reason}`;
}
