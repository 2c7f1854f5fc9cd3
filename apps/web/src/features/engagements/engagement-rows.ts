import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type ListItem = RouterOutputs['engagements']['list'][number];
type Report = RouterOutputs['report']['portfolio'];
type ReportEngagement = Report['engagements'][number];
type ChargeLine = RouterOutputs['engagements']['charges'][number];
type SeriesPoint = RouterOutputs['report']['series'][number];

export type EngagementRow = ListItem & { figures: ReportEngagement | null };

/** The engagements beside their figures of the range (null when an engagement neither ran nor was charged in it). */
export function withFigures(list: readonly ListItem[], report: Report | undefined): EngagementRow[] {
  const figures = new Map(report?.engagements.map((e) => [e.code, e]));
  return list.map((item) => ({ ...item, figures: figures.get(item.code) ?? null }));
}

/** The rows whose code, name, vendor or owner contains the text, in any case. */
export function searchEngagements<
  Row extends { code: string; name: string; vendor: string; owner: string | null },
>(rows: readonly Row[], text: string): Row[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((row) =>
    [row.code, row.name, row.vendor, row.owner ?? ''].some((field) => field.toLowerCase().includes(needle)),
  );
}

export const CHARGE_CATEGORIES = ['base', 'volume', 'one_off', 'pass_through'] as const;

export type ChargeMonth = { period: string } & Record<(typeof CHARGE_CATEGORIES)[number], string | null>;

/** An engagement's charges as one row per month with a column per category (as summed by the API). */
export function chargesByMonth(lines: readonly ChargeLine[]): ChargeMonth[] {
  const months = new Map<string, ChargeMonth>();
  for (const line of lines) {
    const month = months.get(line.period) ?? {
      period: line.period,
      base: null,
      volume: null,
      one_off: null,
      pass_through: null,
    };
    month[line.category] = line.amount;
    months.set(line.period, month);
  }
  return [...months.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** The same months for a stacked bar chart, amounts as numbers. */
export function chargeBars(months: readonly ChargeMonth[]): ChartRow[] {
  return months.map((m) =>
    monthRow(m.period, {
      base: m.base === null ? null : Number(m.base),
      volume: m.volume === null ? null : Number(m.volume),
      one_off: m.one_off === null ? null : Number(m.one_off),
      pass_through: m.pass_through === null ? null : Number(m.pass_through),
    }),
  );
}

/** Charges, credits withheld and net cost per month in the reporting currency. */
export function costByMonth(points: readonly SeriesPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period ?? '', {
      charges: Number(p.charges),
      creditsOwed: Number(p.creditsOwed),
      creditsPending: Number(p.creditsPending),
      netCost: Number(p.netCost),
    }),
  );
}
