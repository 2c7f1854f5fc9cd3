import {
  compareDecimals,
  type InterchangeError,
  type InterchangeFileName,
  type InterchangeRows,
  parseDecimal,
  type SlaLevels,
  type SlaStatus,
  slaJudge,
  slaValueIssue,
  type ValidatedRow,
} from '@portfolio/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import {
  budgetsByCode,
  engagementIdsByCode,
  type SlaRef,
  slaKey,
  slasByCode,
  slasByEngagementId,
  vendorIdsByName,
} from './natural-keys.ts';
import { recomputeMeasurementStatuses } from './recompute-statuses.ts';
import {
  type ColumnOf,
  type Table,
  type UpsertCounts,
  type UpsertRow,
  type UpsertTarget,
  upsertRows,
} from './upsert.ts';

type Trx = Transaction<Database>;

export type WriteCounts = UpsertCounts & { statusesChanged?: number };

/** Valid rows with their natural keys resolved: the keys no database row has, and how to write the rows. */
export type PreparedImport = { errors: InterchangeError[]; write(): Promise<WriteCounts> };

/** Prepares valid rows of a file, a part at a time, with the natural keys it looked up once. */
export type RowPreparer<Row> = (rows: readonly ValidatedRow<Row>[]) => PreparedImport;

/**
 * How a file is imported: `omitted` names the optional columns it leaves out (stored rows keep their values of
 * them); `maySetBudgets` whether the importer may change engagements' annual budgets (finance's part of the terms).
 */
type ImportScope = { omitted: ReadonlySet<string>; maySetBudgets: boolean };

/** Looks up what a file's natural keys refer to (once per import), and gives the preparer of its rows. */
type Importer<Row> = (trx: Trx, scope: ImportScope) => Promise<RowPreparer<Row>>;

/** Looks natural keys up, collecting an error for each unknown one. */
class KeyResolver {
  readonly errors: InterchangeError[] = [];

