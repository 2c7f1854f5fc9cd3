import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { FilteredLink } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters } from '../../lib/use-filters.ts';
import { ChargesCard } from './detail/charges-card.tsx';
import { CostCard } from './detail/cost-card.tsx';
import { CreditsCard } from './detail/credits-card.tsx';
import { DeliverablesCard } from './detail/deliverables-card.tsx';
import { FigureTiles } from './detail/figure-tiles.tsx';
import { SlaTrendsCard } from './detail/sla-trends-card.tsx';
import { TermsCard } from './detail/terms-card.tsx';
import { WhatIfPanel } from './what-if-panel.tsx';

/**
 * One engagement: its figures of the range, terms, a contract what-if, cost, charges, SLA trends, credits and (KPO)
 * deliverables. Each card asks for its own data, so each draws as soon as its answer is in.
 */
export function EngagementDetailPage() {
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const { range } = useFilters();
  const detail = useQuery(trpc.engagements.detail.queryOptions({ code }));
  const scope = { code, range };
  return (
    <section>
      <PageHeader
        title={detail.data ? `${detail.data.code} · ${detail.data.name}` : code}
        meta={
          <FilteredLink to="/engagements" className="back-link">
            All engagements
          </FilteredLink>
        }
      />
      <QueryState isPending={detail.isPending} error={detail.error} isEmpty={false} emptyText="">
        {detail.data ? (
          <>
            <FigureTiles {...scope} />
            <div className="cards">
              <TermsCard detail={detail.data} />
              <WhatIfPanel key={detail.data.code} detail={detail.data} range={range} />
              <CostCard {...scope} />
              <ChargesCard {...scope} currency={detail.data.currency} />
              <SlaTrendsCard {...scope} />
              <CreditsCard {...scope} />
              {detail.data.type === 'KPO' ? (
                <DeliverablesCard code={code} currency={detail.data.currency} />
              ) : null}
            </div>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
