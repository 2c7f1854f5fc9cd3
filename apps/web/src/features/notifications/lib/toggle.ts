/** The list with `item` in it or not, in the order of `all` (the domain's order of kinds, severities, …). */
export function toggled<T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  return all.filter((candidate) => (candidate === item ? on : list.includes(candidate)));
}
