import { router } from '../trpc.ts';
import { engagementsRouter } from './engagements.ts';
import { metaRouter } from './meta.ts';
import { reportRouter } from './report.ts';

export const appRouter = router({
  engagements: engagementsRouter,
  meta: metaRouter,
  report: reportRouter,
});

export type AppRouter = typeof appRouter;
