import { compareDecimals, type InterchangeError, parseDecimal, type ValidatedRow } from '@portfolio/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { KeyResolver, quoted } from './key-resolver.ts';
import { engagementIdsByCode } from './natural-keys.ts';
import {
  type ColumnOf,
  type Table,
  type UpsertCounts,
  type UpsertRow,
  type UpsertTarget,
  upsertRows,
} from './upsert.ts';

// What every file's importer is made of: the shapes of an import, the lookup of natural keys with an error for each
// unknown one, and the two common kinds of file (stored as they are; rows of an engagement, named by its code).

export type Trx = Transaction<Database>;

export type WriteCounts = UpsertCounts & { statusesChanged?: number };

/** Valid rows with their natural keys resolved: the keys no database row has, and how to write the rows. */
export type PreparedImport = { errors: InterchangeError[]; write(): Promise<WriteCounts> };

/** Prepares valid rows of a file, a part at a time, with the natural keys it looked up once. */
export type RowPreparer<Row> = (rows: readonly ValidatedRow<Row>[]) => PreparedImport;

/**
 * How a file is imported: `omitted` names the optional columns it leaves out (stored rows keep their values of
 * them); `maySetBudgets` whether the importer may change engagements' annual budgets (finance's part of the terms).
 */
export type ImportScope = { omitted: ReadonlySet<string>; maySetBudgets: boolean };

/** Looks up what a file's natural keys refer to (once per import), and gives the preparer of its rows. */
export type Importer<Row> = (trx: Trx, scope: ImportScope) => Promise<RowPreparer<Row>>;

/** A file whose rows are stored as they are: its natural key names no other table. */
export function asStored<T extends Table, Column extends ColumnOf<T>>(
  target: UpsertTarget<T, Column>,
): Importer<UpsertRow<T, Column>> {
  return async (trx, { omitted }) =>
    (rows) => ({
      errors: [],
      write: () =>
        upsertRows(
          trx,
          target,
          rows.map(({ row }) => row),
          omitted,
        ),
    });
}

export function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return compareDecimals(parseDecimal(a), parseDecimal(b)) === 0;
}

/** The rows of a file that refers to engagements by code, with `engagement_id` in place of the code. */
function withEngagementIds<Row extends { engagement: string }>(
  engagements: ReadonlyMap<string, number>,
  rows: readonly ValidatedRow<Row>[],
): { errors: InterchangeError[]; records: (Omit<Row, 'engagement'> & { engagement_id: number })[] } {
  const resolver = new KeyResolver();
  const records = rows.flatMap(({ line, row }) => {
    const { engagement, ...rest } = row;
    const id = resolver.find(
      engagements,
      engagement,
      line,
      'engagement',
      () => `engagement ${quoted(engagement)}`,
    );
    return id === undefined ? [] : [{ ...rest, engagement_id: id }];
  });
  return { errors: resolver.errors, records };
}

/** A row of a file naming its engagement by code, for a table that stores the engagement's id. */
type EngagementFileRow<T extends Table, Column extends ColumnOf<T>> = Omit<
  UpsertRow<T, Column>,
  'engagement_id'
> & {
  engagement: string;
};

/**
 * A file of an engagement's rows (charges, deliverables): each row's engagement code becomes its id. The file's rows
 * must carry every column of the target but the id: the importer's type checks that where it is declared.
 */
export function ofEngagements<T extends Table, Column extends ColumnOf<T>>(
  target: UpsertTarget<T, Column>,
): Importer<EngagementFileRow<T, Column>> {
  return async (trx, { omitted }) => {
    const engagements = await engagementIdsByCode(trx);
    return (rows) => {
      const { errors, records } = withEngagementIds(engagements, rows);
      // `Omit<X, 'engagement_id'> & { engagement_id }` is X, which TypeScript cannot see through the generics.
      return {
        errors,
        write: () => upsertRows(trx, target, records as unknown as UpsertRow<T, Column>[], omitted),
      };
    };
  };
}
