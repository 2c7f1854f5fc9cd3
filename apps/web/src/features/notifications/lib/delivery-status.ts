/** A message as the deliveries tables list it. */
export type DeliveryRow = {
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'would_have_sent';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | Date;
};

export type DeliveryStatus = {
  label: string;
  tone: 'good' | 'bad' | 'pending' | 'neutral';
  detail: string | null;
};

const ordinal = (n: number) => `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : n === 1 ? 'st' : 'th'}`;
const time = (at: string | Date) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** How a message stands, in words: sent, would have sent, failed with the reason, retrying, queued. */
export function deliveryStatus(row: DeliveryRow): DeliveryStatus {
  switch (row.status) {
    case 'sent':
      return {
        label: 'Sent',
        tone: 'good',
        detail: row.attempts > 1 ? `on the ${ordinal(row.attempts)} attempt` : null,
      };
    case 'would_have_sent':
      return { label: 'Would have sent', tone: 'neutral', detail: 'no mail server is set (SMTP_URL)' };
    case 'failed':
      return {
        label: 'Failed',
        tone: 'bad',
        detail: `after ${row.attempts} attempts: ${row.lastError ?? 'no reason given'}`,
      };
    case 'sending':
      return { label: 'Sending', tone: 'pending', detail: null };
    case 'queued':
      return row.attempts === 0
        ? { label: 'Queued', tone: 'pending', detail: null }
        : {
            label: 'Retrying',
            tone: 'pending',
            detail: `attempt ${row.attempts} failed: ${row.lastError ?? 'no reason given'}; next try ${time(row.nextAttemptAt)}`,
          };
  }
}
