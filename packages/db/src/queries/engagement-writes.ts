import {
  type ClassificationAnswers,
  changedColumns,
  compareDecimals,
  type EngagementCsvRow,
  type EntityValues,
  engagementsFile,
  parseDecimal,
  type StoredClassification,
  storedClassification,
  toCell,
} from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { fileColumns, fileValues } from '../interchange/file-columns.ts';
import { transact } from '../transact.ts';
import { keyTaken, lockRow, writeColumns } from './versioned-table.ts';
import {
  changeVersioned,
  invalid,
  recordCreated,
  snapshot,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
} from './write-support.ts';

/** An engagement as the data-entry forms edit it: its terms, credit terms and baseline, and the guide's answers. */
export type EngagementRecord = {
  id: number;
  version: number;
  values: EntityValues<'engagements.csv'>;
  classification: StoredClassification | null;
};

function selectEngagements(db: Db | Trx) {
  return db
    .selectFrom('engagements as e')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .select(['e.id', 'e.version', 'e.classification'])
    .select(fileColumns('engagements.csv', 'e'));
}

type EngagementSelection = Awaited<
  ReturnType<ReturnType<typeof selectEngagements>['executeTakeFirstOrThrow']>
>;

function toRecord(row: EngagementSelection): EngagementRecord {
  const { id, version, classification } = row;
  const values = fileValues('engagements.csv', row);
  return { id, version, values, classification: (classification as StoredClassification | null) ?? null };
}

/** One engagement by code, for its edit form; undefined when there is none. */
export async function loadEngagementRecord(db: Db, code: string): Promise<EngagementRecord | undefined> {
  const row = await selectEngagements(db).where('e.code', '=', code).executeTakeFirst();
  return row && toRecord(row);
}

