import { changedColumns, type InterchangeFile, toCell } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { engagementForNewRow, fixedEngagement } from './engagement-refs.ts';
import {
  type ChangeOutcome,
  changeVersioned,
  type FieldIssue,
  invalid,
  recordCreated,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
} from './write-support.ts';

/** The tables whose rows the data-entry forms edit one by one, each keyed by an `id`. */
export type IdTable = 'vendors' | 'engagements' | 'slas' | 'measurements' | 'charges' | 'deliverables';

/**
 * Locks a row (`select … for update`) and reads it as its record, so a change compares the version it read with
 * the one it writes over while no other writer can move it.
 */
export async function lockRow<R>(
  trx: Trx,
  table: IdTable,
  id: number,
  read: (trx: Trx, id: number) => Promise<R | undefined>,
): Promise<R | undefined> {
  await trx.selectFrom(table).select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return read(trx, id);
}

/**
 * Whether another row holds these values of the table's unique key. Checked before writing so the form can name the
 * field; the unique index still has the last word when two writers race (see `writeInTransaction`).
 */
export async function keyTaken(
  trx: Trx,
  table: IdTable,
  key: Readonly<Record<string, unknown>>,
  exceptId: number | null,
): Promise<boolean> {
  let query = trx.selectFrom(table).select('id');
  for (const [column, value] of Object.entries(key)) query = query.where(sql.ref(column), '=', value);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Writes a row's new columns and moves its version on. */
export async function writeColumns(trx: Trx, table: IdTable, id: number, columns: object): Promise<void> {
  await trx
    .updateTable(table)
    // The columns come from the table's own interchange file (see `EditableTable.columns`).
    .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}

/**
 * One editable table, declared by what differs between tables: the file whose columns it stores, how to read a row
 * as its record, the message for a taken key. Rows of an engagement (`ofEngagement`) name it by code in their
 * values, may only be added to an engagement that is not archived, and never move to another one.
 */
export type EditableTable<
  R extends { id: number; values: object; version: number },
  V extends object,
> = VersionedRows<R> & {
  table: IdTable;
  file: InterchangeFile<string, V>;
  read: (trx: Trx, id: number) => Promise<R | undefined>;
  duplicate: (values: V) => FieldIssue;
  /** What a row of the engagement is called in "cannot change: a charge stays with engagement …". */
  ofEngagement?: string;
  /** Work that follows a change in the same transaction (an SLA's new levels judge its measurements again). */
  afterUpdate?: (trx: Trx, id: number, changed: readonly string[], values: V) => Promise<unknown>;
};

/** The stored columns of a row's values: all of its file's, an engagement's code turned into its id. */
function storedColumns<V extends object>(values: V, engagementId: number | null): object {
  if (engagementId === null) return values;
  const { engagement: _code, ...rest } = values as V & { engagement: string };
  return { ...rest, engagement_id: engagementId };
}

/** The unique key of a row (its file's natural key), with the engagement's id in place of its code. */
function uniqueKey<V extends object>(
  file: InterchangeFile<string, V>,
  values: V,
  engagementId: number | null,
) {
  const cells = values as Record<string, unknown>;
  return Object.fromEntries(
    file.key.map((column) =>
      column === 'engagement' && engagementId !== null
        ? ['engagement_id', engagementId]
        : [column, cells[column]],
    ),
  );
}

/** Adds a row and records it in the audit trail, in one transaction. */
export function createRow<R extends { id: number; values: object; version: number }, V extends object>(
  db: Db,
  who: Who,
  table: EditableTable<R, V>,
  values: V,
): Promise<WriteResult<R>> {
  const duplicate = table.duplicate(values);
  return writeInTransaction(db, duplicate, async (trx) => {
    let engagementId: number | null = null;
    if (table.ofEngagement) {
      const found = await engagementForNewRow(trx, (values as V & { engagement: string }).engagement);
      if ('issue' in found) return invalid('values.engagement', found.issue);
      engagementId = found.engagement.id;
    }
    if (await keyTaken(trx, table.table, uniqueKey(table.file, values, engagementId), null)) {
      return invalid(duplicate.path, duplicate.message);
    }
    const { id } = await trx
      .insertInto(table.table)
      .values(storedColumns(values, engagementId) as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return recordCreated(trx, who, table, id);
  });
}

/**
 * Changes a row's values when its version is still the one the caller read (a stale version gets the row as it is
 * now); values equal to the stored ones change nothing.
 */
export function updateRow<R extends { id: number; values: object; version: number }, V extends object>(
  db: Db,
  who: Who,
  table: EditableTable<R, V>,
  input: { id: number; version: number; values: V },
): Promise<WriteResult<R>> {
  const duplicate = table.duplicate(input.values);
  const action = { action: `${table.entity}.update` };
  return writeInTransaction(db, duplicate, (trx) =>
    changeVersioned(trx, who, table, input, action, async (before): Promise<ChangeOutcome<R>> => {
      const engagementId = table.ofEngagement ? table.engagementOf(before) : null;
      const stored = before.values as Record<string, string>;
      const proposed = input.values as Record<string, unknown>;
      if (table.ofEngagement && proposed.engagement !== stored.engagement) {
        return invalid('values.engagement', fixedEngagement(table.ofEngagement, stored.engagement ?? ''));
      }
      const cells = Object.fromEntries(table.file.columns.map((c) => [c, toCell(proposed[c])]));
      const changed = changedColumns(table.file, stored, cells);
      if (changed.length === 0) return 'unchanged';
      if (await keyTaken(trx, table.table, uniqueKey(table.file, input.values, engagementId), input.id)) {
        return invalid(duplicate.path, duplicate.message);
      }
      await writeColumns(trx, table.table, input.id, storedColumns(input.values, engagementId));
      const detail = await table.afterUpdate?.(trx, input.id, changed, input.values);
      return detail === undefined ? { changed: true } : { changed: true, detail };
    }),
  );
}