  find<T>(
    map: ReadonlyMap<string, T>,
    key: string,
    line: number,
    column: string,
    what: () => string,
  ): T | undefined {
    const found = map.get(key);
    if (found === undefined) this.errors.push({ line, column, reason: `unknown ${what()}` });
    return found;
  }
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

/** A file whose rows are stored as they are: its natural key names no other table. */
function asStored<T extends Table, Column extends ColumnOf<T>>(
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

const importVendors: Importer<InterchangeRows['vendors.csv']> = asStored({
  table: 'vendors',
  key: ['name'],
  columns: ['name', 'country', 'certifications', 'notes'],
});

const importEngagements: Importer<InterchangeRows['engagements.csv']> = async (
  trx,
  { omitted, maySetBudgets },
) => {
  const vendors = await vendorIdsByName(trx);
  // Budgets are finance's: for anyone else a budget must stay as stored (or be left out, or empty on a new row).
  const budgets = maySetBudgets || omitted.has('annual_budget') ? null : await budgetsByCode(trx);
  return (rows) => {
    const resolver = new KeyResolver();
    const budgetErrors: InterchangeError[] = [];
    const records = rows.flatMap(({ line, row }) => {
      const { vendor, ...rest } = row;
      if (budgets && !sameDecimal(budgets.get(row.code) ?? null, row.annual_budget)) {
        budgetErrors.push({
          line,
          column: 'annual_budget',
          reason:
            'the annual budget is set by finance (admin or finance role); leave it as stored or leave the column out',
        });
        return [];
      }
      const vendorId = resolver.find(vendors, vendor, line, 'vendor', () => `vendor ${quoted(vendor)}`);
      return vendorId === undefined ? [] : [{ ...rest, vendor_id: vendorId }];
    });
    return {
      errors: [...resolver.errors, ...budgetErrors],
      write: () =>
        upsertRows(
          trx,
          {
            table: 'engagements',
            key: ['code'],
            columns: [
              'code',
              'name',
              'vendor_id',
              'type',
              'service_line',
              'location',
              'business_unit',
              'owner',
              'start_date',
              'end_date',
              'status',
              'pricing_model',
              'currency',
              'annual_budget',
              'at_risk_pct',
              'earn_back_months',
              'baseline_monthly_cost',
              'planned_monthly_savings',
            ],
          },
          records,
          omitted,
        ),
    };
  };
};

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return compareDecimals(parseDecimal(a), parseDecimal(b)) === 0;
}

function sameLevels(a: SlaLevels & { expected: string; minimum: string | null }, b: SlaRef): boolean {
  return (
    a.direction === b.direction && sameDecimal(a.expected, b.expected) && sameDecimal(a.minimum, b.minimum)
  );
}

/** SLAs are upserted; where a stored SLA's levels change, its measurements' statuses are judged again. */
const importSlas: Importer<InterchangeRows['slas.csv']> = async (trx, { omitted }) => {
  const engagements = await engagementIdsByCode(trx);
  const stored = await slasByEngagementId(trx);
  return (rows) => {
    const resolver = new KeyResolver();
    const relevelled: { id: number; levels: SlaLevels }[] = [];
    const records = rows.flatMap(({ line, row }) => {
      const { engagement, ...rest } = row;
      const engagementId = resolver.find(
        engagements,
        engagement,
        line,
        'engagement',
        () => `engagement ${quoted(engagement)}`,
      );
      if (engagementId === undefined) return [];
      const existing = stored.get(slaKey(engagementId, row.code));
      // A file without the minimum column keeps the stored minimum: the levels are judged with it.
      const minimum = existing && omitted.has('minimum') ? existing.minimum : row.minimum;
      const levels = { direction: row.direction, expected: row.expected, minimum };
      if (existing && !sameLevels(levels, existing)) relevelled.push({ id: existing.id, levels });
      return [{ ...rest, engagement_id: engagementId }];
    });
    return {
      errors: resolver.errors,
      async write() {
        const counts = await upsertRows(
          trx,
          {
            table: 'slas',
            key: ['engagement_id', 'code'],
            columns: [
              'engagement_id',
              'code',
              'name',
              'unit',
              'direction',
              'expected',
              'minimum',
              'kind',
              'allocation_pct',
            ],
          },
          records,
          omitted,
        );
        return { ...counts, statusesChanged: await recomputeMeasurementStatuses(trx, relevelled) };
      },
    };
  };
};

/** A measurement's status is the domain's verdict on its actual against its SLA's levels. */
const importMeasurements: Importer<InterchangeRows['measurements.csv']> = async (trx, { omitted }) => {
  const engagements = await engagementIdsByCode(trx);
  const slas = await slasByCode(trx);
  // Each SLA's levels are read once, not once per measurement.
  const judges = new Map<number, (actual: string) => SlaStatus>();
  const judgeOf = (sla: SlaRef) => {
    const known = judges.get(sla.id);
    if (known) return known;
    const judge = slaJudge(sla);
    judges.set(sla.id, judge);
    return judge;
  };
  return (rows) => {
    const resolver = new KeyResolver();
    const unitErrors: InterchangeError[] = [];
    const records = rows.flatMap(({ line, row }) => {
      const { engagement, sla: code, ...rest } = row;
      if (
        resolver.find(
          engagements,
          engagement,
          line,
          'engagement',
          () => `engagement ${quoted(engagement)}`,
        ) === undefined
      ) {
        return [];
      }
      const what = () => `SLA ${quoted(code)} of engagement ${engagement}`;
      const sla = resolver.find(slas, slaKey(engagement, code), line, 'sla', what);
      if (sla === undefined) return [];
      const misfit = slaValueIssue(sla.unit, row.actual);
      if (misfit !== null) {
        unitErrors.push({ line, column: 'actual', reason: `${row.actual} ${misfit}` });
        return [];
      }
      return [{ ...rest, sla_id: sla.id, status: judgeOf(sla)(row.actual) }];
    });
    return {
      errors: [...resolver.errors, ...unitErrors],
      write: () =>
        upsertRows(
          trx,
          {
            table: 'measurements',
            key: ['sla_id', 'period'],
            columns: ['sla_id', 'period', 'actual', 'numerator', 'denominator', 'source', 'note', 'status'],
            types: {
              sla_id: 'integer',
              period: 'text',
              actual: 'numeric',
              numerator: 'numeric',
              denominator: 'numeric',
              source: 'text',
              note: 'text',
              status: 'text',
            },
          },
          records,
          omitted,
        ),
    };
  };
};

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

const importCharges: Importer<InterchangeRows['charges.csv']> = async (trx, { omitted }) => {
  const engagements = await engagementIdsByCode(trx);
  return (rows) => {
    const { errors, records } = withEngagementIds(engagements, rows);
    return {
      errors,
      write: () =>
        upsertRows(
          trx,
          {
            table: 'charges',
            key: ['engagement_id', 'invoice', 'period', 'category'],
            columns: ['engagement_id', 'invoice', 'period', 'category', 'amount'],
          },
          records,
          omitted,
        ),
    };
  };
};

const importDeliverables: Importer<InterchangeRows['deliverables.csv']> = async (trx, { omitted }) => {
  const engagements = await engagementIdsByCode(trx);
  return (rows) => {
    const { errors, records } = withEngagementIds(engagements, rows);
    return {
      errors,
      write: () =>
        upsertRows(
          trx,
          {
            table: 'deliverables',
            key: ['engagement_id', 'code'],
            columns: [
              'engagement_id',
              'code',
              'title',
              'kind',
              'requested_date',
              'due_date',
              'delivered_date',
              'status',
              'quality',
              'revisions',
              'actioned',
              'estimated_value',
            ],
          },
          records,
          omitted,
        ),
    };
  };
};

const importFxRates: Importer<InterchangeRows['fx_rates.csv']> = asStored({
  table: 'fx_rates',
  key: ['currency', 'period'],
  columns: ['currency', 'period', 'rate'],
});

/** How each file is imported once its rows are valid. */
export const IMPORTERS: { [Name in InterchangeFileName]: Importer<InterchangeRows[Name]> } = {
  'vendors.csv': importVendors,
  'engagements.csv': importEngagements,
  'slas.csv': importSlas,
  'measurements.csv': importMeasurements,
  'charges.csv': importCharges,
  'deliverables.csv': importDeliverables,
  'fx_rates.csv': importFxRates,
};
