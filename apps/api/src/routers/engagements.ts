import {
  listEngagements,
  loadEngagementCharges,
  loadEngagementDeliverables,
  loadEngagementDetail,
} from '@portfolio/db';
import { engagementFilterSchema, periodRangeSchema, textSchema } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readProcedure, router } from '../trpc.ts';

const codeSchema = z.object({ code: textSchema.min(1).max(100) });

export const engagementsRouter = router({
  /** The engagements a filter selects (all without one), with their vendor, by code. */
  list: readProcedure
    .input(engagementFilterSchema.optional())
    .query(({ ctx, input }) => listEngagements(ctx.db, input ?? {})),

  /** One engagement's terms and SLAs; NOT_FOUND for an unknown code. */
  detail: readProcedure.input(codeSchema).query(async ({ ctx, input }) => {
    const detail = await loadEngagementDetail(ctx.db, input.code);
    if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.code}` });
    return detail;
  }),

  /** An engagement's charges per month and category, in its own currency. */
  charges: readProcedure
    .input(codeSchema.and(periodRangeSchema))
    .query(({ ctx, input }) => loadEngagementCharges(ctx.db, input.code, input.from, input.to)),

  /** An engagement's deliverables, latest due first. */
  deliverables: readProcedure
    .input(codeSchema.and(z.object({ limit: z.number().int().min(1).max(1000).default(200) })))
    .query(({ ctx, input }) => loadEngagementDeliverables(ctx.db, input.code, input.limit)),
});
