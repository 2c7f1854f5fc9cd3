import { router } from '../trpc.ts';
import { engagementsRouter } from './engagements.ts';

export const appRouter = router({
  engagements: engagementsRouter,
});

export type AppRouter = typeof appRouter;
