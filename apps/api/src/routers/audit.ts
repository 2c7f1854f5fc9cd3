import { loadEngagementHistory } from '@portfolio/db';
import { historyInputSchema } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { readProcedure, router } from '../trpc.ts';

export const auditRouter = router({
  /**
   * An engagement's history, latest first: who changed what and when, with the values before and after, for the
   * engagement and its SLAs, measurements, charges and deliverables, and the imports that named it. Page back
   * with `cursor` (the id of the last event seen).
   */
  history: readProcedure.input(historyInputSchema).query(async ({ ctx, input }) => {
    const history = await loadEngagementHistory(ctx.db, input.engagement, {
      limit: input.limit,
      before: input.cursor ?? undefined,
    });
    if (!history) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.engagement}` });
    return history;
  }),
});
