import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './schema.ts';

// Kysely has no COPY, and its drivers give queries text and parameters only. So a statement `copy … from stdin`
// given one parameter, the CSV text, is recognised by the clients' query function (wrapped below when a database
// is opened) and sent as COPY data: a stream on PostgreSQL, a blob on PGlite. Through Kysely it runs on the
// connection of the caller's transaction, like any other statement.

const COPY_FROM_STDIN = /^copy\s[^;]*\sfrom\s+stdin\b/i;

/** Copies rows, as CSV text without a header, into `table`'s `columns` (PostgreSQL's CSV: empty unquoted = null). */
export async function copyCsv(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  csv: string,
): Promise<void> {
  const quoted = columns.map((column) => `"${column.replaceAll('"', '""')}"`).join(', ');
  await db.executeQuery(
    CompiledQuery.raw(`copy "${table.replaceAll('"', '""')}" (${quoted}) from stdin with (format csv)`, [
      csv,
    ]),
  );
}

function copyText(text: unknown, values: unknown): string | null {
  if (typeof text !== 'string' || !COPY_FROM_STDIN.test(text) || !Array.isArray(values)) return null;
  return typeof values[0] === 'string' && values.length === 1 ? values[0] : null;
}

/** Lets a node-postgres client take `copy … from stdin` with its data as the one parameter. */
export function allowCopyIn(client: pg.ClientBase): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const copying = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    const data = copyText(text, values);
    if (data === null || rest.length > 0) return query(text, values, ...rest);
    return new Promise((resolve, reject) => {
      const stream = client.query(copyFrom(text as string));
      stream.on('error', reject);
      stream.on('finish', () =>
        resolve({ command: 'COPY', rowCount: stream.rowCount, rows: [], fields: [] }),
      );
      stream.end(data);
    });
  };
  client.query = copying as typeof client.query;
}

/** Lets a PGlite database take `copy … from stdin` with its data as the one parameter. */
export function allowCopyInPglite(client: PGlite): void {
  const query = client.query.bind(client);
  client.query = ((text: string, values?: unknown[], options?: Parameters<PGlite['query']>[2]) => {
    const data = copyText(text, values);
    if (data === null) return query(text, values, options);
    const fromBlob = text.replace(/\sfrom\s+stdin\b/i, " from '/dev/blob'");
    return query(fromBlob, [], { ...options, blob: new Blob([data]) });
  }) as PGlite['query'];
}
