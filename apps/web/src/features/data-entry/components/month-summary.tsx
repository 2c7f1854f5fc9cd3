import { parseMoney, type previewSlaMonth } from '@portfolio/domain';
import { monthLabel, plural } from '../../../lib/format.ts';
import type { RouterOutputs } from '../../../lib/trpc.ts';

type Month = RouterOutputs['records']['measurements']['month'];

/** The month's credits as the grid's values would make them: the charges they are a share of, the cap, earn-back. */
export function MonthSummary({
  month,
  preview,
  money,
}: {
  month: Month;
  preview: ReturnType<typeof previewSlaMonth>;
  money: (cents: number | null) => string;
}) {
  const charges = parseMoney(month.creditableCharges);
  return (
    <dl className="month-summary" aria-label="Credits of the month">
      <div>
        <dt>Base and volume charges</dt>
        <dd>{money(charges)}</dd>
      </div>
      <div>
        <dt>At risk ({month.engagement.atRiskPct} %)</dt>
        <dd>{money(preview.atRiskCents)}</dd>
      </div>
      <div>
        <dt>Service credits of the month</dt>
        <dd data-testid="month-credit-total">
          {money(preview.totalCents)}
          {preview.capped ? ' (capped at the at-risk amount)' : ''}
        </dd>
      </div>
      {charges === 0 ? (
        <p className="note">
          No base or volume charges are on record for {monthLabel(month.period)} yet: credits are a share of
          them, so they show once finance enters the invoice.
        </p>
      ) : null}
      {month.engagement.earnBackMonths > 0 ? (
        <p className="note">
          Earn-back of {plural(month.engagement.earnBackMonths, 'month')}: a credit is returned when the SLA
          is met in{' '}
          {month.engagement.earnBackMonths === 1
            ? 'the next measured month'
            : `each of the next ${month.engagement.earnBackMonths} measured months`}
          .
        </p>
      ) : null}
    </dl>
  );
}
