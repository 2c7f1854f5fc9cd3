import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { FormError } from '../../components/form-messages.tsx';
import { apiFieldIssues, useTRPC } from '../../lib/trpc.ts';
import type { ListedAlert } from './alert-group-card.tsx';

/**
 * Sets an alert aside with a comment saying why it can wait; the comment and who gave it go into the audit trail.
 * Budget alerts go to finance's procedure, the others to operations'. The alert comes back if it worsens.
 */
export function AcknowledgeDialog({ alert, onClose }: { alert: ListedAlert | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const commentId = useId();
  const [comment, setComment] = useState('');
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.alerts.pathFilter());
      onClose();
    },
  };
  const operations = useMutation(trpc.alerts.acknowledge.mutationOptions(options));
  const finance = useMutation(trpc.alerts.acknowledgeBudget.mutationOptions(options));
  const mutation = alert?.kind === 'budget_overrun' ? finance : operations;
  const { reset: resetOperations } = operations;
  const { reset: resetFinance } = finance;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (alert && !element.open) {
      setComment('');
      resetOperations();
      resetFinance();
      element.showModal();
    }
    if (!alert && element.open) element.close();
  }, [alert, resetOperations, resetFinance]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (alert) mutation.mutate({ key: alert.key, comment });
  };
  const fieldError = apiFieldIssues(mutation.error).comment;

  return (
    <dialog ref={dialog} className="ack-dialog" aria-labelledby={`${commentId}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${commentId}-title`}>Acknowledge alert</h2>
        {alert ? (
          <>
            <p className="ack-dialog__title">{alert.title}</p>
            <p className="ack-dialog__detail">{alert.detail}</p>
          </>
        ) : null}
        <label htmlFor={commentId}>Why can it wait? (kept in the audit trail)</label>
        <textarea
          id={commentId}
          required
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <p className="ack-dialog__hint">It shows again if it gets worse than it is now.</p>
        {fieldError ? <p className="field-error">{fieldError}</p> : null}
        {mutation.error && !fieldError ? <FormError>{mutation.error.message}</FormError> : null}
        <div className="ack-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            Acknowledge
          </button>
        </div>
      </form>
    </dialog>
  );
}
