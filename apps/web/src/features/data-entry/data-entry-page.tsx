import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/card.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { humanize } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useRole } from '../../lib/use-role.ts';
import { DataEntryNav } from './components/data-entry-nav.tsx';
import { entryPath } from './lib/paths.ts';
import './data-entry.css';

/** Where data entry starts: each engagement's monthly SLA report, terms, SLAs, charges and deliverables. */
export function DataEntryPage() {
  const trpc = useTRPC();
  const { can, role } = useRole();
  const engagements = useQuery(trpc.engagements.list.queryOptions());
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = engagements.data?.filter((e) =>
    needle === '' ? true : `${e.code} ${e.name} ${e.vendor}`.toLowerCase().includes(needle),
  );
  return (
    <section>
      <PageHeader
        title="Data entry"
        meta={
          role === 'viewer'
            ? 'You may look at the records; changing them is for operations and finance'
            : 'Enter each vendor’s monthly SLA report, invoices and deliverables, or upload them as CSV'
        }
      />
      <DataEntryNav />
      <Card
        title="Engagements"
        subtitle="Open one to enter its monthly SLA report, its terms, SLAs, charges and deliverables"
        wide
        actions={
          can('operations') ? (
            <Link className="button button--primary" to="/data-entry/engagements/new">
              New engagement
            </Link>
          ) : null
        }
      >
        <div className="toolbar">
          <label>
            Search
            <input
              value={search}
              placeholder="Code, name or vendor"
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
        </div>
        <QueryState
          isPending={engagements.isPending}
          error={engagements.error}
          isEmpty={shown?.length === 0}
          emptyText="No engagement matches."
        >
          <div className="table-wrap" style={{ maxHeight: 520 }}>
            <table className="data-table" aria-label="Engagements to enter data for">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Name</th>
                  <th scope="col">Vendor</th>
                  <th scope="col">Type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Enter</th>
                </tr>
              </thead>
              <tbody>
                {shown?.map((e) => (
                  <tr key={e.code}>
                    <td className="mono">{e.code}</td>
                    <td>{e.name}</td>
                    <td>{e.vendor}</td>
                    <td>
                      <span className={`badge badge--${e.type.toLowerCase()}`}>{e.type}</span>
                    </td>
                    <td>{humanize(e.status)}</td>
                    <td>
                      <div className="row-actions">
                        <Link to={entryPath(e.code, 'month')}>Monthly SLA report</Link>
                        <Link to={entryPath(e.code, 'terms')}>Terms</Link>
                        <Link to={`/history/${encodeURIComponent(e.code)}`}>History</Link>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </QueryState>
      </Card>
    </section>
  );
}
