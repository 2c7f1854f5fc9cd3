import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { importCsv } from '../interchange/import-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';

type FactRow = {
  engagement_id: number;
  period: string;
  charge_lines: number;
  charges: string;
  credit_base: string;
  met: number;
  missed: number;
  breached: number;
  base: string;
  volume: string;
  one_off: string;
  pass_through: string;
  credit_notes: string;
  credit_base_notes: string;
};

/** The sums as the triggers keep them, without rows that sum to nothing, with money as numbers to compare. */
async function kept(handle: DbHandle) {
  const { rows } = await sql<FactRow>`
    select * from engagement_month_facts
    where charge_lines <> 0 or met <> 0 or missed <> 0 or breached <> 0
    order by engagement_id, period`.execute(handle.db);
  return rows.map(normalise);
}

/** The same sums computed from the tables themselves. */
async function recomputed(handle: DbHandle) {
  const { rows } = await sql<FactRow>`
    select engagement_id, period, sum(lines)::int as charge_lines, sum(amount) as charges,
      sum(credit_base) as credit_base, sum(met)::int as met, sum(missed)::int as missed,
      sum(breached)::int as breached, sum(base) as base, sum(volume) as volume, sum(one_off) as one_off,
      sum(pass_through) as pass_through, sum(credit_notes) as credit_notes,
      sum(credit_base_notes) as credit_base_notes
    from (
      select engagement_id, period, 1 as lines, amount,
        case when category in ('base', 'volume') then amount else 0 end as credit_base, 0 as met, 0 as missed,
        0 as breached, case when category = 'base' then amount else 0 end as base,
        case when category = 'volume' then amount else 0 end as volume,
        case when category = 'one_off' then amount else 0 end as one_off,
        case when category = 'pass_through' then amount else 0 end as pass_through,
        case when amount < 0 then amount else 0 end as credit_notes,
        case when amount < 0 and category in ('base', 'volume') then amount else 0 end as credit_base_notes
      from charges
      union all
      select s.engagement_id, m.period, 0, 0, 0, (m.status = 'met')::int, (m.status = 'missed')::int,
        (m.status = 'breached')::int, 0, 0, 0, 0, 0, 0
      from measurements m join slas s on s.id = m.sla_id where s.archived_at is null
    ) t
    group by engagement_id, period
    order by engagement_id, period`.execute(handle.db);
  return rows.map(normalise);
}

function normalise(row: FactRow) {
  const money = [
    'charges',
    'credit_base',
    'base',
    'volume',
    'one_off',
    'pass_through',
    'credit_notes',
    'credit_base_notes',
  ] as const;
  return { ...row, ...Object.fromEntries(money.map((column) => [column, Number(row[column])])) };
}

describe.each(testDatabases())('engagement_month_facts on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  it('sums what was inserted', async () => {
    expect(await kept(handle)).toEqual(await recomputed(handle));
    expect((await kept(handle)).length).toBeGreaterThan(10);
  });

  it('follows updates and deletes of measurements and charges', async () => {
    await handle.db
      .updateTable('measurements')
      .set({ status: 'breached' })
      .where('period', '=', '2025-03')
      .execute();
    await handle.db.deleteFrom('measurements').where('period', '=', '2025-05').execute();
    await handle.db
      .updateTable('charges')
      .set({ amount: sql`amount + 1.23` })
      .where('period', '=', '2025-01')
      .execute();
    await handle.db.deleteFrom('charges').where('period', '=', '2025-02').execute();
    expect(await kept(handle)).toEqual(await recomputed(handle));
  });

  it('keeps credit notes: negative lines of every category, and those of base + volume apart', async () => {
    const engagement = await handle.db
      .selectFrom('engagements')
      .where('code', '=', 'ENG-001')
      .select('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('charges')
      .values([
        {
          engagement_id: engagement.id,
          invoice: 'CN-1',
          period: '2025-03',
          category: 'base',
          amount: '-1200.00',
        },
        {
          engagement_id: engagement.id,
          invoice: 'CN-2',
          period: '2025-03',
          category: 'one_off',
          amount: '-50.25',
        },
      ])
      .execute();
    const march = async () =>
      (await kept(handle)).find((row) => row.engagement_id === engagement.id && row.period === '2025-03');
    // March: base 100,000.00 − 1,200.00; credit notes −1,250.25 in all, −1,200.00 of them in the base.
    expect(await march()).toMatchObject({
      credit_base: 98800,
      credit_notes: -1250.25,
      credit_base_notes: -1200,
    });
    expect(await kept(handle)).toEqual(await recomputed(handle));
    // The one-off credit note becomes pass-through (every total the same), then a charge again.
    await handle.db
      .updateTable('charges')
      .set({ category: 'pass_through' })
      .where('invoice', '=', 'CN-2')
      .execute();
    expect(await kept(handle)).toEqual(await recomputed(handle));
    await handle.db.updateTable('charges').set({ amount: '50.25' }).where('invoice', '=', 'CN-2').execute();
    await handle.db
      .updateTable('charges')
      .set({ category: 'volume' })
      .where('invoice', '=', 'CN-1')
      .execute();
    expect(await march()).toMatchObject({
      credit_notes: -1200,
      credit_base_notes: -1200,
      pass_through: 50.25,
    });
    expect(await kept(handle)).toEqual(await recomputed(handle));
    await handle.db.deleteFrom('charges').where('invoice', 'in', ['CN-1', 'CN-2']).execute();
    expect(await kept(handle)).toEqual(await recomputed(handle));
  });

  it('takes archived SLAs out and puts restored ones back', async () => {
    await handle.db
      .updateTable('slas')
      .set({ archived_at: new Date() })
      .where('code', 'in', ['ASA', 'OTD'])
      .execute();
    expect(await kept(handle)).toEqual(await recomputed(handle));
    await handle.db.updateTable('slas').set({ archived_at: null }).where('code', '=', 'ASA').execute();
    expect(await kept(handle)).toEqual(await recomputed(handle));
  });

  it('follows an import that inserts and updates in one statement, and a rolled back one not at all', async () => {
    const file = [
      'engagement,sla,period,actual',
      'ENG-001,ABN,2025-06,12',
      'ENG-001,ABN,2025-01,9',
      'ENG-002,ACC,2025-04,90',
    ].join('\n');
    await importCsv(handle.db, 'measurements.csv', file);
    expect(await kept(handle)).toEqual(await recomputed(handle));
    const before = await kept(handle);
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('measurements').execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await kept(handle)).toEqual(before);
  });
});
