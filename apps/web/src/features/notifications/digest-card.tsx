import { describeSchedule } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../components/form-messages.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { DeliveriesCard } from './deliveries-card.tsx';
import type { Delivery } from './deliveries-table.tsx';
import { SubscriptionForm } from './subscription-form.tsx';

/** An instant on the organisation's clock, as digest hours are given. */
const when = (at: string | Date | null, timeZone: string) =>
  at === null
    ? null
    : new Date(at).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone });

/** The signed-in user's digest: its settings, when the next is due, a preview, one now, and what was sent. */
export function DigestCard(props: { onOpen: (src: string, title: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.notifications.mine.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const save = useMutation(trpc.notifications.save.mutationOptions({ onSuccess: refresh }));
  const sendNow = useMutation(trpc.notifications.sendNow.mutationOptions({ onSettled: refresh }));
  const data = mine.data;
  const open = (delivery: Delivery) => props.onOpen(`/email/${delivery.id}`, delivery.subject);

  return (
    <>
      <section className="card" aria-labelledby="my-digest">
        <h2 id="my-digest">My digest</h2>
        <QueryState isPending={mine.isPending} error={mine.error} isEmpty={false} emptyText="">
          {data ? (
            <>
              <p className="card__hint" data-testid="digest-schedule">
                {data.subscription.enabled
                  ? `${describeSchedule(data.subscription)} (${data.timeZone}) to ${data.user.email}; next ${when(data.nextDueAt, data.timeZone)}.`
                  : 'Stopped: no digest is sent.'}
                {data.stored ? '' : ' This is your role’s default; change it below.'}
                {data.lastRunOutcome === 'nothing_new'
                  ? ` Last time (${when(data.lastRunAt, data.timeZone)}) nothing was new, so nothing was sent.`
                  : ''}
                {data.mailConfigured
                  ? ''
                  : ' No mail server is set (SMTP_URL): digests are kept here as “would have sent”.'}
              </p>
              <SubscriptionForm
                key={JSON.stringify(data.subscription)}
                label="My digest settings"
                value={data.subscription}
                timeZone={data.timeZone}
                saving={save.isPending}
                error={save.error}
                onSave={(subscription) => save.mutate(subscription)}
              />
              {save.isSuccess ? <p role="status">Saved.</p> : null}
              <div className="toolbar">
                <button
                  type="button"
                  className="button"
                  onClick={() => props.onOpen('/email/preview', 'Preview of my digest')}
                >
                  Preview
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={sendNow.isPending}
                  onClick={() => sendNow.mutate()}
                >
                  Send me one now
                </button>
                {sendNow.error ? <FormError>{sendNow.error.message}</FormError> : null}
              </div>
            </>
          ) : null}
        </QueryState>
      </section>
      <DeliveriesCard
        id="my-deliveries"
        title="Recent deliveries"
        label="My deliveries"
        query={mine}
        rows={data?.deliveries}
        emptyText="No digest was sent to you yet."
        onOpen={open}
      />
    </>
  );
}
