import {
  type InterchangeError,
  type InterchangeRows,
  type SlaStatus,
  slaJudge,
  slaValueIssue,
  type ValidatedRow,
} from '@portfolio/domain';
import { KeyResolver, quoted } from './key-resolver.ts';
import { type SlaRef, slaKey } from './natural-keys.ts';
import type { ColumnSqlType, UpsertRow, UpsertTarget } from './upsert.ts';

// How valid rows of measurements.csv become rows of `measurements`, with no database at hand: the import runs it
// beside the writing, or in a thread of its own for a big file (measurements-in-worker.ts).

/**
 * The SQL type of each stored column of a measurement, in the order the columns are written: the import stages its
 * rows with them (`UpsertTarget.types`) and the demo sends each column's values as an array of them.
 */
export const MEASUREMENT_COLUMN_TYPES = {
  sla_id: 'integer',
  period: 'text',
  actual: 'numeric',
  numerator: 'numeric',
  denominator: 'numeric',
  source: 'text',
  note: 'text',
  status: 'text',
} as const satisfies Readonly<Record<string, ColumnSqlType>>;

export type MeasurementRecord = UpsertRow<'measurements', keyof typeof MEASUREMENT_COLUMN_TYPES>;

/** What measurements name, looked up once per import: engagement ids by code, SLAs by `slaKey(code, code)`. */
export type MeasurementKeys = { engagements: ReadonlyMap<string, number>; slas: ReadonlyMap<string, SlaRef> };

/** Where an import writes measurements: upserted on their SLA and month, through COPY text of these columns. */
export const MEASUREMENTS_TARGET: UpsertTarget<'measurements', keyof typeof MEASUREMENT_COLUMN_TYPES> = {
  table: 'measurements',
  key: ['sla_id', 'period'],
  columns: Object.keys(MEASUREMENT_COLUMN_TYPES) as (keyof typeof MEASUREMENT_COLUMN_TYPES)[],
  types: MEASUREMENT_COLUMN_TYPES,
};

/**
 * Resolves valid rows against the keys: each row's SLA id, and its status, the domain's verdict on its actual
 * against its SLA's levels; an error for each unknown engagement or SLA and each actual its SLA's unit cannot hold.
 * Made once per import, so that each SLA's levels are read once, not once per measurement.
 */
export function measurementResolver(keys: MeasurementKeys) {
  const judges = new Map<number, (actual: string) => SlaStatus>();
  const judgeOf = (sla: SlaRef) => {
    const known = judges.get(sla.id);
    if (known) return known;
    const judge = slaJudge(sla);
    judges.set(sla.id, judge);
    return judge;
  };
  return (rows: readonly ValidatedRow<InterchangeRows['measurements.csv']>[]) => {
    const resolver = new KeyResolver();
    const unitErrors: InterchangeError[] = [];
    // One plain loop and one object per row: a file of a million rows is prepared without a copy of each in between.
    const records: MeasurementRecord[] = [];
    for (const { line, row } of rows) {
      const { engagement, sla: code } = row;
      const what = () => `engagement ${quoted(engagement)}`;
      if (resolver.find(keys.engagements, engagement, line, 'engagement', what) === undefined) continue;
      const sla = resolver.find(
        keys.slas,
        slaKey(engagement, code),
        line,
        'sla',
        () => `SLA ${quoted(code)} of engagement ${engagement}`,
      );
      if (sla === undefined) continue;
      const misfit = slaValueIssue(sla.unit, row.actual);
      if (misfit !== null) {
        unitErrors.push({ line, column: 'actual', reason: `${row.actual} ${misfit}` });
        continue;
      }
      records.push({
        sla_id: sla.id,
        period: row.period,
        actual: row.actual,
        numerator: row.numerator,
        denominator: row.denominator,
        source: row.source,
        note: row.note,
        status: judgeOf(sla)(row.actual),
      });
    }
    return { records, errors: [...resolver.errors, ...unitErrors] };
  };
}
