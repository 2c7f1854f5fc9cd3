import { addMonths, engagementRanIn, type Period, parseDate, periodOfDate } from '@portfolio/domain';
import { planCharges } from './plan-charges.ts';
import { planDeliverables } from './plan-deliverables.ts';
import { engagementCount, planEngagements, planVendors } from './plan-engagements.ts';
import { planFxRates } from './plan-fx.ts';
import { chooseSlas, planMeasurements, slaRow } from './plan-slas.ts';
import type {
  DemoContext,
  DemoOptions,
  EngagementDetail,
  EngagementPlan,
  PlannedEngagement,
  PlannedFxRate,
  PlannedVendor,
} from './plan-types.ts';
import { rngFor } from './rng.ts';

export { engagementCount, planEngagements, planVendors } from './plan-engagements.ts';
export { planFxRates } from './plan-fx.ts';
export type * from './plan-types.ts';

export const DEFAULT_SEED = 20_240_601;
export const WINDOW_MONTHS = 24;
/** Chance that a vendor sends no report at all for a month. */
const MONTH_GAP = 0.005;

/** The context every part is drawn from: the seed, today and the 24 months ending in today's month. */
export function demoContext(options: DemoOptions): DemoContext {
  const today = parseDate(options.today);
  const current = periodOfDate(today);
  const window = Array.from({ length: WINDOW_MONTHS }, (_, i) => addMonths(current, i - WINDOW_MONTHS + 1));
  return { seed: options.seed ?? DEFAULT_SEED, today, window, current };
}

/** The months of the window in which the engagement ran (none after the month of today). */
export function monthsRun(row: PlannedEngagement, context: DemoContext): Period[] {
  return context.window.filter((period) => engagementRanIn(row.start_date, row.end_date, period));
}

/** Everything under one engagement; drawn from streams of its own, so it is the same however engagements are chunked. */
export function planEngagementDetail(plan: EngagementPlan, context: DemoContext): EngagementDetail {
  const months = monthsRun(plan.row, context);
  const gapRng = rngFor(context.seed, 'gaps', plan.row.code);
  const gaps = new Set(months.slice(0, -1).filter(() => gapRng.chance(MONTH_GAP)));
  const choices = chooseSlas(plan, context);
  return {
    slas: choices.map((choice) => slaRow(plan, choice)),
    measurements: choices.flatMap((choice) => planMeasurements(plan, choice, months, gaps, context)),
    charges: planCharges(plan, months, context),
    deliverables: planDeliverables(plan, months, context),
  };
}

export interface PortfolioPlan extends EngagementDetail {
  vendors: PlannedVendor[];
  engagements: PlannedEngagement[];
  fxRates: PlannedFxRate[];
}

/** The whole portfolio in memory: for tests and small scales (the writer streams engagement by engagement). */
export function planPortfolio(options: DemoOptions): PortfolioPlan {
  const context = demoContext(options);
  const plans = planEngagements(context, engagementCount(options.scale ?? 1));
  const details = plans.map((plan) => planEngagementDetail(plan, context));
  return {
    vendors: planVendors(),
    engagements: plans.map((plan) => plan.row),
    fxRates: planFxRates(context),
    slas: details.flatMap((detail) => detail.slas),
    measurements: details.flatMap((detail) => detail.measurements),
    charges: details.flatMap((detail) => detail.charges),
    deliverables: details.flatMap((detail) => detail.deliverables),
  };
}
