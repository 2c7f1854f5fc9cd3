import { ENGAGEMENT_TYPES, type EngagementType, SERVICE_LINE_LABELS } from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { type EngagementFilter, filterEngagements } from './filter-engagements.ts';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function EngagementsPage() {
  const trpc = useTRPC();
  const engagements = useQuery(trpc.engagements.list.queryOptions());
  const [filter, setFilter] = useState<EngagementFilter>({ text: '', type: 'all' });
  const rows = filterEngagements(engagements.data ?? [], filter);

  return (
    <section>
      <header className="page-header">
        <h1>Engagements</h1>
        <p className="page-header__meta">
          {engagements.data ? `${rows.length} of ${engagements.data.length} engagements` : ''}
        </p>
      </header>
      <div className="toolbar">
        <label>
          Search
          <input
            type="search"
            placeholder="Code, name or vendor"
            value={filter.text}
            onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          />
        </label>
        <label>
          Type
          <select
            value={filter.type}
            onChange={(event) => setFilter({ ...filter, type: event.target.value as EngagementType | 'all' })}
          >
            <option value="all">BPO and KPO</option>
            {ENGAGEMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState
        isPending={engagements.isPending}
        error={engagements.error}
        isEmpty={rows.length === 0}
        emptyText={engagements.data?.length ? 'No engagement matches the filter.' : 'No engagements yet.'}
      >
        <div className="table-wrap">
          <table className="data-table" aria-label="Engagements">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">Vendor</th>
                <th scope="col">Type</th>
                <th scope="col">Service line</th>
                <th scope="col">Location</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <td className="mono">{row.code}</td>
                  <td>{row.name}</td>
                  <td>{row.vendor}</td>
                  <td>
                    <span className={`badge badge--${row.type.toLowerCase()}`}>{row.type}</span>
                  </td>
                  <td>{SERVICE_LINE_LABELS[row.serviceLine]}</td>
                  <td>{capitalize(row.location)}</td>
                  <td>
                    <span className={`status status--${row.status}`}>{capitalize(row.status)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
    </section>
  );
}
