import {
  listEngagements,
  loadEngagementCharges,
  loadEngagementDeliverables,
  loadEngagementDetail,
} from '@portfolio/db';
import {
  deliverablesInputSchema,
  engagementCodeSchema,
  engagementFilterSchema,
  periodRangeSchema,
} from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { readProcedure, router } from '../trpc.ts';

export const engagementsRouter = router({
  /** The engagements a filter selects (all without one), with their vendor, by code. */
  list: readProcedure
    .input(engagementFilterSchema.optional())
    .query(({ ctx, input }) => listEngagements(ctx.db, input ?? {})),

  /** One engagement's terms and SLAs; NOT_FOUND for an unknown code. */
  detail: readProcedure.input(engagementCodeSchema).query(async ({ ctx, input }) => {
    const detail = await loadEngagementDetail(ctx.db, input.code);
    if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.code}` });
    return detail;
  }),

  /** An engagement's charges per month and category, in its own currency. */
  charges: readProcedure
    .input(engagementCodeSchema.and(periodRangeSchema))
    .query(({ ctx, input }) => loadEngagementCharges(ctx.db, input.code, input.from, input.to)),

  /** An engagement's deliverables, latest due first. */
  deliverables: readProcedure
    .input(deliverablesInputSchema)
    .query(({ ctx, input }) => loadEngagementDeliverables(ctx.db, input.code, input.limit)),
});
