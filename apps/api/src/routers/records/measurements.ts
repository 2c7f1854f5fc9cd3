import {
  createMeasurement,
  deleteMeasurement,
  loadMonthEntry,
  saveMonthEntry,
  updateMeasurement,
} from '@portfolio/db';
import {
  measurementCreateSchema,
  measurementUpdateSchema,
  monthEntryInputSchema,
  monthEntrySchema,
  rowRefSchema,
} from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { whoOf } from '../../auth/who.ts';
import { operationsProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

const measurementName = (values: { engagement: string; sla: string; period: string }) =>
  `The measurement of ${values.engagement} ${values.sla} for ${values.period}`;

export const measurementRecordsRouter = router({
  /**
   * A month of an engagement's SLA report for the entry grid: the SLAs in force with their levels, each one's
   * measurement of the month (with its version), the at-risk terms and the month's creditable charges.
   */
  month: readProcedure.input(monthEntryInputSchema).query(async ({ ctx, input }) => {
    const month = await loadMonthEntry(ctx.db, input.engagement, input.period);
    if (!month) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.engagement}` });
    return month;
  }),

  /** Saves a month of the grid all or nothing: inserts, changes or (rows left empty) removes measurements. */
  saveMonth: operationsProcedure
    .input(monthEntrySchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(
        await saveMonthEntry(ctx.db, whoOf(ctx), input),
        `The ${input.period} report of ${input.engagement}`,
      ),
    ),

  create: operationsProcedure
    .input(measurementCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createMeasurement(ctx.db, whoOf(ctx), input.values), measurementName(input.values)),
    ),

  update: operationsProcedure
    .input(measurementUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateMeasurement(ctx.db, whoOf(ctx), input), measurementName(input.values)),
    ),

  /** Removes a measurement entered by mistake: the month becomes unreported (never met). */
  delete: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await deleteMeasurement(ctx.db, whoOf(ctx), input), 'The measurement'),
    ),
});
