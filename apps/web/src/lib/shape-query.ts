/** A query's state with its data shaped for a card (chart points, table rows); shaping is a pure function. */
export function shapeQuery<T, U>(
  query: { data: T | undefined; isPending: boolean; error: { message: string } | null },
  shape: (data: T) => U,
): { data: U | undefined; isPending: boolean; error: { message: string } | null } {
  return {
    data: query.data === undefined ? undefined : shape(query.data),
    isPending: query.isPending,
    error: query.error,
  };
}
