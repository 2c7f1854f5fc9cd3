import { z } from 'zod';
import { measure, name, nonNegative, optional, period, positive, required, text } from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

export const measurementCsvRowSchema = z.object({
  engagement: required(name),
  sla: required(name),
  period: required(period),
  actual: required(measure),
  numerator: optional(nonNegative({ what: 'a number' })),
  denominator: optional(positive({ what: 'a number' })),
  source: optional(name),
  note: optional(text),
});
export type MeasurementCsvRow = z.output<typeof measurementCsvRowSchema>;

/** measurements.csv, keyed by engagement code, SLA code and month. */
export const measurementsFile: InterchangeFile<'measurements.csv', MeasurementCsvRow> = {
  name: 'measurements.csv',
  columns: ['engagement', 'sla', 'period', 'actual', 'numerator', 'denominator', 'source', 'note'],
  required: ['engagement', 'sla', 'period', 'actual'],
  key: ['engagement', 'sla', 'period'],
  schema: measurementCsvRowSchema,
};
