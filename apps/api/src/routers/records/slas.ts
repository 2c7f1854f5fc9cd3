import { createSla, listSlaRecords, setSlaArchived, updateSla } from '@portfolio/db';
import { engagementRowsSchema, rowRefSchema, slaCreateSchema, slaUpdateSchema } from '@portfolio/domain';
import { whoOf } from '../../auth/who.ts';
import { operationsProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

const slaName = (values: { engagement: string; code: string }) => `SLA ${values.engagement} ${values.code}`;

export const slaRecordsRouter = router({
  /** An engagement's SLAs with their versions, archived ones included. */
  list: readProcedure
    .input(engagementRowsSchema)
    .query(({ ctx, input }) => listSlaRecords(ctx.db, input.engagement)),

  create: operationsProcedure
    .input(slaCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createSla(ctx.db, whoOf(ctx), input.values), slaName(input.values)),
    ),

  /** Changes an SLA; new levels judge its stored measurements again in the same transaction. */
  update: operationsProcedure
    .input(slaUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateSla(ctx.db, whoOf(ctx), input), slaName(input.values)),
    ),

  /** Archives an SLA: it leaves reports and the monthly entry; its measurements and history stay. */
  archive: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await setSlaArchived(ctx.db, whoOf(ctx), { ...input, archived: true }), 'The SLA'),
    ),

  restore: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await setSlaArchived(ctx.db, whoOf(ctx), { ...input, archived: false }), 'The SLA'),
    ),
});
