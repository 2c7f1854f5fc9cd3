import { slaStatus } from '@portfolio/domain';
import type { Db } from '../create-db.ts';

/**
 * A small portfolio whose early warnings were worked out by hand (see apps/api/test/alerts.test.ts). Today is
 * 2026-11-15 and the fiscal year is the calendar year.
 *
 * - ENG-101 (Acme, USD, budget 120,000.00): charged 10,000.00 in each of Jan–Nov 2026, exactly on budget.
 *   SVL (calls answered within 20 s, ≥ 80 %): 14,000 of 20,000 so far in November; 40,000, 42,000 and 44,000 calls in
 *   Aug–Oct with 85 %, 88.5 % and 86 % → the other 22,000 need 89.09 %, beyond the best 88.5 %: at risk (0.5909).
 *   ASA (≤ 30 s): missed in Dec 2025, Mar, Jun (breached) and Sep 2026, exactly 4 of the last 12 months: chronic.
 *   CSAT (≥ 4.3): missed in Jan, Apr and Jul 2026, 3 months apart: not chronic; not reported in Aug–Oct: 3 reports
 *   missing, two or more of one SLA: critical.
 * - ENG-102 (Acme, EUR, budget 60,000.00 EUR, from 2026-07-01): 6,000.00 EUR a month at 1.10 → forecast 39,600.00
 *   USD against 33,000.00: 20 % over; Acme as a whole 159,600.00 against 153,000.00: 4.31 % over.
 *   ACC (≥ 99.5 %): 100, 99.8, 99.6 in Aug–Oct → 99.6 on the line last month, 99.2 next month: at risk (0.3).
 * - ENG-103 (Insight, KPO, GBP) ends 2026-12-15, in exactly 30 days. OTD (≥ 90 %) missed Aug, Sep, Oct 2026: 3 in a
 *   row up to last month. Deliverables: D1 due yesterday, D2 due today, D3 in 6 days, D4 in 7 days (not yet), D5 31
 *   days overdue, D6 delivered on time, D7 cancelled, D8 due 2026-11-13 with a delivery dated 2026-11-20.
 * - ENG-104 ends in 31 days, ENG-105 in 90, ENG-106 in 91 (not yet), ENG-107 ended yesterday.
 */
export const ALERTS_EXAMPLE_TODAY = '2026-11-15';

const MONTHS_2026 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map(
  (m) => `2026-${m}`,
);

