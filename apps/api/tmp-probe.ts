import { createDb, migrateToLatest, seedDemo } from '@portfolio/db';
import { testCaller } from './test/test-caller.ts';
const handle = await createDb({ dataDir: 'memory://' });
await migrateToLatest(handle.db);
console.time('seed');
await seedDemo(handle.db, { today: '2026-11-15' });
console.timeEnd('seed');
const api = testCaller(handle, '2026-11-15');
const input = { from: '2025-12', to: '2026-11' };
const calls: [string, () => Promise<unknown>][] = [
  ['portfolio', () => api.report.portfolio(input)],
  ['series type', () => api.report.series({ ...input, by: 'type', perMonth: true })],
  ['series total', () => api.report.series({ ...input, by: 'total', perMonth: true })],
  ['grid', () => api.report.slaGrid({ ...input, limit: 300 })],
  ['ledger', () => api.report.creditLedger(input)],
  ['savings', () => api.savings.trend({ ...input, types: ['BPO'] })],
  ['topBreaches', () => api.slas.topBreaches({ ...input, limit: 8 })],
  ['breaches', () => api.slas.breaches({ ...input, limit: 8 })],
  ['overdue', () => api.insight.overdue({ ...input, limit: 8 })],
  ['monthly', () => api.insight.monthly({ ...input, types: ['KPO'] })],
  ['byCategory', () => api.spend.byCategory(input)],
  ['byCurrency', () => api.spend.byCurrency(input)],
  ['budget', () => api.spend.budget(input)],
  ['scorecards', () => api.vendors.scorecards(input)],
  ['filterOptions', () => api.meta.filterOptions()],
  ['list', () => api.engagements.list({})],
];
for (const [name, call] of calls) {
  const t = performance.now();
  try {
    const r = await call();
    console.log(name, 'ok', Math.round(performance.now() - t), 'ms', JSON.stringify(r).slice(0, 300));
  } catch (e) {
    console.log(name, 'FAILED', (e as Error).message, (e as Error).cause);
  }
}
await handle.close();
