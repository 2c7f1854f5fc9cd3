import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from './create-db.ts';
import { createScratchPostgres } from './testing/scratch-postgres.ts';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('closing a PostgreSQL database', () => {
  it('has ended every connection when close resolves: the database can be dropped at once, cutting none', async () => {
    const scratch = await createScratchPostgres(url as string);
    const lost: unknown[] = [];
    const handle = await createDb({ databaseUrl: scratch.url, onPoolError: (error) => lost.push(error) });
    // Eight connections open at once, idle in the pool afterwards (a page's queries leave as many).
    await Promise.all(Array.from({ length: 8 }, () => sql`select pg_sleep(0.02)`.execute(handle.db)));
    await handle.close();
    // A drop `with (force)` ends any connection still there, which its client would report as lost.
    await scratch.drop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lost).toEqual([]);
  });
});
