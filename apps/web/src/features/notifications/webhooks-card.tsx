import { ALERT_KIND_LABELS, ALERT_KINDS } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Column } from '../../components/data-table.tsx';
import { FormError } from '../../components/form-messages.tsx';
import { QueryTable } from '../../components/query-table.tsx';
import { apiFieldIssues, type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { DeliveriesTable } from './deliveries-table.tsx';
import { deliveryStatus } from './lib/delivery-status.ts';

type Format = 'slack' | 'teams';
type Target = RouterOutputs['webhooks']['list']['targets'][number];
const EMPTY = { name: '', format: 'slack' as Format, url: '' };

/** Admins: chat channels' incoming webhooks that get critical alerts as they appear. */
export function WebhooksCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.webhooks.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
  const add = useMutation(trpc.webhooks.add.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.webhooks.remove.mutationOptions({ onSettled: refresh }));
  const test = useMutation(trpc.webhooks.test.mutationOptions({ onSettled: refresh }));
  const [draft, setDraft] = useState(EMPTY);
  const issues = apiFieldIssues(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(draft, { onSuccess: () => setDraft(EMPTY) });
  };
  const tested = test.data ? deliveryStatus(test.data) : null;
  const columns: Column<Target>[] = [
    { key: 'name', header: 'Name', value: (target) => target.name },
    { key: 'format', header: 'Format', value: (target) => (target.format === 'slack' ? 'Slack' : 'Teams') },
    {
      key: 'url',
      header: 'URL',
      value: (target) => target.urlHint,
      render: (target) => <span className="mono">{target.urlHint}</span>,
    },
    {
      key: 'alerts',
      header: 'Alerts',
      value: (target) =>
        target.kinds.length === ALERT_KINDS.length
          ? 'every critical alert'
          : `critical: ${target.kinds.map((kind) => ALERT_KIND_LABELS[kind]).join(', ')}`,
    },
    {
      key: 'actions',
      header: 'Actions',
      sortable: false,
      value: () => null,
      render: (target) => (
        <span className="row-actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => test.mutate({ id: target.id })}
          >
            Send a test
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => remove.mutate({ id: target.id })}
          >
            Remove
          </button>
        </span>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="webhooks">
      <h2 id="webhooks">Chat channels</h2>
      <p className="card__hint">
        Incoming webhooks (Slack, or Teams workflows) get each critical alert as it appears. A URL is stored
        encrypted and shown only when it is added.
      </p>
      {add.data ? (
        <div className="note" role="status">
          “{add.data.name}” added; it posts to <code className="secret">{add.data.url}</code>
          It is not shown again. Its first look records the alerts open now; new critical alerts follow.
        </div>
      ) : null}
      {tested ? (
        <p role="status">
          Test message: {tested.label}
          {tested.detail ? ` (${tested.detail})` : ''}.
        </p>
      ) : null}
      <QueryTable
        label="Chat channels"
        query={list}
        rows={list.data?.targets}
        emptyText="No chat channel yet."
        columns={columns}
        rowKey={(target) => String(target.id)}
      />
      {list.data && !list.data.canAdd ? (
        <p className="notice">
          Set PORTFOLIO_SECRET_KEY (the same on every API process) to add chat channels.
        </p>
      ) : (
        <form className="inline-form" onSubmit={submit} aria-label="Add a chat channel">
          <label>
            Name
            <input
              required
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <label>
            Format
            <select
              value={draft.format}
              onChange={(e) => setDraft({ ...draft, format: e.target.value as Format })}
            >
              <option value="slack">Slack (also Mattermost, Google Chat)</option>
              <option value="teams">Microsoft Teams</option>
            </select>
          </label>
          <label className="wide">
            Webhook URL
            <input
              required
              type="url"
              value={draft.url}
              onChange={(e) => setDraft({ ...draft, url: e.target.value })}
            />
            {issues.url ? <span className="field-error">{issues.url}</span> : null}
          </label>
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            Add channel
          </button>
          {add.error && Object.keys(issues).length === 0 ? <FormError>{add.error.message}</FormError> : null}
        </form>
      )}
      {list.data && list.data.deliveries.length > 0 ? (
        <>
          <h3>Recent chat messages</h3>
          <DeliveriesTable label="Chat messages" rows={list.data.deliveries} showRecipient />
        </>
      ) : null}
    </section>
  );
}
