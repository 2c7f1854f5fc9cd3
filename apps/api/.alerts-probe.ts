import { createDb, loadAlertFacts, migrateToLatest, seedDemo } from '@portfolio/db';
import { buildAlerts } from '@portfolio/domain';

const today = process.argv[2] ?? '2026-11-15';
const handle = await createDb({ dataDir: 'memory://' });
await migrateToLatest(handle.db);
await seedDemo(handle.db, { today });
const t0 = performance.now();
const facts = await loadAlertFacts(handle.db, {}, { today, fiscalYearStart: 1 });
const alerts = buildAlerts(facts, { today, fiscalYearStart: 1, currency: 'USD' });
console.log(
  'ms',
  Math.round(performance.now() - t0),
  'facts',
  facts.monthToDate.length,
  facts.trends.length,
  facts.chronic.length,
  facts.renewals.length,
  facts.deliverables.length,
);
for (const a of alerts)
  console.log(a.severity.padEnd(8), a.kind.padEnd(16), a.magnitude, '|', a.title, '|', a.detail);
await handle.close();
