import { addMonths, isPeriod } from '@portfolio/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Card } from '../../../components/card.tsx';
import { FilteredLink, paths } from '../../../components/filtered-link.tsx';
import { Notice } from '../../../components/form-messages.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { dateTimeLabel, monthLabel, plural } from '../../../lib/format.ts';
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
  // What the last save did, said until the user moves to another month.
  const [saved, setSaved] = useState<{ period: string; text: string } | null>(null);
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
      subtitle={
        canEdit
          ? "Type each SLA's actual: its status and the credit it causes show before you save"
          : 'Each SLA’s actual of the month, its status and the credit it causes. Read-only: operations enter them'
      }
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
            {saved?.period === period ? <Notice>{saved.text}</Notice> : null}
            <MonthEntryGrid
              key={stamp}
              month={month.data}
              canEdit={canEdit}
              onSaved={async (result) => {
                setSaved({
                  period,
                  text: result.changed
                    ? `Saved ${plural(result.count, 'SLA')} for ${monthLabel(period)} (${dateTimeLabel(new Date())}).`
                    : `Nothing changed for ${monthLabel(period)}: the values were already saved.`,
                });
                await onSaved();
              }}
            />
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
