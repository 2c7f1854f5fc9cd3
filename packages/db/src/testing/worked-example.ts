import { slaStatus } from '@portfolio/domain';
import type { Db } from '../create-db.ts';

/**
 * A small portfolio whose report figures were computed by hand (see apps/api/test/report-worked-example.test.ts):
 * three engagements in USD, EUR and GBP covering the cap, earn-back (owed, pending, earned back), an engagement that
 * starts and ends mid-range, unreported months, a month without charges, and KPO deliverables on time, late,
 * overdue and outside the range. Today is 2025-06-15.
 */
export const WORKED_EXAMPLE_TODAY = '2025-06-15';

type Sla = [
  code: string,
  name: string,
  unit: string,
  direction: string,
  expected: string,
  minimum: string | null,
  kind: string,
  allocation: string | null,
];

export async function writeWorkedExample(db: Db): Promise<void> {
  const vendors = await db
    .insertInto('vendors')
    .values([
      { name: 'Acme Services', country: 'India' },
      { name: 'Insight Partners', country: 'United Kingdom' },
    ])
    .returning(['id', 'name'])
    .execute();
  const vendorId = (name: string) => vendors.find((v) => v.name === name)?.id ?? 0;

  const engagements = await db
    .insertInto('engagements')
    .values([
      {
        code: 'ENG-001',
        name: 'Customer support',
        vendor_id: vendorId('Acme Services'),
        type: 'BPO',
        service_line: 'customer_support',
        location: 'offshore',
        start_date: '2025-01-01',
        currency: 'USD',
        at_risk_pct: '10',
        earn_back_months: 0,
        baseline_monthly_cost: '120000.00',
        planned_monthly_savings: '30000.00',
        business_unit: 'Customer Operations',
      },
      {
        code: 'ENG-002',
        name: 'Payroll',
        vendor_id: vendorId('Acme Services'),
        type: 'BPO',
        service_line: 'hr_payroll',
        location: 'nearshore',
        start_date: '2025-03-10',
        end_date: '2025-05-20',
        currency: 'EUR',
        at_risk_pct: '12.5',
        earn_back_months: 2,
        baseline_monthly_cost: '20000.00',
        business_unit: 'HR',
      },
      {
        code: 'ENG-003',
        name: 'Market research',
        vendor_id: vendorId('Insight Partners'),
        type: 'KPO',
        service_line: 'market_research',
        location: 'onshore',
        start_date: '2024-10-01',
        currency: 'GBP',
        at_risk_pct: '5',
        earn_back_months: 1,
        business_unit: 'Strategy',
      },
      {
        code: 'ENG-004',
        name: 'Old data entry',
        vendor_id: vendorId('Acme Services'),
        type: 'BPO',
        service_line: 'data_entry',
        location: 'offshore',
        start_date: '2024-01-01',
        end_date: '2024-12-31',
        currency: 'USD',
        status: 'ended',
        baseline_monthly_cost: '5000.00',
      },
    ])
    .returning(['id', 'code'])
    .execute();
  const engagementId = (code: string) => engagements.find((e) => e.code === code)?.id ?? 0;

  const slaRows: Record<string, Sla[]> = {
    'ENG-001': [
      ['ASA', 'Average speed of answer', 'seconds', 'lower_is_better', '30', '45', 'critical', '60'],
      ['ABN', 'Abandonment rate', '%', 'lower_is_better', '5', '8', 'critical', '60'],
      ['CSAT', 'Customer satisfaction', 'score', 'higher_is_better', '85', null, 'key', null],
    ],
    'ENG-002': [['ACC', 'Payroll accuracy', '%', 'higher_is_better', '99.5', '98', 'critical', '100']],
    'ENG-003': [
      ['OTD', 'Reports on time', '%', 'higher_is_better', '90', null, 'critical', '50'],
      ['QS', 'Quality score', 'score', 'higher_is_better', '4', null, 'key', null],
    ],
  };
  const slas = await db
    .insertInto('slas')
    .values(
      Object.entries(slaRows).flatMap(([code, rows]) =>
        rows.map(([slaCode, name, unit, direction, expected, minimum, kind, allocation]) => ({
          engagement_id: engagementId(code),
          code: slaCode,
          name,
          unit: unit as 'seconds',
          direction: direction as 'lower_is_better',
          expected,
          minimum,
          kind: kind as 'critical',
          allocation_pct: allocation,
        })),
      ),
    )
    .returning(['id', 'engagement_id', 'code', 'direction', 'expected', 'minimum'])
    .execute();

  const measurements: [engagement: string, sla: string, period: string, actual: string][] = [
    ['ENG-001', 'ASA', '2025-01', '28'],
    ['ENG-001', 'ABN', '2025-01', '4'],
    ['ENG-001', 'CSAT', '2025-01', '86'],
    ['ENG-001', 'ASA', '2025-02', '35'],
    ['ENG-001', 'ABN', '2025-02', '9'],
    ['ENG-001', 'CSAT', '2025-02', '80'],
    ['ENG-001', 'ASA', '2025-03', '30'],
    ['ENG-001', 'ABN', '2025-03', '5'],
    ['ENG-001', 'CSAT', '2025-03', '85'],
    ['ENG-001', 'ASA', '2025-04', '50'],
    ['ENG-001', 'ABN', '2025-04', '5'],
    ['ENG-001', 'ASA', '2025-05', '25'],
    ['ENG-001', 'ABN', '2025-05', '3'],
    ['ENG-001', 'CSAT', '2025-05', '90'],
    ['ENG-002', 'ACC', '2025-03', '99.0'],
    ['ENG-002', 'ACC', '2025-04', '99.6'],
    ['ENG-002', 'ACC', '2025-05', '99.7'],
    ['ENG-003', 'OTD', '2025-01', '85'],
    ['ENG-003', 'QS', '2025-01', '4.2'],
    ['ENG-003', 'OTD', '2025-02', '95'],
    ['ENG-003', 'QS', '2025-02', '3.9'],
    ['ENG-003', 'OTD', '2025-05', '80'],
  ];
  await db
    .insertInto('measurements')
    .values(
      measurements.map(([engagement, code, period, actual]) => {
        const sla = slas.find((s) => s.engagement_id === engagementId(engagement) && s.code === code);
        if (!sla) throw new Error(`no SLA ${engagement}/${code}`);
        return { sla_id: sla.id, period, actual, status: slaStatus(sla, actual), source: 'vendor report' };
      }),
    )
    .execute();

  const charges: [engagement: string, invoice: string, period: string, category: string, amount: string][] = [
    ['ENG-001', 'A-01', '2025-01', 'base', '100000.00'],
    ['ENG-001', 'A-01', '2025-01', 'volume', '6202.50'],
    ['ENG-001', 'A-02', '2025-02', 'base', '100000.00'],
    ['ENG-001', 'A-02', '2025-02', 'volume', '6202.50'],
    ['ENG-001', 'A-02', '2025-02', 'one_off', '1000.00'],
    ['ENG-001', 'A-03', '2025-03', 'base', '100000.00'],
    ['ENG-001', 'A-04', '2025-04', 'base', '100000.00'],
    ['ENG-001', 'A-04', '2025-04', 'pass_through', '500.00'],
    ['ENG-001', 'A-05', '2025-05', 'base', '100000.00'],
    ['ENG-002', 'P-03', '2025-03', 'base', '15000.00'],
    ['ENG-002', 'P-04', '2025-04', 'base', '15000.00'],
    ['ENG-002', 'P-05', '2025-05', 'base', '15000.00'],
    ['ENG-002', 'P-05', '2025-05', 'volume', '333.33'],
    ...['01', '02', '03', '04', '05', '06'].map(
      (m) =>
        ['ENG-003', `R-${m}`, `2025-${m}`, 'base', '20000.00'] as [string, string, string, string, string],
    ),
    ['ENG-004', 'O-12', '2024-12', 'base', '4000.00'],
    // Billed for July, for which no GBP rate is on record yet.
    ['ENG-003', 'R-07', '2025-07', 'base', '20000.00'],
  ];
  await db
    .insertInto('charges')
    .values(
      charges.map(([engagement, invoice, period, category, amount]) => ({
        engagement_id: engagementId(engagement),
        invoice,
        period,
        category: category as 'base',
        amount,
      })),
    )
    .execute();

  const deliverables: [
    code: string,
    requested: string,
    due: string,
    delivered: string | null,
    quality: number | null,
    revisions: number,
    actioned: boolean,
    value: string | null,
  ][] = [
    ['D1', '2025-01-05', '2025-01-31', '2025-01-30', 4, 0, true, '10000.00'],
    ['D2', '2025-02-01', '2025-02-20', '2025-02-25', 3, 2, false, '5000.00'],
    ['D3', '2025-03-01', '2025-04-15', '2025-04-10', 5, 1, true, '20000.00'],
    ['D4', '2025-05-01', '2025-05-30', null, null, 0, false, null],
    ['D5', '2025-06-01', '2025-06-30', null, null, 0, false, null],
    ['D6', '2024-11-01', '2024-12-15', '2024-12-20', 2, 0, true, '7000.00'],
    ['D7', '2025-06-01', '2025-06-10', '2025-06-20', 4, 0, true, '9000.00'],
  ];
  await db
    .insertInto('deliverables')
    .values(
      deliverables.map(([code, requested, due, delivered, quality, revisions, actioned, value]) => ({
        engagement_id: engagementId('ENG-003'),
        code,
        title: `Study ${code}`,
        requested_date: requested,
        due_date: due,
        delivered_date: delivered,
        status: delivered ? 'delivered' : 'in_progress',
        quality,
        revisions,
        actioned,
        estimated_value: value,
      })),
    )
    .execute();

  const rates: Record<string, string[]> = {
    EUR: ['1.05', '1.04', '1.08', '1.1', '1.12345', '1.09'],
    GBP: ['1.25', '1.26', '1.27', '1.28', '1.3', '1.31'],
  };
  await db
    .insertInto('fx_rates')
    .values(
      Object.entries(rates).flatMap(([currency, values]) =>
        values.map((rate, i) => ({ currency, period: `2025-0${i + 1}`, rate })),
      ),
    )
    .execute();
}
