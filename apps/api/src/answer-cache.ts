import { type Db, readDataVersion } from '@portfolio/db';
import { LRUCache } from 'lru-cache';
import { jsonLength } from './json-length.ts';

/**
 * The dashboard's answers kept in memory per data version: a second layer over the kept figures (docs/kept-figures.md),
 * so that a team opening the same views all day asks the database once per change of the data.
 *
 * Correct across processes and without expiry: the data version (packages/db, migration 0006) grows in the very
 * transaction of every change, so it is read first (one small query) and the answer is kept under it. An answer
 * computed while a change commits may already hold that change; it is then newer than its version says, never
 * older. Concurrent requests for the same answer share one computation; failures are not kept.
 */
export interface AnswerCache {
  /** The answer kept under the key at the current data version, computed when there is none. */
  answer<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Memory the answers may hold by default (`PORTFOLIO_ANSWER_CACHE_MB`): 64 MiB of their JSON. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function createAnswerCache(db: Db, maxBytes = DEFAULT_MAX_BYTES): AnswerCache {
  const answers = new LRUCache<string, { value: unknown }, () => Promise<unknown>>({
    maxSize: maxBytes,
    // The JSON length stands for the memory an answer holds; one too big to keep is computed each time.
    sizeCalculation: ({ value }) => Math.max(1, jsonLength(value)),
    fetchMethod: async (_key, _stale, { context: compute }) => ({ value: await compute() }),
    // An answer pushed out while still being computed is still given to the requests waiting for it.
    ignoreFetchAbort: true,
  });
  return {
    async answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const version = await readDataVersion(db);
      const kept = await answers.fetch(`${version} ${key}`, { context: compute });
      // fetch gives undefined only when fetchMethod does, which it never does.
      return kept?.value as T;
    },
  };
}
