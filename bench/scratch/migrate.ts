import { createDb, migrateToLatest } from '@portfolio/db';

const { db, close } = await createDb({ databaseUrl: process.argv[2] });
const t = performance.now();
console.log(await migrateToLatest(db), Math.round(performance.now() - t));
await close();
