import { readFileSync, writeFileSync } from 'node:fs';
import { buildPortfolioReport, buildSeries, reportScope } from '@portfolio/domain';

const facts = JSON.parse(readFileSync('/tmp/facts100.json', 'utf8'));
const scope = reportScope('2024-12', '2026-11', '2026-11-15');
let out = '';
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const r = buildPortfolioReport(facts, scope, 'USD');
  const t2 = performance.now();
  const s = buildSeries(facts, scope, 'USD', 'type', true);
  console.log('report', Math.round(t2 - t), 'series', Math.round(performance.now() - t2));
  out = JSON.stringify([r, s]);
}
if (process.argv[2]) writeFileSync(process.argv[2], out);
