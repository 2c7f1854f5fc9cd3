import type { Db } from '../create-db.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { listSlaRecords, type SlaRecord } from './sla-writes.ts';
import type { Who } from './write-support.ts';

// The setup shared by writes.test.ts and month-entry-writes.test.ts.

export const OPS: Who = { actor: { userId: null, tokenId: null, label: 'ops@example.com' }, ip: '10.0.0.1' };
export const OTHER: Who = { actor: { userId: null, tokenId: null, label: 'other@example.com' }, ip: null };

export async function auditCount(db: Db, action?: string): Promise<number> {
  let query = db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) query = query.where('action', '=', action);
  return (await query.executeTakeFirstOrThrow()).n;
}

export async function sla(db: Db, engagement: string, code: string): Promise<SlaRecord> {
  const found = (await listSlaRecords(db, engagement)).find((record) => record.values.code === code);
  if (!found) throw new Error(`no SLA ${engagement}/${code}`);
  return found;
}

/** Before each test: the worked example alone on the database, as written afresh. */
export async function rewriteWorkedExample(db: Db) {
  await db.deleteFrom('audit_events').execute();
  await db.deleteFrom('measurements').execute();
  await db.deleteFrom('charges').execute();
  await db.deleteFrom('deliverables').execute();
  await db.deleteFrom('slas').execute();
  await db.deleteFrom('engagements').execute();
  await db.deleteFrom('vendors').execute();
  await db.deleteFrom('fx_rates').execute();
  await writeWorkedExample(db);
}
