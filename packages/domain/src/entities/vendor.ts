import { z } from 'zod';
import { vendorsFile } from '../interchange/vendors-file.ts';
import { valuesSchema } from './entity-values.ts';
import { rowRefSchema } from './row-ref.ts';

/** A vendor's values: the columns of vendors.csv. */
export const vendorValuesSchema = valuesSchema(vendorsFile);
export const vendorCreateSchema = z.object({ values: vendorValuesSchema });
export const vendorUpdateSchema = rowRefSchema.extend({ values: vendorValuesSchema });
