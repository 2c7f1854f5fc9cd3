import { router } from '../trpc.ts';
import { adminRouter } from './admin.ts';
import { authRouter } from './auth.ts';
import { engagementsRouter } from './engagements.ts';
import { insightRouter } from './insight.ts';
import { metaRouter } from './meta.ts';
import { reportRouter } from './report.ts';
import { savingsRouter } from './savings.ts';
import { slasRouter } from './slas.ts';
import { spendRouter } from './spend.ts';
import { vendorsRouter } from './vendors.ts';

export const appRouter = router({
  admin: adminRouter,
  auth: authRouter,
  engagements: engagementsRouter,
  insight: insightRouter,
  meta: metaRouter,
  report: reportRouter,
  savings: savingsRouter,
  slas: slasRouter,
  spend: spendRouter,
  vendors: vendorsRouter,
});

export type AppRouter = typeof appRouter;
