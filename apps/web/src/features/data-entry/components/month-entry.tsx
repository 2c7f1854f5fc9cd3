import { addMonths, isPeriod } from '@portfolio/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Card } from '../../../components/card.tsx';
import { FilteredLink, paths } from '../../../components/filtered-link.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { monthLabel } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { MonthEntryGrid } from './month-entry-grid.tsx';

/** The monthly SLA report of an engagement: pick the month, fill in the grid, save. */
export function MonthEntry({
  code,
  today,
  canEdit,
  onSaved,
}: {
  code: string;
  today: string;
  canEdit: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  // Vendors report a month once it is over: the grid opens on last month.
  const period = isPeriod(asked) ? asked : addMonths(today.slice(0, 7), -1);
  const month = useQuery(
    trpc.records.measurements.month.queryOptions(code ? { engagement: code, period } : skipToken),
  );
  const choose = (value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (isPeriod(value)) next.set('period', value);
      return next;
    });
  // Remount the grid when the stored month changes (a save, another user's save), so it starts from it.
  const stamp = month.data
    ? `${month.data.period}:${month.data.slas.map((s) => `${s.code}@${s.measurement?.version ?? 0}`).join(',')}`
    : period;

  return (
    <Card
      title={`SLA report for ${monthLabel(period)}`}
      subtitle="Type each SLA's actual: its status and the credit it causes show before you save"
      wide
      actions={
        <div className="month-picker">
          <button
            type="button"
            className="button button--small"
            onClick={() => choose(addMonths(period, -1))}
          >
            ← Previous
          </button>
          <label>
            <span className="sr-only">Month</span>
            <input type="month" aria-label="Month" value={period} onChange={(e) => choose(e.target.value)} />
          </label>
          <button type="button" className="button button--small" onClick={() => choose(addMonths(period, 1))}>
            Next →
          </button>
        </div>
      }
    >
      <QueryState
        isPending={month.isPending}
        error={month.error}
        isEmpty={month.data?.slas.length === 0}
        emptyText="This engagement has no SLAs in force: add them on the SLAs tab."
      >
        {month.data ? (
          <>
            <MonthEntryGrid key={stamp} month={month.data} canEdit={canEdit} onSaved={onSaved} />
            <p className="card__hint">
              See the figures on the <FilteredLink to={paths.engagement(code)}>engagement page</FilteredLink>{' '}
              (credit ledger) or open an SLA by its code.
            </p>
          </>
        ) : null}
      </QueryState>
    </Card>
  );
}
