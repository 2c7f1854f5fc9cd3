import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../fx.ts';
import { formatMoney, parseMoney } from '../money.ts';
import { addMonths } from '../periods.ts';
import { computeEngagementMonths } from './engagement-months.ts';
import type { FailedCriticalFact, PortfolioFacts } from './facts.ts';
import { buildPortfolioReport } from './portfolio-report.ts';
import { reportScope } from './report-scope.ts';
import { buildSeries } from './series.ts';

// Property tests: random portfolios, the rules' invariants. FUZZ_RUNS sets the number of cases (CI: 200).
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const scope = reportScope('2025-01', '2025-06', '2025-06-15');
const MONTHS = ['2024-10', '2024-11', '2024-12', ...scope.months, '2025-07', '2025-08'];

const money = (max: number) => fc.integer({ min: 0, max }).map(formatMoney);
const percent = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => (n / 100).toFixed(2));
const status = fc.constantFrom('met' as const, 'missed' as const, 'breached' as const);

const engagement = (id: number, currencies: readonly string[]) =>
  fc.record({
    id: fc.constant(id),
    code: fc.constant(`ENG-${id}`),
    name: fc.constant(`Engagement ${id}`),
    type: fc.constantFrom('BPO' as const, 'KPO' as const),
    vendor: fc.constantFrom('Acme', 'Globex'),
    serviceLine: fc.constant('customer_support' as const),
    location: fc.constantFrom('onshore' as const, 'offshore' as const),
    businessUnit: fc.option(fc.constantFrom('Ops', 'HR'), { nil: null }),
    currency: fc.constantFrom(...currencies),
    startDate: fc.constantFrom('2024-06-01', '2025-01-15', '2025-03-31', '2025-05-01'),
    endDate: fc.option(fc.constantFrom('2025-02-10', '2025-04-30', '2025-12-31'), { nil: null }),
    annualBudget: fc.constant(null),
    atRiskPct: percent(20),
    earnBackMonths: fc.integer({ min: 0, max: 3 }),
    baselineMonthlyCost: fc.option(money(50_000_000), { nil: null }),
    plannedMonthlySavings: fc.option(money(5_000_000), { nil: null }),
    slaCount: fc.integer({ min: 0, max: 4 }),
  });

/** A random portfolio of one to four engagements, its charges, SLA counts and failed critical SLAs. */
const portfolio = (currencies: readonly string[]) =>
  fc
    .integer({ min: 1, max: 4 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => engagement(i + 1, currencies))))
    .chain((terms) => {
      const ids = terms.map((t) => t.id);
      const cell = <T>(value: fc.Arbitrary<T>) =>
        fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...scope.months), value);
      return fc.record({
        terms: fc.constant(terms),
        charges: fc
          .uniqueArray(cell(fc.tuple(money(10_000_000), money(10_000_000))), {
            selector: ([id, period]) => `${id}|${period}`,
            maxLength: 12,
          })
          .map((rows) =>
            rows.map(([engagementId, period, [a, b]]) => ({
              engagementId,
              period,
              total: formatMoney(parseMoney(a) + parseMoney(b)),
              creditBase: a,
            })),
          ),
        slaCounts: fc
          .uniqueArray(cell(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3))), {
            selector: ([id, period]) => `${id}|${period}`,
            maxLength: 12,
          })
          .map((rows) =>
            rows.map(([engagementId, period, [met, missed, breached]]) => ({
              engagementId,
              period,
              met,
              missed,
              breached,
            })),
          ),
        failedCritical: fc
          .uniqueArray(
            cell(
              fc.record({
                slaCode: fc.constantFrom('A', 'B', 'C', 'D'),
                allocationPct: fc.option(percent(100), { nil: null }),
                status: fc.constantFrom('missed' as const, 'breached' as const),
                later: fc.array(status, { maxLength: 4 }),
              }),
            ),
            { selector: ([id, period, f]) => `${id}|${period}|${f.slaCode}`, maxLength: 10 },
          )
          .map((rows) =>
            rows.map(
              ([engagementId, period, f], index): FailedCriticalFact => ({
                engagementId,
                slaId: index + 1,
                slaCode: f.slaCode,
                slaName: `SLA ${f.slaCode}`,
                allocationPct: f.allocationPct,
                period,
                status: f.status,
                actual: '1',
                later: f.later.map((s, i) => ({ period: addMonths(period, i + 1), status: s })),
              }),
            ),
          ),
        fxRates: fc
          .array(fc.integer({ min: 1, max: 3_000_000 }), {
            minLength: MONTHS.length,
            maxLength: MONTHS.length,
          })
          .map((rates) =>
            rates.flatMap((rate, i) => [
              { currency: 'EUR', period: MONTHS[i] ?? '', rate: (rate / 1_000_000).toFixed(6) },
              { currency: 'GBP', period: MONTHS[i] ?? '', rate: String(rate / 1_000) },
            ]),
          ),
      });
    })
    .map((facts): PortfolioFacts => ({ ...facts, deliveries: [], cycleDays: [], overdue: [] }));

