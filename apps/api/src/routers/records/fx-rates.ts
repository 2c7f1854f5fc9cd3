import { createFxRate, deleteFxRate, listFxRateRecords, updateFxRate } from '@portfolio/db';
import { fxRateCreateSchema, fxRateRefSchema, fxRateRowsSchema, fxRateUpdateSchema } from '@portfolio/domain';
import { whoOf } from '../../auth/who.ts';
import { financeProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

const rateName = (key: { currency: string; period: string }) => `The ${key.currency} rate of ${key.period}`;

export const fxRateRecordsRouter = router({
  /** The FX rates of a range of months (one currency or all) with their versions, latest first. */
  list: readProcedure.input(fxRateRowsSchema).query(({ ctx, input }) => listFxRateRecords(ctx.db, input)),

  create: financeProcedure
    .input(fxRateCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createFxRate(ctx.db, whoOf(ctx), input.values), rateName(input.values)),
    ),

  update: financeProcedure
    .input(fxRateUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateFxRate(ctx.db, whoOf(ctx), input), rateName(input.values)),
    ),

  /** Removes a rate entered by mistake; reports then name the missing rate, never take it as 1. */
  delete: financeProcedure
    .input(fxRateRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await deleteFxRate(ctx.db, whoOf(ctx), input), rateName(input)),
    ),
});
