import { formatMonth, plural } from '../display-format.ts';
import type { SlaDirection, SlaUnit } from '../enums.ts';
import { addMonths, type Period } from '../periods.ts';
import { type AlertBase, alertKey, dashboardLink, roundMagnitude } from './alert.ts';
import { formatFigure, ratioFigure, withUnit } from './alert-format.ts';
import {
  MONTH_TO_DATE_RECENT_MONTHS,
  type MonthToDateFact,
  type MonthToDateRisk,
  monthToDateRisk,
  type SlaRef,
  type TrendFact,
  type TrendRisk,
  trendRisk,
} from './sla-at-risk-rules.ts';

export * from './sla-at-risk-rules.ts';

export type SlaAtRiskData =
  | {
      basis: 'month_to_date';
      period: Period;
      unit: SlaUnit;
      direction: SlaDirection;
      expected: string;
      numerator: string;
      denominator: string;
      rateSoFar: number;
      expectedVolume: number;
      remainingVolume: number;
      neededRate: number | null;
      bestRecent: number;
    }
  | {
      basis: 'trend';
      period: Period;
      unit: SlaUnit;
      direction: SlaDirection;
      expected: string;
      points: number;
      slopePerMonth: number;
      fittedLastMonth: number;
      projectedThisMonth: number;
      projectedNextMonth: number;
    };

export type SlaAtRiskAlert = AlertBase & { kind: 'sla_at_risk'; data: SlaAtRiskData };

function subjectOf(fact: SlaRef) {
  return {
    engagement: fact.engagement,
    engagementName: fact.engagementName,
    vendor: fact.vendor,
    sla: fact.sla,
    deliverable: null,
  };
}

/** The SLA's page over the last 12 months up to the current one. */
function slaLink(fact: SlaRef, current: Period): string {
  return dashboardLink(['slas', fact.engagement, fact.sla], {
    range: 'custom',
    from: addMonths(current, -11),
    to: current,
  });
}

const better = (direction: SlaDirection) => (direction === 'higher_is_better' ? 'at least' : 'at most');

function monthToDateAlert(fact: MonthToDateFact, risk: MonthToDateRisk, current: Period): SlaAtRiskAlert {
  const unit = fact.unit;
  const soFar = `So far ${withUnit(ratioFigure(risk.rateSoFar), unit)} of ${formatFigure(Number(fact.denominator), 0)}`;
  const expectedText = withUnit(fact.expected, unit);
  const detail =
    risk.neededRate === null
      ? `${soFar}, already more than the ${formatFigure(ratioFigure(risk.expectedVolume), 0)} a month of the last ` +
        `${plural(fact.recentVolumeMonths, 'month')}: the month is likely to end near that rate, short of ${expectedText}.`
      : `${soFar}; to end ${formatMonth(fact.period)} at ${expectedText} over the ~${formatFigure(ratioFigure(risk.expectedVolume), 0)} ` +
        `expected, the remaining ~${formatFigure(ratioFigure(risk.remainingVolume), 0)} need ${better(fact.direction)} ` +
        `${withUnit(ratioFigure(risk.neededRate), unit)}` +
        (risk.impossible
          ? ', which no month can reach.'
          : `, better than the best of the last ${MONTH_TO_DATE_RECENT_MONTHS} months (${withUnit(ratioFigure(risk.bestRecent), unit)}).`);
  return {
    key: alertKey('sla_at_risk', `${fact.engagement}/${fact.sla}`),
    kind: 'sla_at_risk',
    severity: risk.impossible ? 'critical' : 'warning',
    title: `${fact.engagement} ${fact.sla} · ${fact.slaName}: ${expectedText} out of reach this month`,
    detail,
    magnitude: roundMagnitude(ratioFigure(risk.gap)),
    subject: subjectOf(fact),
    link: slaLink(fact, current),
    data: {
      basis: 'month_to_date',
      period: fact.period,
      unit,
      direction: fact.direction,
      expected: String(fact.expected),
      numerator: String(fact.numerator),
      denominator: String(fact.denominator),
      rateSoFar: ratioFigure(risk.rateSoFar),
      expectedVolume: ratioFigure(risk.expectedVolume),
      remainingVolume: ratioFigure(risk.remainingVolume),
      neededRate: risk.neededRate === null ? null : ratioFigure(risk.neededRate),
      bestRecent: ratioFigure(risk.bestRecent),
    },
  };
}

function trendAlert(fact: TrendFact, risk: TrendRisk, current: Period): SlaAtRiskAlert {
  const unit = fact.unit;
  const slope = ratioFigure(risk.line.slope);
  const expectedText = withUnit(fact.expected, unit);
  return {
    key: alertKey('sla_at_risk', `${fact.engagement}/${fact.sla}`),
    kind: 'sla_at_risk',
    severity: risk.failsMinimum ? 'critical' : 'warning',
    title: `${fact.engagement} ${fact.sla} · ${fact.slaName}: trending to miss ${expectedText}`,
    detail:
      `Over the last ${plural(risk.points, 'measured month')} it moved ${withUnit(Math.abs(slope), unit)} a month ` +
      `the wrong way: ${withUnit(ratioFigure(risk.fittedLastMonth), unit)} on the trend line last month, ` +
      `${withUnit(ratioFigure(risk.projectedThisMonth), unit)} for ${formatMonth(current)} ` +
      `and ${withUnit(ratioFigure(risk.projectedNextMonth), unit)} for ${formatMonth(addMonths(current, 1))}` +
      (risk.failsMinimum ? `, past the minimum level ${withUnit(fact.minimum ?? 0, unit)}.` : '.'),
    magnitude: roundMagnitude(ratioFigure(risk.shortfall)),
    subject: subjectOf(fact),
    link: slaLink(fact, current),
    data: {
      basis: 'trend',
      period: current,
      unit,
      direction: fact.direction,
      expected: String(fact.expected),
      points: risk.points,
      slopePerMonth: slope,
      fittedLastMonth: ratioFigure(risk.fittedLastMonth),
      projectedThisMonth: ratioFigure(risk.projectedThisMonth),
      projectedNextMonth: ratioFigure(risk.projectedNextMonth),
    },
  };
}

/**
 * SLAs at risk of missing the current month: by their month-to-date entry where there is one, else by the trend of
 * their monthly values.
 */
export function slaAtRiskAlerts(
  monthToDate: readonly MonthToDateFact[],
  trends: readonly TrendFact[],
  current: Period,
): SlaAtRiskAlert[] {
  const alerts: SlaAtRiskAlert[] = [];
  const withEntry = new Set<string>();
  for (const fact of monthToDate) {
    if (fact.period !== current) continue;
    withEntry.add(`${fact.engagement}/${fact.sla}`);
    const risk = monthToDateRisk(fact);
    if (risk?.outOfReach) alerts.push(monthToDateAlert(fact, risk, current));
  }
  for (const fact of trends) {
    if (withEntry.has(`${fact.engagement}/${fact.sla}`)) continue;
    const risk = trendRisk(fact);
    if (risk?.atRisk) alerts.push(trendAlert(fact, risk, current));
  }
  return alerts;
}
