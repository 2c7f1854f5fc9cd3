import { writeFileSync } from 'node:fs';
import { createDb, loadPortfolioFacts } from '@portfolio/db';
import { reportScope } from '@portfolio/domain';

const { db, close } = await createDb({
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/portfolio_scale100',
});
const scope = reportScope('2024-12', '2026-11', '2026-11-15');
writeFileSync('/tmp/facts100.json', JSON.stringify(await loadPortfolioFacts(db, {}, scope)));
await close();
