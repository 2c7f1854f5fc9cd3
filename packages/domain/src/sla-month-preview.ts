import type { DecimalInput } from './decimal.ts';
import type { SlaKind, SlaUnit } from './enums.ts';
import { measure } from './interchange/cells.ts';
import type { Cents } from './money.ts';
import { monthCredits } from './service-credits.ts';
import { isFailing, type SlaLevels, type SlaPeriodStatus, slaStatus } from './sla-status.ts';
import { slaValueIssue } from './sla-unit-values.ts';

/** An SLA as the monthly entry grid judges it. */
export type MonthEntrySla = SlaLevels & {
  code: string;
  unit: SlaUnit;
  kind: SlaKind;
  allocationPct: DecimalInput | null;
};

export type SlaMonthPreviewInput = {
  atRiskPct: DecimalInput;
  /** The month's `base` and `volume` charges, in the engagement's currency. */
  chargesCents: Cents;
  slas: readonly MonthEntrySla[];
  /** The actual typed for each SLA code, as text; blank or absent is unreported. */
  actuals: Readonly<Record<string, string>>;
};

export type SlaMonthPreviewRow = {
  code: string;
  /** The verdict, `unreported` for a blank actual; null when the actual is refused (not a number, or not of its unit). */
  status: SlaPeriodStatus | null;
  /** Why the actual is refused, when it is. */
  problem: string | null;
  /** The credit this SLA causes; null for a key SLA (only critical SLAs earn credits). */
  creditCents: Cents | null;
};

export type SlaMonthPreview = {
  rows: SlaMonthPreviewRow[];
  atRiskCents: Cents;
  totalCents: Cents;
  /** Whether the failing SLAs' allocations passed 100 % so their credits were scaled down to the at-risk amount. */
  capped: boolean;
};

/**
 * What a month of typed actuals means before it is saved: each SLA's status by `slaStatus`, and the credits they
 * cause by `monthCredits` (critical SLAs that are missed or breached share the at-risk amount of the month's
 * charges). An actual that is not a number, or one its unit cannot have (−3 seconds), has no status and causes no
 * credit.
 */
export function previewSlaMonth(input: SlaMonthPreviewInput): SlaMonthPreview {
  const judged = input.slas.map((sla) => {
    const text = input.actuals[sla.code] ?? '';
    if (text.trim() === '') return { sla, status: 'unreported' as const, problem: null };
    const parsed = measure(text);
    if (!parsed.ok) return { sla, status: null, problem: parsed.reason };
    const issue = slaValueIssue(sla.unit, parsed.value);
    if (issue !== null) return { sla, status: null, problem: `${parsed.value} ${issue}` };
    return { sla, status: slaStatus(sla, parsed.value), problem: null };
  });
  const failing = judged
    .filter(({ sla, status }) => sla.kind === 'critical' && status !== null && isFailing(status))
    .map(({ sla }) => ({ slaCode: sla.code, allocationPct: sla.allocationPct ?? '0' }));
  const credits = monthCredits({ chargesCents: input.chargesCents, atRiskPct: input.atRiskPct, failing });
  const creditOf = new Map(credits.parts.map((part) => [part.slaCode, part.cents]));
  return {
    rows: judged.map(({ sla, status, problem }) => ({
      code: sla.code,
      status,
      problem,
      creditCents: sla.kind === 'critical' ? (creditOf.get(sla.code) ?? 0) : null,
    })),
    atRiskCents: credits.atRiskCents,
    totalCents: credits.totalCents,
    capped: credits.capped,
  };
}
