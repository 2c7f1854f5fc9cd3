import { FxTable } from '../fx.ts';
import type { Period } from '../periods.ts';
import { computeEngagementMonths } from '../portfolio/engagement-months.ts';
import type { EngagementTermsFact, PortfolioFacts } from '../portfolio/facts.ts';
import {
  addSums,
  buildPortfolioReport,
  emptySums,
  type PortfolioReport,
  type ReportFigures,
  toFigures,
} from '../portfolio/portfolio-report.ts';
import type { ReportScope } from '../portfolio/report-scope.ts';
import { applyContractChanges, type ChangeIssue, type WhatIfSla } from './apply-changes.ts';
import type { ContractChanges } from './contract-changes.ts';
import { replayFacts, type WhatIfMeasurement } from './replay-facts.ts';

/** What a what-if replays: one engagement's report facts, its SLAs in force and their measurements. */
export type WhatIfBasis = {
  /** The report facts of this engagement alone (charges, deliveries, rates stay as they are). */
  facts: PortfolioFacts;
  engagement: EngagementTermsFact;
  slas: readonly WhatIfSla[];
  measurements: readonly WhatIfMeasurement[];
};

/** DESIGN.md's what-if answer: the report of the engagement under the terms on record and under the changed ones. */
export type ContractWhatIf = {
  engagement: string;
  changes: ContractChanges;
  actual: PortfolioReport;
  whatIf: PortfolioReport;
};

/** One month of both histories, each in the report contract's figures. */
export type WhatIfMonth = { period: Period; actual: ReportFigures; whatIf: ReportFigures };

export type Replayed<T> = { ok: true; value: T } | { ok: false; issues: ChangeIssue[] };

/** The facts under the terms on record and under the changed terms, both replayed by the same rules. */
function replayBoth(basis: WhatIfBasis, changes: ContractChanges, scope: ReportScope) {
  const { engagement, slas, measurements } = basis;
  const recorded = { atRiskPct: engagement.atRiskPct, earnBackMonths: engagement.earnBackMonths };
  const applied = applyContractChanges(recorded, slas, changes);
  if (!applied.ok) return applied;
  return {
    ok: true as const,
    actual: replayFacts(basis.facts, engagement, { terms: recorded, slas, measurements }, scope),
    whatIf: replayFacts(basis.facts, engagement, { ...applied, measurements }, scope),
  };
}

/**
 * The contract what-if: the engagement's report (the contract's shape, for it alone) as it is and as it would be
 * had it carried the changed terms all along. `actual` replays the terms on record from the same facts, so the two
 * differ only by the terms; it equals the report itself.
 */
export function contractWhatIf(
  basis: WhatIfBasis,
  changes: ContractChanges,
  scope: ReportScope,
  currency: string,
): Replayed<ContractWhatIf> {
  const both = replayBoth(basis, changes, scope);
  if (!both.ok) return both;
  return {
    ok: true,
    value: {
      engagement: basis.engagement.code,
      changes,
      actual: buildPortfolioReport(both.actual, scope, currency),
      whatIf: buildPortfolioReport(both.whatIf, scope, currency),
    },
  };
}

/** Both histories month by month (the counted months of the range), for drawing them side by side. */
export function whatIfMonths(
  basis: WhatIfBasis,
  changes: ContractChanges,
  scope: ReportScope,
  currency: string,
): Replayed<WhatIfMonth[]> {
  const both = replayBoth(basis, changes, scope);
  if (!both.ok) return both;
  const monthly = (facts: PortfolioFacts) => {
    const { rows } = computeEngagementMonths(facts, scope.months, new FxTable(facts.fxRates, currency));
    return new Map(
      rows
        .filter((row) => row.engagementId === basis.engagement.id)
        .map((row) => [row.period, toFigures(addSums(emptySums(), row))]),
    );
  };
  const actual = monthly(both.actual);
  const whatIf = monthly(both.whatIf);
  return {
    ok: true,
    value: scope.months.flatMap((period) => {
      const before = actual.get(period);
      const after = whatIf.get(period);
      return before && after ? [{ period, actual: before, whatIf: after }] : [];
    }),
  };
}
