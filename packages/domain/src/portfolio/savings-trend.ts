import { creditSharePct } from '../credit-share.ts';
import { FxTable } from '../fx.ts';
import { formatMoney } from '../money.ts';
import type { Period } from '../periods.ts';
import { runningTotals } from '../running-totals.ts';
import { computeEngagementMonths } from './engagement-months.ts';
import type { PortfolioFacts } from './facts.ts';
import { accumulateSums, emptySums, type Sums, savingsOf, toFigures } from './portfolio-report.ts';
import type { ReportScope } from './report-scope.ts';

/**
 * Savings month by month for the BPO savings page: the baseline against the net cost of the same engagements,
 * realized and planned savings with their running totals from the first month of the range, and the month's
 * service credits as a share of its charges (all credits that arose, and those withheld: owed + pending).
 * `byMonth` holds the sums of each counted month (a month without any is empty).
 */
export function savingsTrend(months: readonly Period[], byMonth: ReadonlyMap<Period, Sums>) {
  return savingsTrendOf(months.map((period) => ({ period, sums: byMonth.get(period) ?? emptySums() })));
}

/** The savings trend computed by the rules over the facts: the reference of the database's sums. */
export function buildSavingsTrend(facts: PortfolioFacts, scope: ReportScope, currency: string) {
  const fx = new FxTable(facts.fxRates, currency);
  const { rows } = computeEngagementMonths(facts, scope.months, fx);
  const byMonth = new Map<Period, Sums>(scope.months.map((period) => [period, emptySums()]));
  for (const row of rows) {
    const sums = byMonth.get(row.period);
    if (sums) accumulateSums(sums, row);
  }
  return savingsTrend(scope.months, byMonth);
}

function savingsTrendOf(months: readonly { period: Period; sums: Sums }[]) {
  const cumulativeSavings = runningTotals(months.map(({ sums }) => savingsOf(sums) ?? 0));
  const cumulativePlanned = runningTotals(months.map(({ sums }) => sums.plannedSavings ?? 0));
  return months.map(({ period, sums }, index) => {
    const figures = toFigures(sums);
    const credits = sums.creditsOwed + sums.creditsPending + sums.creditsEarnedBack;
    const withheld = sums.creditsOwed + sums.creditsPending;
    return {
      period,
      baseline: figures.baseline,
      /** Net cost of the engagements that have a baseline: what savings are measured against. */
      netCostVsBaseline: sums.baseline === null ? null : formatMoney(sums.netCostWithBaseline),
      savings: figures.savings,
      savingsPct: figures.savingsPct,
      plannedSavings: sums.plannedSavings === null ? null : formatMoney(sums.plannedSavings),
      cumulativeSavings: formatMoney(cumulativeSavings[index] ?? 0),
      cumulativePlannedSavings: formatMoney(cumulativePlanned[index] ?? 0),
      charges: figures.charges,
      credits: formatMoney(credits),
      creditsWithheld: formatMoney(withheld),
      creditsPct: creditSharePct(credits, sums.charges),
      creditsWithheldPct: creditSharePct(withheld, sums.charges),
    };
  });
}

export type SavingsTrendPoint = ReturnType<typeof savingsTrend>[number];
