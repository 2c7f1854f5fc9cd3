import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from './create-db.ts';
import { migrateToLatest } from './migrate.ts';
import { testDatabases } from './testing/test-databases.ts';

describe.each(testDatabases())('schema on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('is migrated and a second migration run changes nothing', async () => {
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('reads numeric as exact strings, dates as calendar strings and counts as numbers', async () => {
    const { rows } = await sql<{ money: string; day: string; n: number }>`
      select 1234.50::numeric(16,2) as money, date '2025-03-31' as day, count(*) as n from (values (1), (2)) v(x)
    `.execute(handle.db);
    expect(rows[0]).toEqual({ money: '1234.50', day: '2025-03-31', n: 2 });
  });

  it('enforces natural keys, enums and ranges', async () => {
    const vendor = await handle.db
      .insertInto('vendors')
      .values({ name: 'Acme' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(handle.db.insertInto('vendors').values({ name: 'Acme' }).execute()).rejects.toThrow();
    const engagement = {
      code: 'ENG-001',
      name: 'Support',
      vendor_id: vendor.id,
      type: 'BPO' as const,
      service_line: 'customer_support' as const,
      location: 'offshore' as const,
      start_date: '2025-01-01',
      currency: 'USD',
    };
    await handle.db.insertInto('engagements').values(engagement).execute();
    await expect(
      handle.db
        .insertInto('engagements')
        .values({ ...engagement, code: 'ENG-002', at_risk_pct: 25 })
        .execute(),
    ).rejects.toThrow(/check/);
    await expect(
      handle.db
        .insertInto('engagements')
        .values({ ...engagement, code: 'ENG-003', service_line: 'market_research' })
        .execute(),
    ).rejects.toThrow(/check/);
    await expect(
      handle.db
        .insertInto('engagements')
        .values({ ...engagement, code: 'ENG-004', planned_monthly_savings: '-1.00' })
        .execute(),
    ).rejects.toThrow(/planned_monthly_savings_check/);
  });
});
