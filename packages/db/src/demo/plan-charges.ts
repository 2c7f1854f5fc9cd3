import {
  addMonths,
  type ChargeCategory,
  daysBetween,
  daysInMonth,
  firstDayOfPeriod,
  lastDayOfPeriod,
  type Period,
  type PricingModel,
} from '@portfolio/domain';
import { toMoney } from './amounts.ts';
import { maxDate, minDate } from './dates.ts';
import type { DemoContext, EngagementPlan, PlannedCharge } from './plan-types.ts';
import { rngFor } from './rng.ts';

/** The share of the monthly spend billed as the fixed base fee; the rest is volume (FTEs, transactions, hours). */
const BASE_SHARE: Record<PricingModel, number> = {
  fixed_fee: 1,
  outcome: 1,
  fte: 0.15,
  transaction: 0.2,
  time_and_materials: 0.3,
};
const YEARLY_INDEXATION = 0.03;

/**
 * The demo's one credit note (DESIGN: a negative charge line in the category it corrects): the first engagement is
 * refunded 5 % of its base fee two months before today's month, a closed month, so the spend page and the credit
 * ledger have one to show. Drawn without the random generator, so every other figure stays as it was.
 */
const CREDIT_NOTE = { engagement: 'ENG-001', monthsBack: 2, shareOfBase: 0.05 } as const;

/**
 * One invoice per engagement and month it ran (up to the month of today), in the engagement's currency: the base
 * fee, volume charges, a transition fee in the first month, now and then a one-off (an outcome bonus for
 * outcome-priced work) and pass-through costs, and the demo's one credit note. Spend follows the budget times the
 * engagement's spend factor.
 */
export function planCharges(
  plan: EngagementPlan,
  months: readonly Period[],
  context: DemoContext,
): PlannedCharge[] {
  const { row } = plan;
  const rng = rngFor(context.seed, 'charges', row.code);
  const monthly = (Number(row.annual_budget) / 12) * plan.spendFactor;
  const baseShare = BASE_SHARE[row.pricing_model];
  const seasonal = row.type === 'BPO' && ['customer_support', 'it_help_desk'].includes(row.service_line);
  const rows: PlannedCharge[] = [];
  months.forEach((period, index) => {
    const invoice = `INV-${plan.vendor.prefix}-${period.replace('-', '')}-${plan.invoiceNumber}`;
    const add = (category: ChargeCategory, amount: number) => {
      if (amount >= 0.01)
        rows.push({ engagement: row.code, invoice, period, category, amount: toMoney(amount) });
    };
    const indexation = (1 + YEARLY_INDEXATION) ** Math.floor(index / 12);
    const share = shareOfMonthRun(period, row.start_date, row.end_date);
    const month = Number(period.slice(5, 7));
    const peak = seasonal && (month === 11 || month === 12 || month === 1) ? 1.08 : 1;
    const ramp = index === 0 ? 0.7 : 1;
    add('base', monthly * baseShare * indexation * share);
    if (
      row.code === CREDIT_NOTE.engagement &&
      period === addMonths(context.current, -CREDIT_NOTE.monthsBack)
    ) {
      const refund = monthly * baseShare * indexation * share * CREDIT_NOTE.shareOfBase;
      if (refund >= 0.01) {
        const note = `CN-${plan.vendor.prefix}-${period.replace('-', '')}-${plan.invoiceNumber}`;
        rows.push({
          engagement: row.code,
          invoice: note,
          period,
          category: 'base',
          amount: toMoney(-refund),
        });
      }
    }
    if (baseShare < 1) {
      const noise = Math.max(0.6, 1 + rng.normal(0, 0.06));
      add('volume', monthly * (1 - baseShare) * indexation * share * peak * ramp * noise);
    }
    if (index === 0 && rng.chance(0.6)) add('one_off', monthly * rng.float(0.3, 0.8));
    else if (row.pricing_model === 'outcome' && month % 3 === 0 && rng.chance(0.5))
      add('one_off', monthly * rng.float(0.05, 0.15));
    else if (rng.chance(0.03)) add('one_off', monthly * rng.float(0.05, 0.25));
    if (rng.chance(row.type === 'BPO' ? 0.12 : 0.08)) add('pass_through', monthly * rng.float(0.01, 0.06));
  });
  return rows;
}

/** The part of a month between the start and end dates, for pro-rating the first and last month's fees. */
function shareOfMonthRun(period: Period, start: string, end: string | null): number {
  const first = firstDayOfPeriod(period);
  const last = lastDayOfPeriod(period);
  const from = maxDate(start, first);
  const to = end === null ? last : minDate(end, last);
  const days = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  return Math.max(0, daysBetween(from, to) + 1) / days;
}
