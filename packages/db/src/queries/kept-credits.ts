import {
  type CreditStatus,
  type EarnBackReason,
  type EngagementFilter,
  type LedgerCredit,
  MissingFxRateError,
  type PeriodStatus,
  type ReportScope,
  type SlaStatus,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { freshFigures } from './figure-sums.ts';

/** The kept credits that arose in the counted months of a range, each converted at its month's rate on its own. */
export async function loadKeptCredits(
  db: Db,
  filter: EngagementFilter,
  scope: ReportScope,
  currency: string,
): Promise<LedgerCredit[]> {
  await freshFigures(db);
  const first = scope.months[0];
  const last = scope.months.at(-1);
  if (first === undefined || last === undefined) return [];
  const { rows } = await sql<{
    engagement: string;
    sla_code: string;
    sla_name: string;
    period: string;
    sla_status: SlaStatus;
    actual: string;
    currency: string;
    credit_base_cents: string;
    credit_notes_cents: string;
    at_risk_pct: string;
    at_risk_cents: string;
    allocation_pct: string;
    capped: boolean;
    exact_share_cents: number;
    cents: string;
    reporting_cents: string | null;
    status: CreditStatus;
    reason: EarnBackReason;
    earn_back_months: number;
    deciding: PeriodStatus[] | string;
    note: string | null;
  }>`
    select e.code as engagement, s.code as sla_code, s.name as sla_name, k.period, k.sla_status, k.actual::text,
      e.currency, k.credit_base_cents, k.credit_notes_cents, k.at_risk_pct::text, k.at_risk_cents, k.allocation_pct::text, k.capped,
      k.exact_share_cents, k.cents,
      case when k.cents = 0 then 0 when e.currency = ${currency} then k.cents else round(k.cents * x.rate) end
        as reporting_cents,
      k.status, k.reason, k.earn_back_months, k.deciding, m.note
    from engagement_credits k
    join engagements e on e.id = k.engagement_id
    join slas s on s.id = k.sla_id
    -- The vendor's note is no kept figure: it is read with the measurement at read time.
    left join measurements m on m.sla_id = k.sla_id and m.period = k.period
    left join fx_rates x on x.currency = e.currency and x.period = k.period
    where k.engagement_id in (${filteredEngagementIds(db, filter)}) and k.period between ${first} and ${last}`.execute(
    db,
  );
  const unconverted = rows.find((row) => row.reporting_cents === null);
  if (unconverted) throw new MissingFxRateError(unconverted.currency, unconverted.period, currency);
  return rows.map((row) => ({
    engagement: row.engagement,
    slaCode: row.sla_code,
    slaName: row.sla_name,
    period: row.period,
    slaStatus: row.sla_status,
    actual: row.actual,
    currency: row.currency,
    creditBaseCents: Number(row.credit_base_cents),
    creditNotesCents: Number(row.credit_notes_cents),
    atRiskPct: Number(row.at_risk_pct),
    atRiskCents: Number(row.at_risk_cents),
    allocationPct: Number(row.allocation_pct),
    capped: row.capped,
    exactShareCents: Number(row.exact_share_cents),
    cents: Number(row.cents),
    reportingCents: Number(row.reporting_cents),
    status: row.status,
    reason: row.reason,
    earnBackMonths: row.earn_back_months,
    // PGlite and pg both parse jsonb, but a driver that does not would give text.
    deciding: typeof row.deciding === 'string' ? (JSON.parse(row.deciding) as PeriodStatus[]) : row.deciding,
    note: row.note,
  }));
}
