import { z } from 'zod';
import { ENGAGEMENT_TYPES, LOCATIONS, SERVICE_LINES } from './enums.ts';
import { SERIES_DIMENSIONS } from './portfolio/series.ts';
import { checkRange, periodRangeSchema, periodSchema, textSchema } from './schemas.ts';

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

/** At most `max` rows of a list, `fallback` when not asked: every list a page shows is bounded. */
export const rowLimit = (max: number, fallback: number) =>
  z.object({ limit: z.number().int().min(1).max(max).default(fallback) });

/** A series of the report's figures: the total or one point per dimension's value, per month or for the range. */
export const seriesInputSchema = reportInputSchema.and(
  z.object({
    by: z.enum(SERIES_DIMENSIONS).default('total'),
    perMonth: z.boolean().default(true),
    /** Only the points of highest net cost, this many (a chart of the top engagements, vendors…). */
    top: z.number().int().min(1).max(1000).optional(),
  }),
);
export type SeriesInput = z.infer<typeof seriesInputSchema>;

/** The SLA status grid: a report's range and filter, at most this many SLA rows. */
export const slaGridInputSchema = reportInputSchema.and(rowLimit(2000, 300));

/** A list over a report's range and filter (breaches, overdue deliverables…). */
export const reportListInputSchema = reportInputSchema.and(rowLimit(1000, 200));

/** One engagement's SLAs (or one of them) month by month over a range. */
export const slaTrendInputSchema = periodRangeSchema.and(
  z.object({ engagement: textSchema.min(1).max(100), sla: textSchema.min(1).max(100).optional() }),
);
