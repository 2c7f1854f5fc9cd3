import { daysBetween, firstDayOfPeriod, type IsoDate, lastDayOfPeriod, type Period } from '@portfolio/domain';
import { logUniform, roundFigure, toMoney, usdPerUnit } from './amounts.ts';
import { type DeliverableTemplate, SERVICE_LINE_PROFILES, type VendorQuality } from './catalogue.ts';
import { addDays, maxDate, minDate } from './dates.ts';
import type { DemoContext, EngagementPlan, PlannedDeliverable } from './plan-types.ts';
import { type Rng, rngFor } from './rng.ts';

const ON_TIME: Record<VendorQuality, number> = { strong: 0.92, typical: 0.82, weak: 0.65 };
/** Weights of the quality ratings 5, 4, 3, 2 and 1 by the vendor's quality. */
const QUALITY: Record<VendorQuality, readonly number[]> = {
  strong: [4, 5, 1, 0, 0],
  typical: [2, 5, 2, 0.4, 0],
  weak: [0.5, 3, 3, 1.2, 0.3],
};
const RATINGS = [5, 4, 3, 2, 1] as const;
/** Weights of 0, 1, 2 and 3 rounds of revisions: good work needs fewer. */
const REVISIONS = { good: [7, 2.5, 0.5, 0], other: [3, 4, 2, 1] } as const;
/** How likely the business acts on a deliverable of each quality rating. */
const ADOPTION = [0, 0.05, 0.1, 0.4, 0.7, 0.85] as const;
/** A share of the work due in the last two months stalls: it is overdue on today. */
const STALLED = 0.08;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A KPO engagement's deliverables: 2–4 requested in each month it ran (never after today), due after the template's
 * turnaround; most delivered on time, some late, a few overdue, and those due later still in progress.
 * Codes run D-0001… within the engagement.
 */
export function planDeliverables(
  plan: EngagementPlan,
  months: readonly Period[],
  context: DemoContext,
): PlannedDeliverable[] {
  const { row, vendor } = plan;
  if (row.type !== 'KPO') return [];
  const profile = SERVICE_LINE_PROFILES[row.service_line];
  const rng = rngFor(context.seed, 'deliverables', row.code);
  const today = context.today;
  const lastDay = minDate(today, row.end_date ?? today);
  const rows: PlannedDeliverable[] = [];
  for (const period of months) {
    const first = maxDate(row.start_date, firstDayOfPeriod(period));
    const last = minDate(lastDayOfPeriod(period), lastDay);
    const count = rng.int(2, 4);
    for (let n = 0; n < count && first <= last; n++) {
      const template = rng.pick(profile.deliverables);
      const requested = addDays(first, rng.int(0, daysBetween(first, last)));
      const turnaround = addDays(requested, rng.int(...template.days));
      const due = row.end_date !== null ? minDate(turnaround, row.end_date) : turnaround;
      const deliveredOn = rng.chance(ON_TIME[vendor.quality])
        ? addDays(due, -rng.int(0, Math.min(4, daysBetween(requested, due))))
        : addDays(due, rng.int(1, 12));
      const stalled = due < today && daysBetween(due, today) <= 60 && rng.chance(STALLED);
      const delivered = !stalled && deliveredOn <= today;
      const quality = rng.weighted(RATINGS, QUALITY[vendor.quality]);
      const revisions = rng.weighted([0, 1, 2, 3], quality >= 4 ? REVISIONS.good : REVISIONS.other);
      const actioned = rng.chance(ADOPTION[quality] ?? 0);
      const value = roundFigure(logUniform(rng, ...profile.deliverableValueUsd) / usdPerUnit(row.currency));
      rows.push({
        engagement: row.code,
        code: `D-${String(rows.length + 1).padStart(4, '0')}`,
        title: titleOf(template, requested, rng),
        kind: template.kind,
        requested_date: requested,
        due_date: due,
        delivered_date: delivered ? deliveredOn : null,
        status: delivered
          ? 'delivered'
          : due >= today && daysBetween(requested, today) <= 2
            ? 'requested'
            : 'in_progress',
        quality: delivered ? quality : null,
        revisions: delivered ? revisions : 0,
        actioned: delivered && actioned,
        estimated_value: delivered ? toMoney(value) : null,
      });
    }
  }
  return rows;
}

function titleOf(template: DeliverableTemplate, requested: IsoDate, rng: Rng): string {
  const year = requested.slice(0, 4);
  const month = Number(requested.slice(5, 7));
  return template.title
    .replace('{quarter}', `Q${Math.ceil(month / 3)} ${year}`)
    .replace('{month}', `${MONTHS[month - 1]} ${year}`)
    .replace('{topic}', () => rng.pick(template.topics ?? ['general']));
}
