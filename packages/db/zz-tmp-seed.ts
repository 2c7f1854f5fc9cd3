import { createDb, migrateToLatest } from './src/index.ts';
import { seedDemo } from './src/demo/seed-demo.ts';
const h = await createDb({ dataDir: process.argv[2], databaseUrl: process.env.DATABASE_URL });
await migrateToLatest(h.db);
console.log(await seedDemo(h.db, { today: '2025-06-15', scale: Number(process.argv[3] ?? 1) }));
await h.close();
