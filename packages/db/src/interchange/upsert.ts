import { type Insertable, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/** PostgreSQL takes at most 65535 bind parameters per statement; stay well below. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 2_000;

type Table = keyof Database & string;
type ColumnOf<T extends Table> = keyof Insertable<Database[T]> & string;

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
   * The SQL type of each column. With them the rows travel as one array per column (`unnest`), not one parameter
   * per value: big files (a million measurements) are written in far fewer, far cheaper statements.
   */
  types?: Readonly<Record<Column, ColumnSqlType>>;
}

export type ColumnSqlType = 'integer' | 'smallint' | 'text' | 'numeric' | 'date' | 'boolean';

/** Rows per statement when columns travel as arrays: the parameter limit no longer applies. */
const MAX_ROWS_UNNEST = 20_000;

export type UpsertCounts = { inserted: number; updated: number };

/**
 * Inserts rows, or updates the row with the same natural key, in multi-row statements. A row whose values are
 * all unchanged is not rewritten (`where … is distinct from …`), so its `version` and `updated_at` stay; a
 * changed row gets `version + 1` and `updated_at = now()`.
 */
export async function upsertRows<T extends Table, Column extends ColumnOf<T>>(
  trx: Transaction<Database>,
  target: UpsertTarget<T, Column>,
  rows: readonly UpsertRow<T, Column>[],
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0 };
  const batchSize = target.types
    ? MAX_ROWS_UNNEST
    : Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / target.columns.length)));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const result = await upsertStatement(target, batch).execute(trx);
    for (const row of result.rows) {
      if (row.inserted) counts.inserted += 1;
      else counts.updated += 1;
    }
  }
  return counts;
}

function upsertStatement<T extends Table, Column extends ColumnOf<T>>(
  target: UpsertTarget<T, Column>,
  rows: readonly UpsertRow<T, Column>[],
): RawBuilder<{ inserted: boolean }> {
  const { table, key, columns, types } = target;
  const values = types
    ? sql`select * from unnest(${sql.join(
        columns.map((column) => sql`${rows.map((row): unknown => row[column])}::${sql.raw(types[column])}[]`),
      )})`
    : sql`values ${sql.join(rows.map((row) => sql`(${sql.join(columns.map((column): unknown => row[column]))})`))}`;
  const changing = columns.filter((column) => !key.includes(column));
  const current = changing.map((column) => sql.ref(`${table}.${column}`));
  const excluded = changing.map((column) => sql.ref(`excluded.${column}`));
  const assignments = changing.map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`);
  // xmax = 0 only on a freshly inserted row version; an updated one carries the updating transaction's id.
  return sql<{ inserted: boolean }>`
    insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    ${values}
    on conflict (${sql.join(key.map((column) => sql.ref(column)))}) do update
    set ${sql.join(assignments)}, version = ${sql.ref(`${table}.version`)} + 1, updated_at = now()
    where (${sql.join(current)}) is distinct from (${sql.join(excluded)})
    returning (xmax = 0) as inserted`;
}
