import { router } from '../trpc.ts';
import { adminRouter } from './admin.ts';
import { alertsRouter } from './alerts.ts';
import { auditRouter } from './audit.ts';
import { authRouter } from './auth.ts';
import { engagementsRouter } from './engagements.ts';
import { exportsRouter } from './exports.ts';
import { importsRouter } from './imports.ts';
import { insightRouter } from './insight.ts';
import { metaRouter } from './meta.ts';
import { notificationsRouter } from './notifications.ts';
import { recordsRouter } from './records/index.ts';
import { reportRouter } from './report.ts';
import { savedViewsRouter } from './saved-views.ts';
import { savingsRouter } from './savings.ts';
import { slasRouter } from './slas.ts';
import { spendRouter } from './spend.ts';
import { vendorsRouter } from './vendors.ts';
import { webhooksRouter } from './webhooks.ts';
import { whatIfRouter } from './what-if.ts';

export const appRouter = router({
  admin: adminRouter,
  alerts: alertsRouter,
  audit: auditRouter,
  auth: authRouter,
  engagements: engagementsRouter,
  exports: exportsRouter,
  imports: importsRouter,
  insight: insightRouter,
  meta: metaRouter,
  notifications: notificationsRouter,
  records: recordsRouter,
  report: reportRouter,
  savedViews: savedViewsRouter,
  savings: savingsRouter,
  slas: slasRouter,
  spend: spendRouter,
  vendors: vendorsRouter,
  webhooks: webhooksRouter,
  whatIf: whatIfRouter,
});

export type AppRouter = typeof appRouter;