async function readEngagement(trx: Trx, id: number): Promise<EngagementRecord | undefined> {
  const row = await selectEngagements(trx).where('e.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

const duplicateCode = (code: string) => ({
  path: 'values.code',
  message: `engagement code ${code} is taken by another engagement`,
});

const codeTaken = (trx: Trx, code: string, exceptId: number | null) =>
  keyTaken(trx, 'engagements', { code }, exceptId);

/** The vendor's id; an unknown vendor, or an archived one newly chosen, is an issue. */
async function vendorFor(
  trx: Trx,
  name: string,
  current: string | null,
): Promise<{ id: number } | { issue: string }> {
  const vendor = await trx
    .selectFrom('vendors')
    .select(['id', 'archived_at'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (!vendor) return { issue: `unknown vendor "${name}": add the vendor first` };
  if (vendor.archived_at !== null && name !== current) {
    return { issue: `vendor "${name}" is archived: restore it before giving it engagements` };
  }
  return { id: vendor.id };
}

function columnsOf(values: EngagementCsvRow, vendorId: number) {
  const { vendor: _vendor, ...rest } = values;
  return { ...rest, vendor_id: vendorId };
}

const auditedSnapshot = (record: EngagementRecord) =>
  snapshot(record, { classification: record.classification });

/** Engagements as versioned rows: locked by id, named by code. */
const ENGAGEMENTS: VersionedRows<EngagementRecord> = {
  entity: 'engagement',
  missing: (id) => `No engagement with id ${id}`,
  lock: (trx, id) => lockRow(trx, 'engagements', id, readEngagement),
  keyOf: (record) => record.values.code,
  engagementOf: (record) => record.id,
  audited: auditedSnapshot,
};

/** Budgets are finance's: operations edit an engagement's terms, but not its annual budget. */
export const BUDGET_IS_FINANCES = 'the annual budget is set by finance (admin or finance role)';

/** Whether two budgets differ, exactly (1000 and 1000.00 do not; empty and null are both none). */
function budgetDiffers(a: string | null, b: string | null): boolean {
  const [x, y] = [a || null, b || null];
  return x === null || y === null ? x !== y : compareDecimals(parseDecimal(x), parseDecimal(y)) !== 0;
}

export function createEngagement(
  db: Db,
  who: Who,
  input: { values: EngagementCsvRow; classification: ClassificationAnswers | null },
  options: { maySetBudget: boolean } = { maySetBudget: true },
): Promise<WriteResult<EngagementRecord>> {
  return writeInTransaction(db, duplicateCode(input.values.code), async (trx) => {
    if (!options.maySetBudget && input.values.annual_budget !== null) {
      return invalid('values.annual_budget', BUDGET_IS_FINANCES);
    }
    const vendor = await vendorFor(trx, input.values.vendor, null);
    if ('issue' in vendor) return invalid('values.vendor', vendor.issue);
    if (await codeTaken(trx, input.values.code, null)) {
      return invalid('values.code', duplicateCode(input.values.code).message);
    }
    const classification = input.classification ? storedClassification(input.classification) : null;
    const { id } = await trx
      .insertInto('engagements')
      .values({
        ...columnsOf(input.values, vendor.id),
        classification: classification === null ? null : JSON.stringify(classification),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return recordCreated(trx, who, ENGAGEMENTS, id);
  });
}

/**
 * Changes an engagement's terms when its version is still `version`. `classification` undefined keeps the guide's
 * stored answers, null removes them.
 */
export function updateEngagement(
  db: Db,
  who: Who,
  input: {
    id: number;
    version: number;
    values: EngagementCsvRow;
    classification?: ClassificationAnswers | null | undefined;
  },
  options: { maySetBudget: boolean } = { maySetBudget: true },
): Promise<WriteResult<EngagementRecord>> {
  return writeInTransaction(db, duplicateCode(input.values.code), (trx) =>
    changeVersioned(trx, who, ENGAGEMENTS, input, { action: 'engagement.update' }, async (before) => {
      if (!options.maySetBudget && budgetDiffers(before.values.annual_budget, input.values.annual_budget)) {
        return invalid('values.annual_budget', BUDGET_IS_FINANCES);
      }
      const classification =
        input.classification === undefined
          ? before.classification
          : input.classification && storedClassification(input.classification);
      const proposed = Object.fromEntries(engagementsFile.columns.map((c) => [c, toCell(input.values[c])]));
      const valuesChanged = changedColumns(engagementsFile, before.values, proposed).length > 0;
      const classificationChanged = JSON.stringify(classification) !== JSON.stringify(before.classification);
      if (!valuesChanged && !classificationChanged) return 'unchanged';
      const vendor = await vendorFor(trx, input.values.vendor, before.values.vendor);
      if ('issue' in vendor) return invalid('values.vendor', vendor.issue);
      if (await codeTaken(trx, input.values.code, input.id)) {
        return invalid('values.code', duplicateCode(input.values.code).message);
      }
      await writeColumns(trx, 'engagements', input.id, {
        ...columnsOf(input.values, vendor.id),
        classification: classification === null ? null : JSON.stringify(classification),
      });
      return { changed: true };
    }),
  );
}

/** Sets an engagement's annual budget (finance's part of its terms) when its version is still `version`. */
export function setEngagementBudget(
  db: Db,
  who: Who,
  input: { id: number; version: number; annualBudget: string | null },
): Promise<WriteResult<EngagementRecord>> {
  // Setting a budget touches no unique key: the duplicate issue cannot arise.
  const noDuplicate = { path: 'annualBudget', message: 'not saved' };
  return writeInTransaction(db, noDuplicate, (trx) =>
    changeVersioned(trx, who, ENGAGEMENTS, input, { action: 'engagement.budget' }, async (before) => {
      if (!budgetDiffers(before.values.annual_budget, input.annualBudget)) return 'unchanged';
      await writeColumns(trx, 'engagements', input.id, { annual_budget: input.annualBudget });
      return { changed: true };
    }),
  );
}

/**
 * Archives an engagement: its status becomes `archived`; its SLAs, measurements, charges and history stay.
 * (Its status can be set back in the form.)
 */
export function archiveEngagement(
  db: Db,
  who: Who,
  input: { id: number; version: number },
): Promise<WriteResult<EngagementRecord>> {
  return transact(db, (trx) =>
    changeVersioned(trx, who, ENGAGEMENTS, input, { action: 'engagement.archive' }, async (before) => {
      if (before.values.status === 'archived') return 'unchanged';
      await writeColumns(trx, 'engagements', input.id, { status: 'archived' });
      return { changed: true };
    }),
  );
}
