import {
  archiveEngagement,
  createEngagement,
  loadEngagementRecord,
  setEngagementBudget,
  updateEngagement,
} from '@portfolio/db';
import {
  allows,
  engagementBudgetSchema,
  engagementCodeSchema,
  engagementCreateSchema,
  engagementUpdateSchema,
  rowRefSchema,
} from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { whoOf } from '../../auth/who.ts';
import { financeProcedure, operationsProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

export const engagementRecordsRouter = router({
  /** One engagement's values and version for its edit form, with the BPO/KPO guide's stored answers. */
  get: readProcedure.input(engagementCodeSchema).query(async ({ ctx, input }) => {
    const record = await loadEngagementRecord(ctx.db, input.code);
    if (!record) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.code}` });
    return record;
  }),

  /** A new engagement, with the guide's answers when the guide was used; the type is the user's decision. */
  create: operationsProcedure.input(engagementCreateSchema).mutation(async ({ ctx, input }) => {
    const maySetBudget = allows('finance', ctx.principal.role);
    const result = await createEngagement(ctx.db, whoOf(ctx), input, { maySetBudget });
    return unwrapWrite(result, `Engagement ${input.values.code}`);
  }),

  /** The engagement's terms; its annual budget only for finance (admin, finance), as `setBudget` does. */
  update: operationsProcedure.input(engagementUpdateSchema).mutation(async ({ ctx, input }) => {
    const maySetBudget = allows('finance', ctx.principal.role);
    const result = await updateEngagement(ctx.db, whoOf(ctx), input, { maySetBudget });
    return unwrapWrite(result, `Engagement ${input.values.code}`);
  }),

  /** Finance's part of the terms: the annual budget the Spend page and the budget alerts judge against. */
  setBudget: financeProcedure
    .input(engagementBudgetSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await setEngagementBudget(ctx.db, whoOf(ctx), input), 'The engagement'),
    ),

  /** Archives an engagement (status `archived`); everything recorded on it stays. */
  archive: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await archiveEngagement(ctx.db, whoOf(ctx), input), 'The engagement'),
    ),
});
