import { z } from 'zod';
import { name, optional, required, text } from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

export const vendorCsvRowSchema = z.object({
  name: required(name),
  country: optional(name),
  certifications: optional(text),
  notes: optional(text),
});
export type VendorCsvRow = z.output<typeof vendorCsvRowSchema>;

/** vendors.csv, keyed by name. */
export const vendorsFile: InterchangeFile<'vendors.csv', VendorCsvRow> = {
  name: 'vendors.csv',
  columns: ['name', 'country', 'certifications', 'notes'],
  required: ['name'],
  key: ['name'],
  schema: vendorCsvRowSchema,
};
