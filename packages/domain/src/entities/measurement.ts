import { z } from 'zod';
import { measurementsFile } from '../interchange/measurements-file.ts';
import { periodSchema, textSchema } from '../schemas.ts';
import { cellValueSchema, valuesSchema } from './entity-values.ts';
import { rowRefSchema, versionSchema } from './row-ref.ts';

/** A measurement's values: the columns of measurements.csv; `engagement` and `sla` never change. */
export const measurementValuesSchema = valuesSchema(measurementsFile);
export const measurementCreateSchema = z.object({ values: measurementValuesSchema });
export const measurementUpdateSchema = rowRefSchema.extend({ values: measurementValuesSchema });

/** The columns of one SLA's row in the monthly entry grid. */
export const MONTH_ENTRY_COLUMNS = ['actual', 'numerator', 'denominator', 'source', 'note'] as const;
export type MonthEntryColumn = (typeof MONTH_ENTRY_COLUMNS)[number];

const monthEntryRowSchema = z.object({
  sla: textSchema.min(1).max(200),
  /** The version of the SLA's measurement of the month the grid was filled from; null when it had none. */
  version: versionSchema.nullable(),
  values: z.object({
    actual: cellValueSchema,
    numerator: cellValueSchema,
    denominator: cellValueSchema,
    source: cellValueSchema,
    note: cellValueSchema,
  } satisfies Record<MonthEntryColumn, typeof cellValueSchema>),
});

/**
 * A month of one engagement's SLA report as the grid sends it. Each row is checked with the measurements.csv row
 * schema; a row left wholly empty means "no measurement" (one on record is removed), and a row with other cells
 * but no actual is refused. Issues name `rows.<index>.values.<column>`.
 */
export const monthEntrySchema = z
  .object({
    engagement: textSchema.min(1).max(200),
    period: periodSchema,
    rows: z.array(monthEntryRowSchema).max(1000),
  })
  .transform((entry, ctx) => {
    const seen = new Set<string>();
    const rows = entry.rows.map((row, index) => {
      if (seen.has(row.sla)) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'sla'], message: `${row.sla} is given twice` });
      }
      seen.add(row.sla);
      const empty = Object.values(row.values).every((value) => value.trim() === '');
      if (empty) return { sla: row.sla, version: row.version, measurement: null };
      if (row.values.actual.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'values', 'actual'],
          message: 'is required but empty: enter the actual, or clear the row',
        });
        return { sla: row.sla, version: row.version, measurement: null };
      }
      const parsed = measurementsFile.schema.safeParse({
        engagement: entry.engagement,
        sla: row.sla,
        period: entry.period,
        ...row.values,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'values', ...issue.path],
            message: issue.message,
          });
        }
        return { sla: row.sla, version: row.version, measurement: null };
      }
      return { sla: row.sla, version: row.version, measurement: parsed.data };
    });
    return { engagement: entry.engagement, period: entry.period, rows };
  });
export type MonthEntry = z.output<typeof monthEntrySchema>;
export type MonthEntryInput = z.input<typeof monthEntrySchema>;
