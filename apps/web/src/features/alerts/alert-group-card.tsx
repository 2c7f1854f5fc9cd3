import type { AlertKind } from '@portfolio/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/card.tsx';
import { dateTimeLabel } from '../../lib/format.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { evidenceLabel, mayAcknowledge } from './alert-view.ts';

type AlertList = RouterOutputs['alerts']['list'];
export type ListedAlert = AlertList['alerts'][number];

/** Alerts shown per kind before "Show all": the most severe come first. */
const FIRST = 5;

/** How each flag is raised, in a line (the README's "Early warnings" has the whole rule). */
const HOW: Record<AlertKind, string> = {
  sla_at_risk:
    'This month’s counts so far need a better rate for the rest of the month than the best of the last 3 months (or over 100 %), or the trend of the last 3–6 months crosses the expected level this month or next.',
  chronic_miss: 'Missed the expected level in 4 or more of the last 12 closed months, or 3 months in a row.',
  missing_report:
    'SLAs without a measurement for one of the last 3 closed months: ask the vendor for the report (due 10 days after the month).',
  renewal: 'Engagements ending within 30, 60 or 90 days; their calendar and evidence are at the bottom.',
  budget_overrun:
    'This fiscal year’s charges so far, continued at their monthly run rate, end above the budget (engagements, and vendors with several).',
  deliverable_due: 'KPO deliverables past their due date and not delivered, or due within the next 7 days.',
};

const NONE: Record<AlertKind, string> = {
  sla_at_risk: 'No SLA is at risk this month.',
  chronic_miss: 'No SLA misses chronically.',
  missing_report: 'Every SLA reported the last 3 closed months.',
  renewal: 'No engagement ends in the next 90 days.',
  budget_overrun: 'No engagement or vendor is heading over its budget.',
  deliverable_due: 'No deliverable is overdue or due this week.',
};

function AlertItem({
  alert,
  canAcknowledge,
  onAcknowledge,
}: {
  alert: ListedAlert;
  canAcknowledge: AlertList['canAcknowledge'];
  onAcknowledge: (alert: ListedAlert) => void;
}) {
  const ack = alert.acknowledgement;
  const may = mayAcknowledge(alert.kind, canAcknowledge) && alert.state !== 'acknowledged';
  return (
    <li className={`alert-item alert-item--${alert.state}`} data-key={alert.key}>
      <span className={`severity severity--${alert.severity}`}>{alert.severity}</span>
      <div>
        <Link className="alert-item__title" to={alert.link}>
          {alert.title}
        </Link>{' '}
        {alert.state === 'worsened' ? (
          <span className="pill pill--breached">Worse since acknowledged</span>
        ) : null}
        <p className="alert-item__detail">{alert.detail}</p>
        <p className="alert-item__meta">
          Evidence: <Link to={alert.link}>{evidenceLabel(alert)}</Link>
          {alert.subject.vendor ? ` · ${alert.subject.vendor}` : ''}
        </p>
        {ack ? (
          <p className="alert-item__ack">
            {alert.state === 'worsened' ? 'Was acknowledged' : 'Acknowledged'} by {ack.actor} on{' '}
            {dateTimeLabel(ack.at)}: “{ack.comment}”
          </p>
        ) : null}
      </div>
      {may ? (
        <button
          type="button"
          className="button button--small"
          aria-label={`Acknowledge: ${alert.title}`}
          onClick={() => onAcknowledge(alert)}
        >
          Acknowledge
        </button>
      ) : (
        <span />
      )}
    </li>
  );
}

/** One kind's alerts, the first five and the rest on request, each linking to its evidence. */
export function AlertGroupCard({
  kind,
  label,
  alerts,
  canAcknowledge,
  onAcknowledge,
}: {
  kind: AlertKind;
  label: string;
  alerts: readonly ListedAlert[];
  canAcknowledge: AlertList['canAcknowledge'];
  onAcknowledge: (alert: ListedAlert) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const open = expanded || alerts.length <= FIRST;
  return (
    <div id={`alerts-${kind}`} className="card-anchor">
      <Card wide title={`${label} (${alerts.length})`} subtitle={HOW[kind]}>
        {alerts.length === 0 ? (
          <p className="state state--empty">{NONE[kind]}</p>
        ) : (
          <>
            <ul className="alert-list" aria-label={label}>
              {(open ? alerts : alerts.slice(0, FIRST)).map((alert) => (
                <AlertItem
                  key={alert.key}
                  alert={alert}
                  canAcknowledge={canAcknowledge}
                  onAcknowledge={onAcknowledge}
                />
              ))}
            </ul>
            {alerts.length > FIRST ? (
              <button
                type="button"
                className="button button--small"
                aria-expanded={open}
                onClick={() => setExpanded(!open)}
              >
                {open ? `Show the first ${FIRST}` : `Show all ${alerts.length}`}
              </button>
            ) : null}
          </>
        )}
      </Card>
    </div>
  );
}
