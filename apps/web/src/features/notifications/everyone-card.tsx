import { defaultSubscription, describeFilter, describeSchedule } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { DeliveriesTable } from './deliveries-table.tsx';
import { SubscriptionForm } from './subscription-form.tsx';

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
          <div className="table-wrap">
            <table className="data-table" aria-label="Subscriptions">
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Digest</th>
                  <th scope="col">Covers</th>
                  <th scope="col">Next</th>
                  <th scope="col">
                    <span className="sr-only">Change</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data?.subscriptions.map(({ user, subscription }) => (
                  <tr key={user.id}>
                    <td>
                      {user.email}
                      <div className="card__hint">
                        {user.role}
                        {user.active ? '' : ', inactive'}
                      </div>
                    </td>
                    <td>
                      {subscription === null
                        ? 'Role default, from the next look'
                        : subscription.enabled
                          ? `${describeSchedule(subscription)}${subscription.sendWhenEmpty ? ', always' : ''}`
                          : 'Stopped'}
                    </td>
                    <td>
                      {subscription
                        ? `${subscription.kinds.length} kinds, ${subscription.severities.join('/')}; ${describeFilter(subscription.filter)}`
                        : '—'}
                    </td>
                    <td>
                      {subscription?.nextDueAt
                        ? new Date(subscription.nextDueAt).toLocaleString('en-GB', {
                            dateStyle: 'medium',
                            timeStyle: 'short',
                            timeZone: data.timeZone,
                          })
                        : '—'}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setEditing(user.id)}
                      >
                        Change
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
      <section className="card" aria-labelledby="all-deliveries">
        <h2 id="all-deliveries">Every delivery</h2>
        <QueryState
          isPending={everyone.isPending}
          error={everyone.error}
          isEmpty={data?.deliveries.length === 0}
          emptyText="Nothing was sent yet."
        >
          <DeliveriesTable
            label="Every delivery"
            rows={data?.deliveries ?? []}
            showRecipient
            onOpen={(delivery) =>
              props.onOpen(`/email/${delivery.id}`, `${delivery.subject} (${delivery.recipient})`)
            }
          />
        </QueryState>
      </section>
    </>
  );
}
