import { loadEngagementHistory } from '@portfolio/db';
import { textSchema } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readProcedure, router } from '../trpc.ts';

export const auditRouter = router({
  /**
   * An engagement's history, latest first: who changed what and when, with the values before and after, for the
   * engagement and its SLAs, measurements, charges and deliverables, and the imports that named it. Page back
   * with `cursor` (the id of the last event seen).
   */
  history: readProcedure
    .input(
      z.object({
        engagement: textSchema.min(1).max(200),
        limit: z.number().int().min(1).max(500).default(100),
        cursor: z.number().int().positive().nullish(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const history = await loadEngagementHistory(ctx.db, input.engagement, {
        limit: input.limit,
        before: input.cursor ?? undefined,
      });
      if (!history) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.engagement}` });
      return history;
    }),
});
