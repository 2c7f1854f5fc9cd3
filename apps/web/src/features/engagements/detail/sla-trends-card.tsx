import { skipToken, useQuery } from '@tanstack/react-query';
import { SlaTrendChart } from '../../../components/charts/sla-trend-chart.tsx';
import { slaTrendRows } from '../../../components/charts/sla-trend-points.ts';
import { DataCard } from '../../../components/data-card.tsx';
import { FilteredLink, paths } from '../../../components/filtered-link.tsx';
import { humanize } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import type { ScopedRange } from './detail-scope.ts';

/** A small trend chart per SLA of the engagement, against its levels. */
export function SlaTrendsCard({ code, range }: ScopedRange) {
  const trpc = useTRPC();
  const trends = useQuery(trpc.slas.trend.queryOptions(range ? { ...range, engagement: code } : skipToken));
  return (
    <DataCard
      wide
      title="SLAs with trends"
      subtitle="Each SLA's actual against its expected and minimum levels; select a title to open it"
      query={trends}
      range={range}
      isEmpty={(rows) => rows.length === 0}
      emptyText="This engagement has no SLAs."
      exportOf={(rows) => ({
        columns: [
          { header: 'SLA', value: (r: { sla: string }) => r.sla },
          { header: 'Month', value: (r: { period: string }) => r.period },
          { header: 'Actual', value: (r: { actual: string | null }) => r.actual },
          { header: 'Status', value: (r: { status: string | null }) => r.status },
          { header: 'Expected', value: (r: { expected: string }) => r.expected },
          { header: 'Minimum', value: (r: { minimum: string | null }) => r.minimum },
        ],
        rows: rows.flatMap((sla) =>
          sla.cells.map((c) => ({
            ...c,
            sla: sla.code,
            expected: sla.expected,
            minimum: sla.minimum,
          })),
        ),
      })}
    >
      {(rows) => (
        <div className="small-multiples">
          {rows.map((sla) => {
            const shaped = slaTrendRows(sla);
            return (
              <div key={sla.code}>
                <h3>
                  <FilteredLink to={paths.sla(code, sla.code)}>
                    {sla.code} · {sla.name}
                  </FilteredLink>{' '}
                  <span className="note">({humanize(sla.kind)})</span>
                </h3>
                <SlaTrendChart
                  label={`Trend of ${sla.code}`}
                  rows={shaped.rows}
                  expected={shaped.expected}
                  minimum={shaped.minimum}
                  unit={sla.unit}
                  height={180}
                />
              </div>
            );
          })}
        </div>
      )}
    </DataCard>
  );
}
