import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/card.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { FilteredLink, paths } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { dateTimeLabel } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { type HistoryRow, historyRow } from './lib/history-rows.ts';
import './history.css';

const PAGE = 100;

const COLUMNS: Column<HistoryRow>[] = [
  { key: 'at', header: 'When', value: (row) => row.at, render: (row) => dateTimeLabel(row.at) },
  { key: 'actor', header: 'Who', value: (row) => row.actor },
  { key: 'what', header: 'What', value: (row) => row.what },
  {
    key: 'which',
    header: 'Which',
    value: (row) => row.which,
    render: (row) => <span className="mono">{row.which}</span>,
  },
  {
    key: 'changes',
    header: 'Before → after',
    value: (row) => row.summary ?? null,
    render: (row) => (
      <div className="history-changes">
        {row.changes.length > 0 ? (
          <ul>
            {row.changes.map((change) => (
              <li key={change.field}>
                <span className="history-field">{change.field}</span> {change.before} →{' '}
                <strong>{change.after}</strong>
              </li>
            ))}
          </ul>
        ) : null}
        {row.summary ? <span className="history-summary">{row.summary}</span> : null}
      </div>
    ),
  },
];

/**
 * An engagement's history: every change to it and to its SLAs, measurements, charges and deliverables (who, when,
 * what, before and after), and the imports that named it, latest first.
 */
export function HistoryPage() {
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.audit.history.infiniteQueryOptions(
      { engagement: code, limit: PAGE },
      {
        initialCursor: undefined,
        getNextPageParam: (last) => (last.events.length < PAGE ? undefined : last.events.at(-1)?.id),
      },
    ),
  );
  const first = history.data?.pages[0];
  const rows = history.data?.pages.flatMap((page) => page.events.map(historyRow)) ?? [];

  return (
    <section>
      <PageHeader
        title={
          first ? `History of ${first.engagement.code} · ${first.engagement.name}` : `History of ${code}`
        }
        meta={
          <span className="page-links">
            <FilteredLink to={paths.engagement(code)}>Engagement page</FilteredLink>
            <Link to={`/data-entry/engagements/${encodeURIComponent(code)}`}>Enter data</Link>
          </span>
        }
      />
      <Card
        title="Changes"
        subtitle="Every change of the engagement, its SLAs, measurements, charges and deliverables, and the imports that named it"
        wide
      >
        <QueryState
          isPending={history.isPending}
          error={history.error}
          isEmpty={rows.length === 0}
          emptyText="No change on record yet: data seeded or imported before the audit trail began has no history."
        >
          {/* Not sortable: the rows are pages of the history, newest first, and more come with "Older changes". */}
          <DataTable
            label="History"
            rows={rows}
            columns={COLUMNS}
            rowKey={(row) => String(row.id)}
            sortable={false}
          />
          {history.hasNextPage ? (
            <div className="form-actions">
              <button
                type="button"
                className="button button--small"
                disabled={history.isFetchingNextPage}
                onClick={() => history.fetchNextPage()}
              >
                {history.isFetchingNextPage ? 'Loading…' : 'Older changes'}
              </button>
            </div>
          ) : null}
        </QueryState>
      </Card>
    </section>
  );
}
