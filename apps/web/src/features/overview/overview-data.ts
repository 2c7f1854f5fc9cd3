import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import type { ValueKind } from '../../lib/format.ts';
import type { Better } from '../../lib/period-change.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type Summary = RouterOutputs['report']['summary'];
type SeriesPoint = RouterOutputs['report']['series'][number];
type SavingsPoint = RouterOutputs['savings']['trend'][number];

/** A tile of the overview: the figure now and in the comparison period, as the API gave them. */
export interface TileSpec {
  key: string;
  label: string;
  kind: ValueKind;
  current: string | number | null;
  previous: string | number | null;
  better: Better;
  detail?: { kind: ValueKind; value: string | number | null; label: string };
}

/** Whether a period has figures at all: an engagement ran or was charged in it. */
export function hasFigures(summary: Summary): boolean {
  return summary.engagementCount.all > 0;
}

/** How many months of a period (series per month) have figures: charges, or SLAs measured. */
export function monthsWithFigures(points: readonly SeriesPoint[]): number {
  return points.filter(
    (point) => Number(point.charges) !== 0 || point.sla.met + point.sla.missed + point.sla.breached > 0,
  ).length;
}

const measured = (sla: Summary['totals']['sla']) => sla.met + sla.missed + sla.breached;

/**
 * The overview's tiles from the report summaries of the range and of the comparison period. A figure is compared
 * only where the comparison period has a basis for it: attainment where SLAs were measured, savings where there was
 * a baseline; otherwise its previous value is null ("no data to compare"), never a growth from nothing.
 */
export function overviewTiles(current: Summary, previous: Summary | undefined): TileSpec[] {
  const now = current.totals;
  const before = previous && hasFigures(previous) ? previous.totals : undefined;
  const baselineBefore =
    before && before.baseline !== null && Number(before.baseline) !== 0 ? before : undefined;
  const slaBefore = before && measured(before.sla) > 0 ? before : undefined;
  const active = current.engagementCount;
  return [
    {
      key: 'spend',
      label: 'Spend',
      kind: 'money',
      current: now.charges,
      previous: before?.charges ?? null,
      better: 'neither',
    },
    {
      key: 'netCost',
      label: 'Net cost',
      kind: 'money',
      current: now.netCost,
      previous: before?.netCost ?? null,
      better: 'lower',
    },
    {
      key: 'savings',
      label: 'Savings (BPO)',
      kind: 'money',
      current: now.savings,
      previous: baselineBefore?.savings ?? null,
      better: 'higher',
      detail: { kind: 'money', value: now.baseline, label: 'of baseline' },
    },
    {
      key: 'savingsPct',
      label: 'Savings %',
      kind: 'pct',
      current: now.savingsPct,
      previous: baselineBefore?.savingsPct ?? null,
      better: 'higher',
    },
    {
      key: 'attainment',
      label: 'SLA attainment',
      kind: 'pct',
      current: now.sla.attainmentPct,
      previous: slaBefore?.sla.attainmentPct ?? null,
      better: 'higher',
      detail: { kind: 'count', value: measured(now.sla), label: 'SLA-months measured' },
    },
    {
      key: 'breaches',
      label: 'SLA breaches',
      kind: 'count',
      current: now.sla.breached,
      previous: slaBefore?.sla.breached ?? null,
      better: 'lower',
    },
    {
      key: 'creditsOwed',
      label: 'Credits owed',
      kind: 'money',
      current: now.creditsOwed,
      previous: before?.creditsOwed ?? null,
      better: 'neither',
    },
    {
      key: 'creditsPending',
      label: 'Credits pending',
      kind: 'money',
      current: now.creditsPending,
      previous: before?.creditsPending ?? null,
      better: 'neither',
    },
    {
      key: 'active',
      label: 'Active engagements',
      kind: 'count',
      current: active.all,
      previous: before ? (previous?.engagementCount.all ?? null) : null,
      better: 'neither',
      detail: { kind: 'count', value: null, label: `BPO ${active.BPO} · KPO ${active.KPO}` },
    },
  ];
}

/** Charges per month, BPO and KPO side by side (for a stacked bar). */
export function spendByType(points: readonly SeriesPoint[]): ChartRow[] {
  const months = [...new Set(points.map((p) => p.period ?? ''))].filter((p) => p !== '').sort();
  return months.map((period) => {
    const of = (type: string) => points.find((p) => p.period === period && p.key === type);
    const bpo = of('BPO');
    const kpo = of('KPO');
    return monthRow(period, {
      bpo: bpo ? Number(bpo.charges) : 0,
      kpo: kpo ? Number(kpo.charges) : 0,
    });
  });
}

/** Baseline against the net cost of the same (BPO) engagements, per month. */
export function baselineVsNetCost(points: readonly SavingsPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period, {
      baseline: p.baseline === null ? null : Number(p.baseline),
      netCost: p.netCostVsBaseline === null ? null : Number(p.netCostVsBaseline),
    }),
  );
}

/** SLA attainment and breaches per month. */
export function attainmentTrend(points: readonly SeriesPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period ?? '', { attainment: p.sla.attainmentPct, breached: p.sla.breached }),
  );
}

/** Each point's net cost as a bar: the API already gives the engagements of highest net cost, largest first. */
export function netCostBars(points: readonly SeriesPoint[]): ChartRow[] {
  return points.map((p) => ({ key: p.key, label: p.key, netCost: Number(p.netCost) }));
}
