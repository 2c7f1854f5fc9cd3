import { type Insertable, type RawBuilder, sql, type Transaction } from 'kysely';
import { copyCsv } from '../copy-in.ts';
import { copyTextOf } from '../copy-text.ts';
import { isUniqueViolation } from '../queries/write-support.ts';
import type { Database } from '../schema.ts';

/** PostgreSQL takes at most 65535 bind parameters per statement; stay well below. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 2_000;

export type Table = keyof Database & string;
export type ColumnOf<T extends Table> = keyof Insertable<Database[T]> & string;

/** A row to upsert: a value for every written column, typed as the table takes it. */
export type UpsertRow<T extends Table, Column extends ColumnOf<T>> = Required<
  Pick<Insertable<Database[T]>, Column>
>;

export interface UpsertTarget<T extends Table, Column extends ColumnOf<T>> {
  table: T;
  /** The natural key (a unique constraint of the table). */
  key: readonly Column[];
  /** Every column written, the key included. */
  columns: readonly Column[];
  /**
   * The SQL type of each column. With them the rows are sent with `COPY` into a temporary table of these columns
   * and upserted from it in one statement, not as parameters (or, when none of their keys is stored yet, copied
   * into the table itself: copyWhenAllNew): big files (a million measurements) go in at close to the speed the
   * database takes rows in. The key's last column is then the ordered one (a measurement's month).
   */
  types?: Readonly<Record<Column, ColumnSqlType>>;
}

export type ColumnSqlType = 'integer' | 'smallint' | 'text' | 'numeric' | 'date' | 'boolean';

/**
 * Rows per `COPY` and upsert when they go through a temporary table (the parameter limit does not apply): an
 * import's whole part (import-parts.ts, PART), about 6 MB of text for measurements.
 */
const MAX_ROWS_STAGED = 100_000;

export type UpsertCounts = { inserted: number; updated: number };

const NOTHING_KEPT: ReadonlySet<string> = new Set();

/**
 * Inserts rows, or updates the row with the same natural key, in multi-row statements. A row whose values are
 * all unchanged is not rewritten (`where … is distinct from …`), so its `version` and `updated_at` stay; a
 * changed row gets `version + 1` and `updated_at = now()`. The `kept` columns are written into new rows only: a
 * stored row keeps its values of them (a file without a column says nothing about it).
 */
export function upsertRows<T extends Table, Column extends ColumnOf<T>>(
  trx: Transaction<Database>,
  target: UpsertTarget<T, Column>,
  rows: readonly UpsertRow<T, Column>[],
  kept: ReadonlySet<string> = NOTHING_KEPT,
): Promise<UpsertCounts> {
  return preparedUpsert(trx, target, rows, kept)();
}

/**
 * upsertRows made ready now and run when called: the `COPY` text of a staged target is written out at once (and the
 * rows need not be kept), so that an import builds a part's text while the database still writes the part before it.
 */
export function preparedUpsert<T extends Table, Column extends ColumnOf<T>>(
  trx: Transaction<Database>,
  target: UpsertTarget<T, Column>,
  rows: readonly UpsertRow<T, Column>[],
  kept: ReadonlySet<string> = NOTHING_KEPT,
): () => Promise<UpsertCounts> {
  const { types, columns } = target;
  const valuesOf = (row: UpsertRow<T, Column>) => columns.map((column): unknown => row[column]);
  const batchSize = types
    ? MAX_ROWS_STAGED
    : Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  // Each batch as `COPY` text for the staging table, or as a `values` list.
  const batches: ({ copy: string } | { values: RawBuilder<unknown> })[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    batches.push(
      types
        ? { copy: copyTextOf(columns, batch) }
        : { values: sql`values ${sql.join(batch.map((row) => sql`(${sql.join(valuesOf(row))})`))}` },
    );
  }
  return async () => {
    const counts: UpsertCounts = { inserted: 0, updated: 0 };
    for (const batch of batches) {
      const written =
        'copy' in batch
          ? await upsertStaged(trx, target, batch.copy, kept)
          : await upsertFrom(trx, target, batch.values, kept);
      counts.inserted += written.inserted;
      counts.updated += written.updated;
    }
    return counts;
  };
}

/**
 * Upserts rows given as `COPY` text of the target's columns (`types` required), through a temporary table: how an
 * import writes a part of a big file whose text was made in another thread (measurements-in-worker.ts). A part of
 * new keys only is copied in instead (copyWhenAllNew).
 */
export async function upsertStaged<T extends Table, Column extends ColumnOf<T>>(
  trx: Transaction<Database>,
  target: UpsertTarget<T, Column>,
  copy: string,
  kept: ReadonlySet<string> = NOTHING_KEPT,
): Promise<UpsertCounts> {
  const { types, columns } = target;
  if (!types) throw new Error(`${target.table}: rows given as COPY text need the columns' types`);
  const staging = `staged_${target.table}`;
  await createStagingTable(trx, staging, types);
  await copyCsv(trx, staging, columns, copy);
  const counts =
    (await copyWhenAllNew(trx, target, staging, copy)) ??
    (await upsertFrom(
      trx,
      target,
      sql`select ${sql.join(columns.map((column) => sql.ref(column)))} from ${sql.table(staging)}`,
      kept,
    ));
  await sql`truncate ${sql.table(staging)}`.execute(trx);
  return counts;
}

