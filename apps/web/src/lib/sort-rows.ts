export type SortDirection = 'asc' | 'desc';
export type SortValue = string | number | boolean | null | undefined;

/**
 * The rows sorted by a value, without changing the input: numbers (and numeric strings such as "1234.50") by
 * size, other text alphabetically; empty values always last.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
) {
  const sign = direction === 'asc' ? 1 : -1;
  const key = (row: Row) => {
    const raw = value(row);
    if (raw === null || raw === undefined || raw === '') return null;
    if (typeof raw === 'number' || typeof raw === 'boolean') return Number(raw);
    const number = Number(raw);
    return Number.isFinite(number) && /^-?\d/.test(raw) ? number : raw;
  };
  return rows
    .map((row, index) => ({ row, index, key: key(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null)
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : String(a.key).localeCompare(String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
