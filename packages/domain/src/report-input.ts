import { z } from 'zod';
import { ENGAGEMENT_TYPES, LOCATIONS, SERVICE_LINES } from './enums.ts';
import { checkRange, periodSchema, textSchema } from './schemas.ts';

/** Which engagements a report or series covers; an absent or empty list means "all". */
export const engagementFilterSchema = z.object({
  vendors: z.array(textSchema.min(1)).max(200).optional(),
  types: z.array(z.enum(ENGAGEMENT_TYPES)).optional(),
  serviceLines: z.array(z.enum(SERVICE_LINES)).optional(),
  locations: z.array(z.enum(LOCATIONS)).optional(),
  businessUnits: z.array(textSchema.min(1)).max(200).optional(),
  engagements: z.array(textSchema.min(1)).max(1000).optional(),
});
export type EngagementFilter = z.infer<typeof engagementFilterSchema>;

/** A range of whole months and the engagements to cover (DESIGN.md, report contract). */
export const reportInputSchema = engagementFilterSchema
  .extend({ from: periodSchema, to: periodSchema })
  .superRefine(checkRange);
export type ReportInput = z.infer<typeof reportInputSchema>;
