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

/** The overview's tiles from the report summaries of the range and of the comparison period. */
export function overviewTiles(current: Summary, previous: Summary | undefined): TileSpec[] {
  const now = current.totals;
  const before = previous?.totals;
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
      previous: before?.savings ?? null,
      better: 'higher',
      detail: { kind: 'money', value: now.baseline, label: 'of baseline' },
    },
    {
      key: 'savingsPct',
      label: 'Savings %',
      kind: 'pct',
      current: now.savingsPct,
      previous: before?.savingsPct ?? null,
      better: 'higher',
    },
    {
      key: 'attainment',
      label: 'SLA attainment',
      kind: 'pct',
      current: now.sla.attainmentPct,
      previous: before?.sla.attainmentPct ?? null,
      better: 'higher',
      detail: {
        kind: 'count',
        value: now.sla.met + now.sla.missed + now.sla.breached,
        label: 'SLA-months measured',
      },
    },
    {
      key: 'breaches',
      label: 'SLA breaches',
      kind: 'count',
      current: now.sla.breached,
      previous: before?.sla.breached ?? null,
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
      previous: previous?.engagementCount.all ?? null,
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
