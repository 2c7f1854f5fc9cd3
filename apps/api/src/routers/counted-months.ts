/** The first and last counted month of a range (the range's `from` when nothing is counted yet). */
export function countedMonths(scope: { from: string; months: string[] }) {
  return { first: scope.months[0] ?? scope.from, last: scope.months.at(-1) ?? scope.from };
}
