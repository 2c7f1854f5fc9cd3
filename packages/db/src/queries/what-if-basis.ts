import type { ReportScope, WhatIfBasis } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { loadPortfolioFacts } from './portfolio-facts.ts';
import { loadSlaTerms } from './sla-terms.ts';

/**
 * What a contract what-if replays for one engagement: its report facts (as the reference computation loads them),
 * its SLAs in force with their terms, and their measurements from the first month of the range on (the later ones
 * decide earn-back under any number of earn-back months). Undefined when no engagement has the code.
 */
export async function loadWhatIfBasis(
  db: Db,
  code: string,
  scope: ReportScope,
): Promise<WhatIfBasis | undefined> {
  const facts = await loadPortfolioFacts(db, { engagements: [code] }, scope);
  const engagement = facts.terms.find((terms) => terms.code === code);
  if (!engagement) return undefined;
  const first = scope.months[0];
  const [slas, measurements] = await Promise.all([
    loadSlaTerms(db, engagement.id),
    first === undefined
      ? []
      : db
          .selectFrom('measurements as m')
          .innerJoin('slas as s', 's.id', 'm.sla_id')
          .where('s.engagement_id', '=', engagement.id)
          .where('s.archived_at', 'is', null)
          .where('m.period', '>=', first)
          .select(['m.sla_id as slaId', 'm.period', 'm.actual'])
          .orderBy('m.period')
          .execute(),
  ]);
  return { facts, engagement, slas, measurements };
}
