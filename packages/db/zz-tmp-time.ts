import { readFileSync } from 'node:fs';
import { createDb, migrateToLatest, importCsv } from './src/index.ts';
const h = await createDb({ dataDir: process.argv[2], databaseUrl: process.env.DATABASE_URL });
await migrateToLatest(h.db);
for (const name of ['vendors.csv','engagements.csv','slas.csv','measurements.csv','charges.csv','deliverables.csv','fx_rates.csv']) {
  const t = performance.now();
  const c = await importCsv(h.db, name, readFileSync(`/tmp/ixtest/out-a/${name}`, 'utf8'));
  console.log(name, c.rows, (performance.now() - t).toFixed(0), 'ms');
}
await h.close();
