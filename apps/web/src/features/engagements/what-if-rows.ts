import { type ContractChangesInput, formatMoney, parseMoney, type SlaKind } from '@portfolio/domain';
import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type Detail = RouterOutputs['engagements']['detail'];
type WhatIfMonth = RouterOutputs['whatIf']['months'][number];
type Figures = WhatIfMonth['actual'];

/** The terms as the panel edits them: text as typed; an empty minimum means none. */
export type SlaTermsForm = {
  code: string;
  kind: SlaKind;
  allocation: string;
  expected: string;
  minimum: string;
};
export type TermsForm = { atRiskPct: string; earnBackMonths: string; slas: SlaTermsForm[] };

/** The engagement's terms on record, as the form starts. */
export function termsForm(detail: Detail): TermsForm {
  return {
    atRiskPct: String(detail.atRiskPct),
    earnBackMonths: String(detail.earnBackMonths),
    slas: detail.slas.map((sla) => ({
      code: sla.code,
      kind: sla.kind,
      allocation: sla.allocationPct === null ? '' : String(sla.allocationPct),
      expected: String(sla.expected),
      minimum: sla.minimum === null ? '' : String(sla.minimum),
    })),
  };
}

/** Whether two numbers as typed mean the same ("10" and "10.00"); text that is not a number never does. */
function same(typed: string, recorded: string): boolean {
  const a = typed.trim();
  if (a === recorded) return true;
  return a !== '' && recorded !== '' && Number.isFinite(Number(a)) && Number(a) === Number(recorded);
}

/** What the form changes against the terms on record: only what differs, in the what-if's input. */
export function changesOfForm(form: TermsForm, recorded: TermsForm): ContractChangesInput {
  const changes: ContractChangesInput = {};
  if (!same(form.atRiskPct, recorded.atRiskPct)) changes.atRiskPct = form.atRiskPct.trim();
  if (!same(form.earnBackMonths, recorded.earnBackMonths))
    changes.earnBackMonths = form.earnBackMonths.trim();
  const kind: Record<string, SlaKind> = {};
  const allocation: Record<string, string> = {};
  const expected: Record<string, string> = {};
  const minimum: Record<string, string> = {};
  for (const sla of form.slas) {
    const before = recorded.slas.find((s) => s.code === sla.code);
    if (!before) continue;
    if (sla.kind !== before.kind) kind[sla.code] = sla.kind;
    // A key SLA has no allocation: what is typed there is left out.
    if (sla.kind === 'critical' && !same(sla.allocation, before.allocation) && sla.allocation.trim() !== '') {
      allocation[sla.code] = sla.allocation.trim();
    }
    if (!same(sla.expected, before.expected)) expected[sla.code] = sla.expected.trim();
    if (!same(sla.minimum, before.minimum)) minimum[sla.code] = sla.minimum.trim() || 'none';
  }
  const given = (record: Record<string, string>) => Object.keys(record).length > 0;
  if (given(kind)) changes.kind = kind;
  if (given(allocation)) changes.allocation = allocation;
  if (given(expected)) changes.expected = expected;
  if (given(minimum)) changes.minimum = minimum;
  return changes;
}

/** Credits the month withholds from the vendor: owed and pending (an earned-back credit went back). */
export function withheld(figures: Figures): string {
  return formatMoney(parseMoney(figures.creditsOwed) + parseMoney(figures.creditsPending));
}

const minus = (a: string, b: string) => formatMoney(parseMoney(a) - parseMoney(b));
const minusPct = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** One month of both histories and their difference (what-if − on record), for the table and its export. */
export type WhatIfRow = {
  period: string;
  creditsActual: string;
  creditsWhatIf: string;
  creditsDiff: string;
  attainmentActual: number | null;
  attainmentWhatIf: number | null;
  attainmentDiff: number | null;
  netCostActual: string;
  netCostWhatIf: string;
  netCostDiff: string;
};

export function whatIfRows(months: readonly WhatIfMonth[]): WhatIfRow[] {
  return months.map(({ period, actual, whatIf }) => {
    const creditsActual = withheld(actual);
    const creditsWhatIf = withheld(whatIf);
    return {
      period,
      creditsActual,
      creditsWhatIf,
      creditsDiff: minus(creditsWhatIf, creditsActual),
      attainmentActual: actual.sla.attainmentPct,
      attainmentWhatIf: whatIf.sla.attainmentPct,
      attainmentDiff: minusPct(whatIf.sla.attainmentPct, actual.sla.attainmentPct),
      netCostActual: actual.netCost,
      netCostWhatIf: whatIf.netCost,
      netCostDiff: minus(whatIf.netCost, actual.netCost),
    };
  });
}

/** Chart points: both months' credits as bars and attainments as lines. */
export function whatIfChartRows(rows: readonly WhatIfRow[]): ChartRow[] {
  return rows.map((row) =>
    monthRow(row.period, {
      creditsActual: Number(row.creditsActual),
      creditsWhatIf: Number(row.creditsWhatIf),
      attainmentActual: row.attainmentActual,
      attainmentWhatIf: row.attainmentWhatIf,
    }),
  );
}
