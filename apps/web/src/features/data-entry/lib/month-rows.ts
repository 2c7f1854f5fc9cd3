import { MONTH_ENTRY_COLUMNS, type MonthEntryColumn } from '@portfolio/domain';

/** One SLA's cells in the monthly grid. */
export type MonthRowValues = Record<MonthEntryColumn, string>;

export const EMPTY_ROW: MonthRowValues = { actual: '', numerator: '', denominator: '', source: '', note: '' };

/** The grid's cells of a stored measurement (or empty ones). */
export function rowValuesOf(
  measurement: { values: Readonly<Record<string, string>> } | null,
): MonthRowValues {
  if (!measurement) return { ...EMPTY_ROW };
  const values = measurement.values;
  return {
    actual: values.actual ?? '',
    numerator: values.numerator ?? '',
    denominator: values.denominator ?? '',
    source: values.source ?? '',
    note: values.note ?? '',
  };
}

/** Whether the user changed any cell of a row (cells compared trimmed). */
export function rowChanged(opened: MonthRowValues, draft: MonthRowValues): boolean {
  return MONTH_ENTRY_COLUMNS.some((column) => opened[column].trim() !== draft[column].trim());
}

/**
 * The rows a save sends: only those the user changed, so an SLA someone else updated meanwhile but the user left
 * alone does not refuse the save. Each carries the version its cells were read at.
 */
export function changedRows(
  codes: readonly string[],
  opened: Readonly<Record<string, MonthRowValues>>,
  draft: Readonly<Record<string, MonthRowValues>>,
  versions: Readonly<Record<string, number | null>>,
): { sla: string; version: number | null; values: MonthRowValues }[] {
  return codes.flatMap((code) => {
    const before = opened[code] ?? EMPTY_ROW;
    const after = draft[code] ?? EMPTY_ROW;
    return rowChanged(before, after) ? [{ sla: code, version: versions[code] ?? null, values: after }] : [];
  });
}

/**
 * The issues of a month's save (`rows.<index>.values.<column>`, `rows.<index>.sla`) by SLA code and column, given
 * the rows that were sent in order.
 */
export function rowIssues(
  issues: Readonly<Record<string, string>>,
  sent: readonly { sla: string }[],
): Record<string, Record<string, string>> {
  const bySla: Record<string, Record<string, string>> = {};
  for (const [path, message] of Object.entries(issues)) {
    const match = /^rows\.(\d+)\.(?:values\.)?(\w+)$/.exec(path);
    const sla = match ? sent[Number(match[1])]?.sla : undefined;
    if (!match || sla === undefined) continue;
    const column = match[2] === 'sla' ? 'actual' : (match[2] ?? 'actual');
    bySla[sla] = { ...bySla[sla], [column]: message };
  }
  return bySla;
}
