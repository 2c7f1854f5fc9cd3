import { router } from '../trpc.ts';
import { engagementsRouter } from './engagements.ts';
import { reportRouter } from './report.ts';

export const appRouter = router({
  engagements: engagementsRouter,
  report: reportRouter,
});

export type AppRouter = typeof appRouter;
