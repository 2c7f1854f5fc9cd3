import { attainmentPct } from '../attainment.ts';
import { creditSharePct } from '../credit-share.ts';
import { parseMoney } from '../money.ts';
import { vendorScore } from '../vendor-score.ts';
import type { ListedEngagement } from './portfolio-report.ts';
import type { SeriesPoint } from './series.ts';

const cents = (money: string | null) => (money === null ? null : parseMoney(money));

/** A vendor's measured critical SLA-months in a range, by status (summed by the database). */
export type CriticalSlaCounts = { vendor: string; met: number; missed: number; breached: number };

/**
 * A scorecard per vendor over a range: its engagements (those the report lists), the report's figures summed over
 * them (the series by vendor over the whole range), credits as a share of charges, savings against plan, insight
 * delivery, its critical SLAs' months, and the score and band of `vendorScore` with how they were made.
 */
export function vendorScorecards(
  byVendor: readonly SeriesPoint[],
  listed: readonly ListedEngagement[],
  critical: readonly CriticalSlaCounts[] = [],
) {
  const criticalOf = new Map(critical.map((row) => [row.vendor, row]));
  return byVendor
    .map((point) => {
      const engagements = listed.filter((terms) => terms.vendor === point.key);
      const credits =
        parseMoney(point.creditsOwed) +
        parseMoney(point.creditsPending) +
        parseMoney(point.creditsEarnedBack);
      const creditsPct = creditSharePct(credits, parseMoney(point.charges));
      const realized = cents(point.savings);
      const planned = cents(point.plannedSavings);
      const counts = criticalOf.get(point.key) ?? { met: 0, missed: 0, breached: 0 };
      const criticalSla = { met: counts.met, missed: counts.missed, breached: counts.breached };
      const score = vendorScore({
        attainmentPct: point.sla.attainmentPct,
        criticalAttainmentPct: attainmentPct({ ...criticalSla, unreported: 0 }),
        criticalBreaches: criticalSla.breached,
        realizedSavingsCents: realized,
        plannedSavingsCents: planned,
        creditsPct,
        onTimePct: point.insight.onTimePct,
        meanQuality: point.insight.meanQuality,
      });
      return {
        vendor: point.key,
        engagements: engagements.map((terms) => terms.code),
        bpo: engagements.filter((terms) => terms.type === 'BPO').length,
        kpo: engagements.filter((terms) => terms.type === 'KPO').length,
        charges: point.charges,
        netCost: point.netCost,
        creditsOwed: point.creditsOwed,
        creditsPending: point.creditsPending,
        creditsEarnedBack: point.creditsEarnedBack,
        creditsPct,
        sla: point.sla,
        baseline: point.baseline,
        savings: point.savings,
        savingsPct: point.savingsPct,
        plannedSavings: point.plannedSavings,
        savingsVsPlanPct:
          realized === null || planned === null || planned <= 0 ? null : (realized * 100) / planned,
        insight: point.insight,
        score: score.score,
        band: score.band,
        components: score.components,
        criticalSla,
        scoreParts: score.parts,
        weightedScore: score.weighted,
        breachPenalty: score.penalty,
        capped: score.capped,
      };
    })
    .sort((a, b) => a.vendor.localeCompare(b.vendor));
}

export type VendorScorecard = ReturnType<typeof vendorScorecards>[number];
