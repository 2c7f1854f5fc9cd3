import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** Asks the database for a trivial answer; throws when it cannot give one. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