describe('the portfolio rules, on random portfolios', () => {
  it('never credit more than the at-risk amount, and a month’s parts add up to its total', () => {
    fc.assert(
      fc.property(portfolio(['USD', 'EUR', 'GBP']), (facts) => {
        const { credits } = computeEngagementMonths(facts, scope.months, new FxTable(facts.fxRates, 'USD'));
        const byMonth = new Map<string, { atRisk: number; total: number }>();
        for (const credit of credits) {
          expect(credit.cents).toBeGreaterThanOrEqual(0);
          const key = `${credit.engagementId}|${credit.period}`;
          const month = byMonth.get(key) ?? { atRisk: credit.atRiskCents, total: 0 };
          month.total += credit.cents;
          byMonth.set(key, month);
        }
        for (const month of byMonth.values()) expect(month.total).toBeLessThanOrEqual(month.atRisk);
      }),
      { numRuns: RUNS },
    );
  });

  it('split every credit into owed, pending and earned back, and net cost and savings follow from them', () => {
    fc.assert(
      fc.property(portfolio(['USD']), (facts) => {
        const report = buildPortfolioReport(facts, scope, 'USD');
        const { credits } = computeEngagementMonths(facts, scope.months, new FxTable(facts.fxRates, 'USD'));
        const all = credits.reduce((sum, credit) => sum + credit.cents, 0);
        const { totals } = report;
        const cents = (value: string | null) => parseMoney(value ?? '0');
        expect(
          cents(totals.creditsOwed) + cents(totals.creditsPending) + cents(totals.creditsEarnedBack),
        ).toBe(all);
        for (const figures of [totals, ...report.engagements]) {
          expect(cents(figures.netCost)).toBe(
            cents(figures.charges) - cents(figures.creditsOwed) - cents(figures.creditsPending),
          );
        }
        for (const row of report.engagements) {
          if (row.baseline === null) expect(row.savings).toBeNull();
          else expect(cents(row.savings)).toBe(cents(row.baseline) - cents(row.netCost));
        }
        const withBaseline = report.engagements.filter((row) => row.baseline !== null);
        expect(cents(totals.savings)).toBe(
          withBaseline.reduce((sum, row) => sum + cents(row.baseline) - cents(row.netCost), 0),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('give series that add up to the report, in any currency', () => {
    fc.assert(
      fc.property(portfolio(['USD', 'EUR', 'GBP']), fc.boolean(), (facts, perMonth) => {
        const report = buildPortfolioReport(facts, scope, 'USD');
        const series = buildSeries(facts, scope, 'USD', 'vendor', perMonth);
        for (const field of [
          'charges',
          'creditsOwed',
          'creditsPending',
          'creditsEarnedBack',
          'netCost',
        ] as const) {
          const sum = series.reduce((total, point) => total + parseMoney(point[field]), 0);
          expect(sum, field).toBe(parseMoney(report.totals[field]));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
