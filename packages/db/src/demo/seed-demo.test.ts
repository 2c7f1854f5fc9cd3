import { formatMoney, parseMoney, sumCents } from '@portfolio/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { planPortfolio } from './plan.ts';
import { type DemoCounts, isEmptyPortfolio, seedDemo } from './seed-demo.ts';

const TODAY = '2025-11-14';
const plan = planPortfolio({ today: TODAY });
const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

describe.each(testDatabases())('seedDemo on $name', ({ open }) => {
  let handle: DbHandle;
  let emptyBefore: boolean;
  let counts: DemoCounts;
  beforeAll(async () => {
    handle = await open();
    emptyBefore = await isEmptyPortfolio(handle.db);
    counts = await seedDemo(handle.db, { today: TODAY });
  });
  afterAll(() => handle?.close());

  it('writes every planned row and counts them', async () => {
    expect(counts).toEqual({
      vendors: 12,
      engagements: 30,
      slas: plan.slas.length,
      measurements: plan.measurements.length,
      charges: plan.charges.length,
      deliverables: plan.deliverables.length,
      fxRates: 100,
    });
    const { rows } = await sql<DemoCounts>`
      select (select count(*) from vendors) as vendors, (select count(*) from engagements) as engagements,
        (select count(*) from slas) as slas, (select count(*) from measurements) as measurements,
        (select count(*) from charges) as charges, (select count(*) from deliverables) as deliverables,
        (select count(*) from fx_rates) as "fxRates"
    `.execute(handle.db);
    expect(rows[0]).toEqual(counts);
    expect(emptyBefore).toBe(true);
    expect(await isEmptyPortfolio(handle.db)).toBe(false);
  });

  it('stores engagements, SLAs and measurements exactly as planned, under the right parents', async () => {
    const engagements = await handle.db
      .selectFrom('engagements as e')
      .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
      .select([
        'e.code',
        'e.name',
        'v.name as vendor',
        'e.type',
        'e.service_line',
        'e.location',
        'e.business_unit',
        'e.owner',
        'e.start_date',
        'e.end_date',
        'e.status',
        'e.pricing_model',
        'e.currency',
        'e.annual_budget',
        'e.at_risk_pct',
        'e.earn_back_months',
        'e.baseline_monthly_cost',
        'e.planned_monthly_savings',
      ])
      .orderBy('e.code')
      .execute();
    expect(engagements).toEqual(plan.engagements);

    const measurements = await handle.db
      .selectFrom('measurements as m')
      .innerJoin('slas as s', 's.id', 'm.sla_id')
      .innerJoin('engagements as e', 'e.id', 's.engagement_id')
      .select([
        'e.code as engagement',
        's.code as sla',
        'm.period',
        'm.actual',
        'm.numerator',
        'm.denominator',
        'm.source',
        'm.note',
        'm.status',
      ])
      .execute();
    const key = (m: { engagement: string; sla: string; period: string }) =>
      `${m.engagement}|${m.sla}|${m.period}`;
    expect(measurements.sort(byKey(key))).toEqual([...plan.measurements].sort(byKey(key)));

    const { rows } = await sql<{ breached: number }>`
      select count(*) as breached from measurements m join slas s on s.id = m.sla_id
      where m.status = 'breached' and s.minimum is not null
        and ((s.direction = 'higher_is_better' and m.actual < s.minimum)
          or (s.direction = 'lower_is_better' and m.actual > s.minimum))
    `.execute(handle.db);
    expect(rows[0]?.breached).toBe(plan.measurements.filter((m) => m.status === 'breached').length);
  });

  it('stores charges to the cent, deliverables with their text and dates, and FX rates', async () => {
    const totals = await handle.db
      .selectFrom('charges as c')
      .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
      .select(['e.currency', (eb) => eb.fn.sum<string>('c.amount').as('total')])
      .groupBy('e.currency')
      .orderBy('e.currency')
      .execute();
    const currencyOf = new Map(plan.engagements.map((e) => [e.code, e.currency]));
    const expected = [
      ...new Set(plan.engagements.filter((e) => e.status !== 'planned').map((e) => e.currency)),
    ]
      .sort()
      .map((currency) => ({
        currency,
        total: formatMoney(
          sumCents(
            plan.charges
              .filter((c) => currencyOf.get(c.engagement) === currency)
              .map((c) => parseMoney(c.amount)),
          ),
        ),
      }));
    expect(totals).toEqual(expected);

    const deliverables = await handle.db
      .selectFrom('deliverables as d')
      .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
      .select([
        'e.code as engagement',
        'd.code',
        'd.title',
        'd.kind',
        'd.requested_date',
        'd.due_date',
        'd.delivered_date',
        'd.status',
        'd.quality',
        'd.revisions',
        'd.actioned',
        'd.estimated_value',
      ])
      .orderBy('e.code')
      .orderBy('d.code')
      .execute();
    expect(deliverables).toEqual(plan.deliverables);

    const rates = await handle.db.selectFrom('fx_rates').select(['currency', 'period', 'rate']).execute();
    const planned = new Map(plan.fxRates.map((r) => [`${r.currency}|${r.period}`, Number(r.rate)]));
    expect(rates.every((r) => planned.get(`${r.currency}|${r.period}`) === Number(r.rate))).toBe(true);
  });

  it('refuses to seed a portfolio that is not empty, and changes nothing', async () => {
    await expect(seedDemo(handle.db, { today: TODAY, seed: 2 })).rejects.toThrow(/empty database/);
    const { rows } = await sql<{ n: number }>`select count(*) as n from measurements`.execute(handle.db);
    expect(rows[0]?.n).toBe(counts.measurements);
  });
});
