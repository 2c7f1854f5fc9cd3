import {
  createDeliverable,
  deleteDeliverable,
  listDeliverableRecords,
  updateDeliverable,
} from '@portfolio/db';
import {
  deliverableCreateSchema,
  deliverableUpdateSchema,
  engagementRowsSchema,
  rowRefSchema,
} from '@portfolio/domain';
import { whoOf } from '../../auth/who.ts';
import { operationsProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

const deliverableName = (values: { engagement: string; code: string }) =>
  `Deliverable ${values.engagement} ${values.code}`;

export const deliverableRecordsRouter = router({
  /** An engagement's deliverables with their versions, latest due first. */
  list: readProcedure
    .input(engagementRowsSchema)
    .query(({ ctx, input }) => listDeliverableRecords(ctx.db, input.engagement)),

  create: operationsProcedure
    .input(deliverableCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createDeliverable(ctx.db, whoOf(ctx), input.values), deliverableName(input.values)),
    ),

  update: operationsProcedure
    .input(deliverableUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateDeliverable(ctx.db, whoOf(ctx), input), deliverableName(input.values)),
    ),

  delete: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await deleteDeliverable(ctx.db, whoOf(ctx), input), 'The deliverable'),
    ),
});
