import { archiveEngagement, createEngagement, loadEngagementRecord, updateEngagement } from '@portfolio/db';
import { engagementCreateSchema, engagementUpdateSchema, rowRefSchema, textSchema } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { whoOf } from '../../auth/who.ts';
import { operationsProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

export const engagementRecordsRouter = router({
  /** One engagement's values and version for its edit form, with the BPO/KPO guide's stored answers. */
  get: readProcedure.input(z.object({ code: textSchema.min(1).max(200) })).query(async ({ ctx, input }) => {
    const record = await loadEngagementRecord(ctx.db, input.code);
    if (!record) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.code}` });
    return record;
  }),

  /** A new engagement, with the guide's answers when the guide was used; the type is the user's decision. */
  create: operationsProcedure
    .input(engagementCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createEngagement(ctx.db, whoOf(ctx), input), `Engagement ${input.values.code}`),
    ),

  update: operationsProcedure
    .input(engagementUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateEngagement(ctx.db, whoOf(ctx), input), `Engagement ${input.values.code}`),
    ),

  /** Archives an engagement (status `archived`); everything recorded on it stays. */
  archive: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await archiveEngagement(ctx.db, whoOf(ctx), input), 'The engagement'),
    ),
});
