/**
 * Lets pending I/O run: the answer to a statement is read and the next statement sent, so the database works on it
 * while long JavaScript (checking an import's rows, computing credits) goes on. Statements on a connection are sent
 * only when the JavaScript gives way, so work that runs beside the database must give way often.
 */
export const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Waits for every promise to settle, then gives their values or throws the first failure: unlike Promise.all,
 * nothing is still running on the connection when it throws (and so nothing after the transaction's rollback).
 */
export async function allSettledOrThrow<T extends readonly unknown[]>(
  promises: {
    [K in keyof T]: Promise<T[K]>;
  },
): Promise<T> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
