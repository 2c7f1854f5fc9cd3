const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A file name that says what the file holds: the title, then what it is narrowed to (an engagement, the filters'
 * type, vendor, …), then the range: "spend-by-vendor-bpo-acme-2025-01-2025-06.csv".
 */
export function csvFileName(
  title: string,
  range?: { from: string; to: string },
  scope: readonly string[] = [],
): string {
  const parts = [title, ...scope, ...(range ? [range.from, range.to] : [])]
    .map(slug)
    .filter((part) => part !== '');
  return `${parts.join('-')}.csv`;
}
