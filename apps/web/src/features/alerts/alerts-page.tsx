import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters } from '../../lib/use-filters.ts';
import { AcknowledgeDialog } from './acknowledge-dialog.tsx';
import { AlertGroupCard, type ListedAlert } from './alert-group-card.tsx';
import { alertFilter, groupAlerts } from './alert-view.ts';
import { RenewalsCard } from './renewals-card.tsx';
import './alerts.css';

/**
 * What is about to go wrong, as of today: SLAs at risk this month, chronic misses, renewals, budget overruns and
 * deliverables due, each linking to its evidence; acknowledged alerts stay hidden unless they worsen.
 */
export function AlertsPage() {
  const trpc = useTRPC();
  const { filters } = useFilters();
  const [params, setParams] = useSearchParams();
  const showAcknowledged = params.get('acknowledged') === 'show';
  const filter = alertFilter(filters);
  const list = useQuery(trpc.alerts.list.queryOptions({ ...filter, includeAcknowledged: showAcknowledged }));
  const [acknowledging, setAcknowledging] = useState<ListedAlert | null>(null);
  const groups = groupAlerts(list.data?.alerts ?? []);
  const counts = list.data?.counts;

  const toggle = (show: boolean) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (show) next.set('acknowledged', 'show');
      else next.delete('acknowledged');
      return next;
    });

  return (
    <section>
      <PageHeader
        title="Alerts"
        meta={
          list.data
            ? `Early warnings as of ${list.data.today}: the filters apply, the range does not.`
            : 'Early warnings as of today'
        }
      >
        <div className="toolbar">
          <label className="check-label">
            <input
              type="checkbox"
              checked={showAcknowledged}
              onChange={(event) => toggle(event.target.checked)}
            />
            Show acknowledged{counts && counts.acknowledged > 0 ? ` (${counts.acknowledged})` : ''}
          </label>
        </div>
      </PageHeader>
      <QueryState isPending={list.isPending} error={list.error} isEmpty={false} emptyText="">
        {list.data ? (
          <>
            <TileGrid label="Alerts by kind">
              {groups.map((group) => {
                const shown = group.alerts.filter((a) => a.state !== 'acknowledged');
                const critical = shown.filter((a) => a.severity === 'critical').length;
                return (
                  <a key={group.kind} className="tile-link" href={`#alerts-${group.kind}`}>
                    <Tile
                      label={group.label}
                      value={String(shown.length)}
                      detail={critical > 0 ? `${critical} critical` : 'none critical'}
                    />
                  </a>
                );
              })}
            </TileGrid>
            <div className="cards">
              {groups.map((group) => (
                <AlertGroupCard
                  key={group.kind}
                  kind={group.kind}
                  label={group.label}
                  alerts={group.alerts}
                  canAcknowledge={list.data.canAcknowledge}
                  onAcknowledge={setAcknowledging}
                />
              ))}
              <RenewalsCard filter={filter} />
            </div>
          </>
        ) : null}
      </QueryState>
      <AcknowledgeDialog alert={acknowledging} onClose={() => setAcknowledging(null)} />
    </section>
  );
}
