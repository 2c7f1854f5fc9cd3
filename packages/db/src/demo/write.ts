import { type Insertable, sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { MEASUREMENT_COLUMN_TYPES } from '../interchange/measurement-rows.ts';
import type { ColumnSqlType } from '../interchange/upsert.ts';
import type { Database, NewEngagement, NewFxRate, NewSla, NewVendor } from '../schema.ts';
import { planEngagementDetail } from './plan.ts';
import type {
  DemoContext,
  EngagementDetail,
  EngagementPlan,
  PlannedCharge,
  PlannedDeliverable,
  PlannedFxRate,
  PlannedMeasurement,
  PlannedVendor,
} from './plan-types.ts';

/** Rows written per table. */
export interface DemoCounts {
  vendors: number;
  engagements: number;
  slas: number;
  measurements: number;
  charges: number;
  deliverables: number;
  fxRates: number;
}

/** PostgreSQL's limit of bind parameters in one statement (a 16-bit count). */
const MAX_PARAMETERS = 65_535;
/** Engagements whose details are generated and written together: bounds memory at any scale (~20k measurements). */
const ENGAGEMENTS_PER_CHUNK = 200;
/** Rows per bulk INSERT … SELECT FROM unnest(…): one parameter per column, so the size is free; this keeps it modest. */
const ROWS_PER_UNNEST = 20_000;

/** How many rows of `columns` values fit in one INSERT. */
function rowsPerInsert(columns: number): number {
  return Math.floor(MAX_PARAMETERS / columns);
}

/** Runs `insert` over consecutive batches that each stay under the parameter limit; collects what it returns. */
async function inBatches<T, R>(
  rows: readonly T[],
  insert: (batch: T[]) => Promise<R[]>,
  columns = columnCount(rows[0]),
): Promise<R[]> {
  const size = rowsPerInsert(columns);
  const results: R[] = [];
  for (let start = 0; start < rows.length; start += size) {
    results.push(...(await insert(rows.slice(start, start + size))));
  }
  return results;
}

function columnCount(row: unknown): number {
  return row && typeof row === 'object' ? Object.keys(row).length : 1;
}

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what}: ${String(key)}`);
  return value;
}

/**
 * Writes a planned portfolio with multi-row inserts, never row by row: vendors and engagements first (their ids
 * returned to map natural keys), then the engagements' details chunk by chunk, so that even a million measurements
 * are never all in memory. Run it inside a transaction.
 */
export async function writeDemo(
  db: Db,
  context: DemoContext,
  vendors: readonly PlannedVendor[],
  plans: readonly EngagementPlan[],
  fxRates: readonly PlannedFxRate[],
): Promise<DemoCounts> {
  const counts: DemoCounts = {
    vendors: 0,
    engagements: 0,
    slas: 0,
    measurements: 0,
    charges: 0,
    deliverables: 0,
    fxRates: 0,
  };
  const vendorRows: NewVendor[] = vendors.map((vendor) => ({ ...vendor }));
  const vendorIds = new Map(
    (
      await inBatches(vendorRows, (batch) =>
        db.insertInto('vendors').values(batch).returning(['id', 'name']).execute(),
      )
    ).map((row) => [row.name, row.id]),
  );
  counts.vendors = vendorIds.size;

  const engagementRows: NewEngagement[] = plans.map(({ row: { vendor, ...row } }) => ({
    ...row,
    vendor_id: lookup(vendorIds, vendor, 'vendor'),
  }));
  const engagementIds = new Map(
    (
      await inBatches(engagementRows, (batch) =>
        db.insertInto('engagements').values(batch).returning(['id', 'code']).execute(),
      )
    ).map((row) => [row.code, row.id]),
  );
  counts.engagements = engagementIds.size;

  for (let start = 0; start < plans.length; start += ENGAGEMENTS_PER_CHUNK) {
    const details = plans
      .slice(start, start + ENGAGEMENTS_PER_CHUNK)
      .map((plan) => planEngagementDetail(plan, context));
    const written = await writeDetails(db, details, engagementIds);
    counts.slas += written.slas;
    counts.measurements += written.measurements;
    counts.charges += written.charges;
    counts.deliverables += written.deliverables;
  }

  const fxRows: NewFxRate[] = fxRates.map((rate) => ({ ...rate }));
  // Rates already on record (imported before) are kept; the count says how many the demo added.
  const insertedRates = await inBatches(fxRows, (batch) =>
    db
      .insertInto('fx_rates')
      .values(batch)
      .onConflict((conflict) => conflict.columns(['currency', 'period']).doNothing())
      .returning('currency')
      .execute(),
  );
  counts.fxRates = insertedRates.length;
  return counts;
}

async function writeDetails(
  db: Db,
  details: readonly EngagementDetail[],
  engagementIds: ReadonlyMap<string, number>,
): Promise<Omit<DemoCounts, 'vendors' | 'engagements' | 'fxRates'>> {
  const engagementId = (code: string) => lookup(engagementIds, code, 'engagement');
  const slaRows: NewSla[] = details.flatMap((detail) =>
    detail.slas.map(({ engagement, ...sla }) => ({ ...sla, engagement_id: engagementId(engagement) })),
  );
  const slaIds = new Map(
    (
      await inBatches(slaRows, (batch) =>
        db.insertInto('slas').values(batch).returning(['id', 'engagement_id', 'code']).execute(),
      )
    ).map((row) => [`${row.engagement_id}|${row.code}`, row.id]),
  );
  const measurementRows: MeasurementInsert[] = details.flatMap((detail) =>
    detail.measurements.map(({ engagement, sla, ...measurement }) => ({
      ...measurement,
      sla_id: lookup(slaIds, `${engagementId(engagement)}|${sla}`, 'SLA'),
    })),
  );
  const chargeRows: ChargeInsert[] = details.flatMap((detail) =>
    detail.charges.map(({ engagement, ...charge }) => ({
      ...charge,
      engagement_id: engagementId(engagement),
    })),
  );
  const deliverableRows: DeliverableInsert[] = details.flatMap((detail) =>
    detail.deliverables.map(({ engagement, ...deliverable }) => ({
      ...deliverable,
      engagement_id: engagementId(engagement),
    })),
  );
  await insertByColumns(db, 'measurements', MEASUREMENT_COLUMNS, measurementRows);
  await insertByColumns(db, 'charges', CHARGE_COLUMNS, chargeRows);
  await insertByColumns(db, 'deliverables', DELIVERABLE_COLUMNS, deliverableRows);
  return {
    slas: slaIds.size,
    measurements: measurementRows.length,
    charges: chargeRows.length,
    deliverables: deliverableRows.length,
  };
}

type MeasurementInsert = Omit<PlannedMeasurement, 'engagement' | 'sla'> & { sla_id: number };
type ChargeInsert = Omit<PlannedCharge, 'engagement'> & { engagement_id: number };
type DeliverableInsert = Omit<PlannedDeliverable, 'engagement'> & { engagement_id: number };

/** Every column of a row with its PostgreSQL type, for the array that carries the column's values. */
type ColumnTypes<Row> = {
  readonly [Column in keyof Row]-?: ColumnSqlType;
};

const MEASUREMENT_COLUMNS: ColumnTypes<MeasurementInsert> = MEASUREMENT_COLUMN_TYPES;
const CHARGE_COLUMNS: ColumnTypes<ChargeInsert> = {
  engagement_id: 'integer',
  invoice: 'text',
  period: 'text',
  category: 'text',
  amount: 'numeric',
};
const DELIVERABLE_COLUMNS: ColumnTypes<DeliverableInsert> = {
  engagement_id: 'integer',
  code: 'text',
  title: 'text',
  kind: 'text',
  requested_date: 'date',
  due_date: 'date',
  delivered_date: 'date',
  status: 'text',
  quality: 'smallint',
  revisions: 'integer',
  actioned: 'boolean',
  estimated_value: 'numeric',
};

/**
 * Bulk insert of the big tables: each column's values travel as one array parameter and `unnest` turns them back
 * into rows. One parameter per column instead of one per value, and about twice as fast as a VALUES list on
 * both PostgreSQL and PGlite. The row type must be insertable into the table, so a wrong column does not compile.
 */
async function insertByColumns<
  Table extends 'measurements' | 'charges' | 'deliverables',
  Row extends Insertable<Database[Table]>,
>(db: Db, table: Table, types: ColumnTypes<Row>, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(types) as (keyof Row & string)[];
  for (let start = 0; start < rows.length; start += ROWS_PER_UNNEST) {
    const batch = rows.slice(start, start + ROWS_PER_UNNEST);
    const arrays = columns.map(
      (column) => sql`${batch.map((row) => row[column])}::${sql.raw(types[column])}[]`,
    );
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      select * from unnest(${sql.join(arrays)})`.execute(db);
  }
}
