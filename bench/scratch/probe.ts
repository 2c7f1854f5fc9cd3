import { createDb, loadPortfolioFacts } from '@portfolio/db';
import { buildPortfolioReport, reportScope } from '@portfolio/domain';
import * as rf from '../../packages/db/src/queries/report-facts.ts';

const { db, close } = await createDb({
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/portfolio_scale100',
});
const scope = reportScope('2024-12', '2026-11', '2026-11-15');
const f = scope.months[0]!,
  l = scope.months.at(-1)!;
const time = async (name: string, fn: () => Promise<unknown>) => {
  const t = performance.now();
  const r = await fn();
  console.log(name, Math.round(performance.now() - t), Array.isArray(r) ? r.length : '');
  return r;
};
const terms = await rf.loadEngagementTerms(db, {});
await time('monthFacts', () => rf.loadMonthFacts(db, {}, f, l, terms).then((r) => r.charges));
await time('failed', () => rf.loadFailedCriticalSlas(db, {}, f, l));
await time('deliveries', () => rf.loadDeliveries(db, {}, scope.fromDate, scope.asOfDate));
await time('cycle', () => rf.loadCycleDays(db, {}, scope.fromDate, scope.asOfDate));
await time('overdue', () => rf.loadOverdueCounts(db, {}, scope.asOfDate));
for (let i = 0; i < 2; i++) {
  const facts = (await time('all facts', () => loadPortfolioFacts(db, {}, scope))) as Awaited<
    ReturnType<typeof loadPortfolioFacts>
  >;
  await time('build', async () => buildPortfolioReport(facts, scope, 'USD'));
}
await close();
