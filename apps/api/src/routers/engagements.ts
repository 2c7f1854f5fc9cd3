import { listEngagements } from '@portfolio/db';
import { publicProcedure, router } from '../trpc.ts';

export const engagementsRouter = router({
  list: publicProcedure.query(({ ctx }) => listEngagements(ctx.db)),
});