/**
 * When no staged row's key is stored yet (a file of new months: the usual import), the rows go into the table by
 * `COPY`, the database's fastest way in, instead of the upsert's insert that first looks for a row to update. The
 * outcome is the same: every row inserted. The look is one index range per group of the key's leading columns (per
 * SLA: is anything stored between its first and last staged month?), not one per row, so a stored key inside a
 * group's range sends the part to the upsert even where the file skips it. Inside a savepoint, so that a row of the
 * same key committed by another writer since the look (the grid, on PostgreSQL) sends the part to the upsert
 * instead of failing the import. Null when the part goes to the upsert.
 */
async function copyWhenAllNew<T extends Table, Column extends ColumnOf<T>>(
  trx: Transaction<Database>,
  { table, key, columns }: UpsertTarget<T, Column>,
  staging: string,
  copy: string,
): Promise<UpsertCounts | null> {
  // The key's last column is the ordered one (a measurement's month), the others name its group (the SLA).
  const last = key.at(-1);
  if (last === undefined) return null;
  const group = key.slice(0, -1).map((column) => sql.ref(column));
  const inRange = [
    ...key.slice(0, -1).map((column) => sql`${sql.ref(`t.${column}`)} = ${sql.ref(`g.${column}`)}`),
    sql`${sql.ref(`t.${last}`)} between g.first and g.last`,
  ];
  const ranges = sql`
    select ${sql.join([...group, sql`min(${sql.ref(last)}) as first, max(${sql.ref(last)}) as last`])}
    from ${sql.table(staging)} ${group.length > 0 ? sql`group by ${sql.join(group)}` : sql``}`;
  const { rows } = await sql<{ stored: boolean; staged: number }>`
    select
      exists (select 1 from (${ranges}) g where exists (
        select 1 from ${sql.table(table)} t where ${sql.join(inRange, sql` and `)})) as stored,
      (select count(*)::int from ${sql.table(staging)}) as staged`.execute(trx);
  const [{ stored, staged } = { stored: true, staged: 0 }] = rows;
  if (stored) return null;
  await sql`savepoint copy_new_rows`.execute(trx);
  try {
    await copyCsv(trx, table, columns, copy);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await sql`rollback to savepoint copy_new_rows`.execute(trx);
    return null;
  }
  await sql`release savepoint copy_new_rows`.execute(trx);
  return { inserted: staged, updated: 0 };
}

async function upsertFrom<T extends Table, Column extends ColumnOf<T>>(
  trx: Transaction<Database>,
  target: UpsertTarget<T, Column>,
  source: RawBuilder<unknown>,
  kept: ReadonlySet<string>,
): Promise<UpsertCounts> {
  const { rows } = await upsertStatement(target, source, kept).execute(trx);
  return { inserted: rows[0]?.inserted ?? 0, updated: rows[0]?.updated ?? 0 };
}

/**
 * A temporary table of the columns, empty, for this transaction (dropped at its end): where `COPY` puts rows
 * before they are upserted.
 */
async function createStagingTable<Column extends string>(
  trx: Transaction<Database>,
  name: string,
  types: Readonly<Record<Column, ColumnSqlType>>,
): Promise<void> {
  const columns = (Object.entries(types) as [string, ColumnSqlType][]).map(
    ([column, type]) => sql`${sql.ref(column)} ${sql.raw(type)}`,
  );
  await sql`create temporary table if not exists ${sql.table(name)} (${sql.join(columns)}) on commit drop`.execute(
    trx,
  );
}

function upsertStatement<T extends Table, Column extends ColumnOf<T>>(
  target: UpsertTarget<T, Column>,
  source: RawBuilder<unknown>,
  kept: ReadonlySet<string>,
): RawBuilder<UpsertCounts> {
  const { table, key, columns } = target;
  const changing = columns.filter((column) => !key.includes(column) && !kept.has(column));
  const current = changing.map((column) => sql.ref(`${table}.${column}`));
  const excluded = changing.map((column) => sql.ref(`excluded.${column}`));
  const assignments = changing.map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`);
  // With nothing to change (a file of keys alone), a stored row stays as it is.
  const onConflict =
    changing.length === 0
      ? sql`do nothing`
      : sql`do update
      set ${sql.join(assignments)}, version = ${sql.ref(`${table}.version`)} + 1, updated_at = now()
      where (${sql.join(current)}) is distinct from (${sql.join(excluded)})`;
  // xmax = 0 only on a freshly inserted row version; an updated one carries the updating transaction's id. The
  // rows are counted in the database: a million written rows need not travel back to be counted.
  return sql<UpsertCounts>`
    with written as (
      insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      ${source}
      on conflict (${sql.join(key.map((column) => sql.ref(column)))}) ${onConflict}
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
    from written`;
}
