import { defaultSubscription, describeFilter, describeSchedule } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { DeliveriesCard } from './deliveries-card.tsx';
import { SubscriptionForm } from './subscription-form.tsx';

type SubscriptionRow = RouterOutputs['notifications']['everyone']['subscriptions'][number];

function digestLabel(subscription: SubscriptionRow['subscription']): string {
  if (subscription === null) return 'Role default, from the next look';
  if (!subscription.enabled) return 'Stopped';
  return `${describeSchedule(subscription)}${subscription.sendWhenEmpty ? ', always' : ''}`;
}

/** Admins: every user's digest (changed or stopped here too) and every message of late. */
export function EveryoneCard(props: { onOpen: (src: string, title: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const everyone = useQuery(trpc.notifications.everyone.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const saveFor = useMutation(
    trpc.notifications.saveFor.mutationOptions({ onSuccess: () => refresh().then(() => setEditing(null)) }),
  );
  const [editing, setEditing] = useState<number | null>(null);
  const data = everyone.data;
  const edited = data?.subscriptions.find((row) => row.user.id === editing);
  const columns: Column<SubscriptionRow>[] = [
    {
      key: 'user',
      header: 'User',
      value: ({ user }) => user.email,
      render: ({ user }) => (
        <>
          {user.email}
          <div className="card__hint">
            {user.role}
            {user.active ? '' : ', inactive'}
          </div>
        </>
      ),
    },
    { key: 'digest', header: 'Digest', value: ({ subscription }) => digestLabel(subscription) },
    {
      key: 'covers',
      header: 'Covers',
      value: ({ subscription }) =>
        subscription
          ? `${subscription.kinds.length} kinds, ${subscription.severities.join('/')}; ${describeFilter(subscription.filter)}`
          : '—',
    },
    {
      key: 'next',
      header: 'Next',
      value: ({ subscription }) => subscription?.nextDueAt ?? null,
      render: ({ subscription }) =>
        subscription?.nextDueAt && data
          ? new Date(subscription.nextDueAt).toLocaleString('en-GB', {
              dateStyle: 'medium',
              timeStyle: 'short',
              timeZone: data.timeZone,
            })
          : '—',
    },
    {
      key: 'change',
      header: 'Change',
      sortable: false,
      value: () => null,
      render: ({ user }) => (
        <button type="button" className="button button--small" onClick={() => setEditing(user.id)}>
          Change
        </button>
      ),
    },
  ];

  return (
    <>
      <section className="card" aria-labelledby="everyone-digests">
        <h2 id="everyone-digests">Everyone’s digests</h2>
        <QueryState
          isPending={everyone.isPending}
          error={everyone.error}
          isEmpty={data?.subscriptions.length === 0}
          emptyText="No users."
        >
          <DataTable
            label="Subscriptions"
            rows={data?.subscriptions ?? []}
            columns={columns}
            rowKey={(row) => String(row.user.id)}
          />
          {edited && data ? (
            <div className="subscription-edit">
              <h3>Digest of {edited.user.email}</h3>
              <SubscriptionForm
                key={edited.user.id}
                label={`Digest settings of ${edited.user.email}`}
                value={edited.subscription ?? defaultSubscription(edited.user.role)}
                timeZone={data.timeZone}
                saving={saveFor.isPending}
                error={saveFor.error}
                onSave={(subscription) => saveFor.mutate({ userId: edited.user.id, subscription })}
              />
              <button type="button" className="button button--ghost" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </div>
          ) : null}
        </QueryState>
      </section>
      <DeliveriesCard
        id="all-deliveries"
        title="Every delivery"
        query={everyone}
        rows={data?.deliveries}
        emptyText="Nothing was sent yet."
        showRecipient
        onOpen={(delivery) =>
          props.onOpen(`/email/${delivery.id}`, `${delivery.subject} (${delivery.recipient})`)
        }
      />
    </>
  );
}
