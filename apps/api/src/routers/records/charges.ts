import { createCharge, deleteCharge, listChargeRecords, updateCharge } from '@portfolio/db';
import { chargeCreateSchema, chargeRowsSchema, chargeUpdateSchema, rowRefSchema } from '@portfolio/domain';
import { whoOf } from '../../auth/who.ts';
import { financeProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

const chargeName = (values: { engagement: string; invoice: string; category: string; period: string }) =>
  `The ${values.category} line of invoice ${values.invoice} (${values.engagement}, ${values.period})`;

export const chargeRecordsRouter = router({
  /** An engagement's charge lines of a range of months with their versions, latest first. */
  list: readProcedure.input(chargeRowsSchema).query(({ ctx, input }) => listChargeRecords(ctx.db, input)),

  create: financeProcedure
    .input(chargeCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createCharge(ctx.db, whoOf(ctx), input.values), chargeName(input.values)),
    ),

  update: financeProcedure
    .input(chargeUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateCharge(ctx.db, whoOf(ctx), input), chargeName(input.values)),
    ),

  delete: financeProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await deleteCharge(ctx.db, whoOf(ctx), input), 'The charge'),
    ),
});
