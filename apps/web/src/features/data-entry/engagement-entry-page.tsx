import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { FilteredLink, paths } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useRole } from '../../lib/use-role.ts';
import { EngagementBudget } from './components/engagement-budget.tsx';
import { EngagementCharges } from './components/engagement-charges.tsx';
import { EngagementDeliverables } from './components/engagement-deliverables.tsx';
import { EngagementSlas } from './components/engagement-slas.tsx';
import { EngagementTerms } from './components/engagement-terms.tsx';
import { MonthEntry } from './components/month-entry.tsx';
import { ENTRY_TAB_LABELS, ENTRY_TABS, type EntryTab, isEntryTab } from './lib/paths.ts';
import { useRefreshAll } from './lib/use-refresh.ts';
import './data-entry.css';

/** One engagement's data: its monthly SLA report, terms, SLAs, charges and (KPO) deliverables, by tab. */
export function EngagementEntryPage() {
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const { can } = useRole();
  const refresh = useRefreshAll();
  const [params, setParams] = useSearchParams();
  const record = useQuery(trpc.records.engagements.get.queryOptions({ code }));
  const info = useQuery(trpc.meta.info.queryOptions());
  const asked = params.get('tab');
  const tab: EntryTab = isEntryTab(asked) ? asked : 'month';
  const isKpo = record.data?.values.type === 'KPO';
  const tabs = ENTRY_TABS.filter((t) => t !== 'deliverables' || isKpo);
  const today = info.data?.today;

  return (
    <section>
      <PageHeader
        title={record.data ? `${record.data.values.code} · ${record.data.values.name}` : code}
        meta={
          <span className="page-links">
            <Link to="/data-entry">All engagements</Link>
            <FilteredLink to={paths.engagement(code)}>Engagement page</FilteredLink>
            <Link to={`/history/${encodeURIComponent(code)}`}>History</Link>
          </span>
        }
      />
      <QueryState isPending={record.isPending || !today} error={record.error} isEmpty={false} emptyText="">
        {record.data && today ? (
          <>
            <div className="tabs" role="tablist" aria-label="Data of the engagement">
              {tabs.map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  aria-selected={t === tab}
                  className={t === tab ? 'tab tab--active' : 'tab'}
                  onClick={() =>
                    setParams((previous) => {
                      const next = new URLSearchParams(previous);
                      next.set('tab', t);
                      return next;
                    })
                  }
                >
                  {ENTRY_TAB_LABELS[t]}
                </button>
              ))}
            </div>
            <div role="tabpanel" aria-label={ENTRY_TAB_LABELS[tab]}>
              {tab === 'month' ? (
                <MonthEntry code={code} today={today} canEdit={can('operations')} onSaved={refresh} />
              ) : tab === 'terms' ? (
                <>
                  {can('finance') ? <EngagementBudget record={record.data} onSaved={refresh} /> : null}
                  <EngagementTerms
                    // A budget saved above moves the version: the terms form starts again from it.
                    key={record.data.values.annual_budget ?? ''}
                    record={record.data}
                    canEdit={can('operations')}
                    canSetBudget={can('finance')}
                    onSaved={refresh}
                  />
                </>
              ) : tab === 'slas' ? (
                <EngagementSlas code={code} canEdit={can('operations')} onChanged={refresh} />
              ) : tab === 'charges' ? (
                <EngagementCharges
                  code={code}
                  currency={record.data.values.currency}
                  today={today}
                  canEdit={can('finance')}
                  onChanged={refresh}
                />
              ) : (
                <EngagementDeliverables code={code} canEdit={can('operations')} onChanged={refresh} />
              )}
            </div>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
