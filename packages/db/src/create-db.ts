import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { allowCopyIn, allowCopyInPglite } from './copy-in.ts';
import { type FolderLock, lockFolder } from './folder-lock.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** The embedded database's folder, held by this process until close (folder-lock.ts); absent in memory. */
  folder?: FolderLock;
  /** The embedded database as a file (PGlite's dump), to start copies from (test templates). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** An embedded database to start from, as `dumpDataDir` wrote it (the tests' migrated template); memory only. */
  dump?: Blob;
  /** What opens an embedded folder (`server`, `portfolio import`), told to whoever finds it held. */
  program?: string;
  /** Called when an idle PostgreSQL connection fails (the server restarted); the pool replaces it. */
  onPoolError?: (error: Error) => void;
  maxConnections?: number;
  /** How long to wait for a PostgreSQL connection before the request fails (tests on a busy machine wait longer). */
  connectTimeoutMs?: number;
}

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

function parseCount(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`integer out of range: ${text}`);
  return value;
}

/**
 * The one place where both drivers are told how to read values, so the same query gives the same
 * JavaScript values on PGlite and PostgreSQL: money stays an exact decimal string, dates stay calendar
 * strings (no time-zone shifts), and counts become numbers.
 */
const textParsers: Record<number, (text: string) => unknown> = {
  [OID.INT8]: parseCount,
  [OID.NUMERIC]: (text) => text,
  [OID.DATE]: (text) => text,
};

export async function createDb(options: DbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) return createPostgres(options.databaseUrl, options);
  return createPglite(options.dataDir ?? './.data', options.program ?? 'a program', options.dump);
}

async function createPglite(dataDir: string, program: string, dump?: Blob): Promise<DbHandle> {
  if (dataDir.includes('://')) return openPglite(dataDir, dump);
  // The folder is taken before PGlite opens it: a second process must never open it at the same time.
  const folder = await lockFolder(dataDir, program);
  try {
    const handle = await openPglite(dataDir);
    return {
      ...handle,
      folder,
      async close() {
        try {
          await handle.close();
        } finally {
          await folder.release();
        }
      },
    };
  } catch (error) {
    await folder.release();
    throw error;
  }
}

async function openPglite(dataDir: string, dump?: Blob): Promise<DbHandle> {
  const client = await PGlite.create(dataDir, { parsers: textParsers, ...(dump && { loadDataDir: dump }) });
  allowCopyInPglite(client);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    dump: async () => (await client.dumpDataDir('none')) as Blob,
    close: () => db.destroy(),
  };
}

async function createPostgres(connectionString: string, options: DbOptions): Promise<DbHandle> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // The figure queries are aggregates of a few hundred thousand kept rows that run in well under a second: JIT
    // compiling them cost more than it saved (1.7 s of a 3.4 s report at scale 100), and 4 MB of work memory sent
    // their sorts and hashes to disk. A DATABASE_URL's own `options` parameter wins over these.
    options: '-c jit=off -c work_mem=32MB',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        textParsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // Without a listener an idle client's error (e.g. the server restarting) would crash the process.
  pool.on('error', (error) => options.onPoolError?.(error));
  // A connection that drops while checked out (mid-query, mid-transaction) also emits 'error' on its client. The
  // query fails by itself and the pool discards the client; unheard, the event would end the process.
  // Each connection until it has ended: the pool's end() resolves once it has told its connections to end, not
  // once they have, and a database dropped then (a test's scratch database) cut them as they closed.
  const open = new Set<Promise<void>>();
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onPoolError?.(error));
    allowCopyIn(client);
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    open.add(ended);
    void ended.then(() => open.delete(ended));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async close() {
      await db.destroy();
      await Promise.all(open);
    },
  };
}
