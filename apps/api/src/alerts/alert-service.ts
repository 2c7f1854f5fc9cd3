import {
  findEngagementId,
  insertAcknowledgement,
  loadAlertFacts,
  loadLatestAcknowledgements,
  loadRenewalFacts,
  recordAudit,
} from '@portfolio/db';
import {
  type AcknowledgeInput,
  ALERT_ACKNOWLEDGED_BY,
  applyAcknowledgements,
  buildAlerts,
  type EngagementFilter,
  renewalEvidenceRange,
  reportScope,
  seriesFromGroups,
  upcomingRenewals,
  withRenewalEvidence,
} from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { actorOf, type Principal } from '../auth/principal.ts';
import { keptFigures } from '../cached-figures.ts';
import type { AppContext, ServerContext } from '../context.ts';

/**
 * Early warnings: the rules (packages/domain/src/alerts) on the facts aggregated in SQL (packages/db queries/alerts),
 * as of today by the context clock, each with its state against its latest acknowledgement.
 */
export function listAlerts(ctx: ServerContext, filter: EngagementFilter) {
  // Kept per data version: the navigation's count asks on every page, and the list shares the same answer.
  return keptFigures(ctx, 'alerts', filter, async () => {
    const today = ctx.clock.today();
    const [facts, acknowledgements] = await Promise.all([
      loadAlertFacts(ctx.db, filter, { today, fiscalYearStart: ctx.fiscalYearStart }),
      loadLatestAcknowledgements(ctx.db),
    ]);
    const alerts = buildAlerts(facts, {
      today,
      fiscalYearStart: ctx.fiscalYearStart,
      currency: ctx.currency,
    });
    return applyAcknowledgements(alerts, acknowledgements);
  });
}

export type ListedAlert = Awaited<ReturnType<typeof listAlerts>>[number];

/** Who may acknowledge which alerts: operations the SLA, renewal and deliverable ones, finance the budget ones. */
export type AcknowledgeArea = 'operations' | 'finance';

/**
 * Acknowledges an alert as it stands now: its current magnitude (computed here, never taken from the caller) and the
 * comment are stored with an `alert.acknowledge` audit event in one transaction. An alert that is not raised today
 * cannot be acknowledged; one of the other area is refused.
 */
export async function acknowledgeAlert(
  ctx: AppContext & { principal: Principal },
  input: AcknowledgeInput,
  area: AcknowledgeArea,
) {
  const alert = (await listAlerts(ctx, {})).find((candidate) => candidate.key === input.key);
  if (!alert) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `No alert ${input.key} is raised on ${ctx.clock.today()}: it may have cleared already`,
    });
  }
  const needed = ALERT_ACKNOWLEDGED_BY[alert.kind];
  if (needed !== area) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        needed === 'finance'
          ? 'Budget alerts are acknowledged by finance (alerts.acknowledgeBudget)'
          : 'This alert is acknowledged by operations (alerts.acknowledge)',
    });
  }
  const actor = actorOf(ctx.principal);
  const acknowledgement = await ctx.db.transaction().execute(async (trx) => {
    const engagementId = alert.subject.engagement
      ? await findEngagementId(trx, alert.subject.engagement)
      : null;
    const stored = await insertAcknowledgement(trx, {
      key: alert.key,
      magnitude: alert.magnitude,
      comment: input.comment,
      userId: actor.userId,
      tokenId: actor.tokenId,
      actor: actor.label,
    });
    await recordAudit(trx, {
      actor,
      action: 'alert.acknowledge',
      entity: 'alert',
      entityKey: alert.key,
      before: alert.acknowledgement
        ? { magnitude: alert.acknowledgement.magnitude, comment: alert.acknowledgement.comment }
        : null,
      after: { magnitude: stored.magnitude, comment: stored.comment },
      detail: { kind: alert.kind, severity: alert.severity, title: alert.title, today: ctx.clock.today() },
      ip: ctx.client.ip,
      engagementId,
    });
    return stored;
  });
  return { ...alert, state: 'acknowledged' as const, acknowledgement };
}

/**
 * The engagements ending within 90 days with the evidence of the last 12 months beside them: the report's own
 * figures (series by engagement over the range) for attainment, credits, savings and insight.
 */
export async function listRenewals(ctx: AppContext, filter: EngagementFilter) {
  const today = ctx.clock.today();
  const range = renewalEvidenceRange(today);
  const upcoming = upcomingRenewals(await loadRenewalFacts(ctx.db, filter, today), today);
  if (upcoming.length === 0) return { today, range, currency: ctx.currency, rows: [] };
  const scope = reportScope(range.from, range.to, today);
  const groups = await ctx.figureCells.groupSums({
    filter: { engagements: upcoming.map((row) => row.engagement) },
    scope,
    currency: ctx.currency,
    grouping: { by: 'engagement', perMonth: false },
  });
  const points = seriesFromGroups(groups);
  return { today, range, currency: ctx.currency, rows: withRenewalEvidence(upcoming, points) };
}