export async function writeAlertsExample(db: Db): Promise<void> {
  const vendors = await db
    .insertInto('vendors')
    .values([{ name: 'Acme Services' }, { name: 'Insight Partners' }])
    .returning(['id', 'name'])
    .execute();
  const vendorId = (name: string) => vendors.find((v) => v.name === name)?.id ?? 0;
  const acme = vendorId('Acme Services');
  const insight = vendorId('Insight Partners');
  const bpo = { type: 'BPO' as const, location: 'offshore' as const, currency: 'USD' };

  const engagements = await db
    .insertInto('engagements')
    .values([
      {
        ...bpo,
        code: 'ENG-101',
        name: 'Customer care',
        vendor_id: acme,
        service_line: 'customer_support',
        start_date: '2025-01-01',
        annual_budget: '120000.00',
        owner: 'Maria Chen',
      },
      {
        ...bpo,
        code: 'ENG-102',
        name: 'Order entry',
        vendor_id: acme,
        service_line: 'data_entry',
        start_date: '2026-07-01',
        currency: 'EUR',
        annual_budget: '60000.00',
      },
      {
        code: 'ENG-103',
        name: 'Market research',
        vendor_id: insight,
        type: 'KPO',
        service_line: 'market_research',
        location: 'onshore',
        start_date: '2024-01-01',
        end_date: '2026-12-15',
        currency: 'GBP',
        owner: 'Aisha Johnson',
      },
      ...(
        [
          ['ENG-104', '2026-12-16'],
          ['ENG-105', '2027-02-13'],
          ['ENG-106', '2027-02-14'],
          ['ENG-107', '2026-11-14'],
        ] as const
      ).map(([code, end]) => ({
        ...bpo,
        code,
        name: `Payroll ${code}`,
        vendor_id: insight,
        service_line: 'hr_payroll' as const,
        start_date: '2025-01-01',
        end_date: end,
      })),
    ])
    .returning(['id', 'code'])
    .execute();
  const engagementId = (code: string) => engagements.find((e) => e.code === code)?.id ?? 0;

  const slas = await db
    .insertInto('slas')
    .values([
      {
        engagement_id: engagementId('ENG-101'),
        code: 'SVL',
        name: 'Calls answered within 20 s',
        unit: '%',
        direction: 'higher_is_better',
        expected: '80',
        minimum: '75',
        kind: 'critical',
        allocation_pct: '50',
      },
      {
        engagement_id: engagementId('ENG-101'),
        code: 'ASA',
        name: 'Average speed of answer',
        unit: 'seconds',
        direction: 'lower_is_better',
        expected: '30',
        minimum: '45',
        kind: 'critical',
        allocation_pct: '50',
      },
      {
        engagement_id: engagementId('ENG-101'),
        code: 'CSAT',
        name: 'Customer satisfaction',
        unit: 'score',
        direction: 'higher_is_better',
        expected: '4.3',
        minimum: null,
        kind: 'key',
        allocation_pct: null,
      },
      {
        engagement_id: engagementId('ENG-102'),
        code: 'ACC',
        name: 'Data accuracy',
        unit: '%',
        direction: 'higher_is_better',
        expected: '99.5',
        minimum: '99',
        kind: 'critical',
        allocation_pct: '100',
      },
      {
        engagement_id: engagementId('ENG-103'),
        code: 'OTD',
        name: 'Reports on time',
        unit: '%',
        direction: 'higher_is_better',
        expected: '90',
        minimum: null,
        kind: 'critical',
        allocation_pct: '100',
      },
    ])
    .returning(['id', 'engagement_id', 'code', 'direction', 'expected', 'minimum'])
    .execute();

  type Reading = [
    engagement: string,
    sla: string,
    period: string,
    actual: string,
    num?: string,
    den?: string,
  ];
  const asa = ['33', '25', '40', '25', '25', '35', '25', '25', '50', '25', '25', '32', '25'];
  const readings: Reading[] = [
    ['ENG-101', 'SVL', '2026-08', '85.00', '34000', '40000'],
    ['ENG-101', 'SVL', '2026-09', '88.50', '37170', '42000'],
    ['ENG-101', 'SVL', '2026-10', '86.00', '37840', '44000'],
    ['ENG-101', 'SVL', '2026-11', '70.00', '14000', '20000'],
    // October 2025 (outside the window) to October 2026.
    ...asa.map((actual, i): Reading => {
      const month = 9 + i; // 9 = October 2025, counting months from January 2025 as 0
      const period = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
      return ['ENG-101', 'ASA', period, actual];
    }),
    ['ENG-101', 'CSAT', '2026-01', '4.1'],
    ['ENG-101', 'CSAT', '2026-04', '4.1'],
    ['ENG-101', 'CSAT', '2026-07', '4.1'],
    ['ENG-102', 'ACC', '2026-08', '100.0'],
    ['ENG-102', 'ACC', '2026-09', '99.8'],
    ['ENG-102', 'ACC', '2026-10', '99.6'],
    ['ENG-103', 'OTD', '2026-07', '95'],
    ['ENG-103', 'OTD', '2026-08', '85'],
    ['ENG-103', 'OTD', '2026-09', '80'],
    ['ENG-103', 'OTD', '2026-10', '88'],
  ];
  await db
    .insertInto('measurements')
    .values(
      readings.map(([engagement, code, period, actual, numerator, denominator]) => {
        const sla = slas.find((s) => s.engagement_id === engagementId(engagement) && s.code === code);
        if (!sla) throw new Error(`no SLA ${engagement}/${code}`);
        return {
          sla_id: sla.id,
          period,
          actual,
          numerator: numerator ?? null,
          denominator: denominator ?? null,
          status: slaStatus(sla, actual),
          source: 'vendor report',
        };
      }),
    )
    .execute();

  await db
    .insertInto('charges')
    .values([
      ...MONTHS_2026.map((period) => ({
        engagement_id: engagementId('ENG-101'),
        invoice: `A-${period}`,
        period,
        category: 'base' as const,
        amount: '10000.00',
      })),
      // Last fiscal year: not counted against this year's budget.
      {
        engagement_id: engagementId('ENG-101'),
        invoice: 'A-2025-12',
        period: '2025-12',
        category: 'base',
        amount: '50000.00',
      },
      ...MONTHS_2026.slice(6).map((period) => ({
        engagement_id: engagementId('ENG-102'),
        invoice: `E-${period}`,
        period,
        category: 'base' as const,
        amount: '6000.00',
      })),
    ])
    .execute();

  type Deliverable = [code: string, requested: string, due: string, delivered: string | null, status: string];
  const deliverables: Deliverable[] = [
    ['D1', '2026-10-01', '2026-11-14', null, 'in_progress'],
    ['D2', '2026-10-01', '2026-11-15', null, 'in_progress'],
    ['D3', '2026-10-01', '2026-11-21', null, 'in_progress'],
    ['D4', '2026-10-01', '2026-11-22', null, 'requested'],
    ['D5', '2026-09-01', '2026-10-15', null, 'in_progress'],
    ['D6', '2026-10-20', '2026-11-12', '2026-11-10', 'delivered'],
    ['D7', '2026-10-01', '2026-11-01', null, 'cancelled'],
    ['D8', '2026-10-01', '2026-11-13', '2026-11-20', 'delivered'],
  ];
  await db
    .insertInto('deliverables')
    .values(
      deliverables.map(([code, requested, due, delivered, status]) => ({
        engagement_id: engagementId('ENG-103'),
        code,
        title: `Study ${code}`,
        requested_date: requested,
        due_date: due,
        delivered_date: delivered,
        status: status as 'delivered',
        quality: code === 'D6' ? 4 : null,
        actioned: code === 'D6',
        estimated_value: code === 'D6' ? '1000.00' : null,
      })),
    )
    .execute();

  await db
    .insertInto('fx_rates')
    .values([
      ...MONTHS_2026.slice(5).map((period) => ({ currency: 'EUR', period, rate: '1.10' })),
      { currency: 'GBP', period: '2026-11', rate: '1.25' },
    ])
    .execute();
}
