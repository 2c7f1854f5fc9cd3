import { describe, expect, it } from 'vitest';
import { deliveryStatus } from './delivery-status.ts';

const row = (
  status: Parameters<typeof deliveryStatus>[0]['status'],
  attempts: number,
  lastError: string | null = null,
) => ({
  status,
  attempts,
  lastError,
  nextAttemptAt: '2026-11-16T08:05:00Z',
});

describe('deliveryStatus', () => {
  it('says sent, on which attempt when it was not the first', () => {
    expect(deliveryStatus(row('sent', 1))).toEqual({ label: 'Sent', tone: 'good', detail: null });
    expect(deliveryStatus(row('sent', 3)).detail).toBe('on the 3rd attempt');
  });

  it('says "would have sent" without a mail server, and why', () => {
    expect(deliveryStatus(row('would_have_sent', 1))).toMatchObject({
      label: 'Would have sent',
      tone: 'neutral',
    });
  });

  it('gives the reason of a failure and of a retry, with the next try', () => {
    expect(deliveryStatus(row('failed', 8, 'connect ECONNREFUSED'))).toEqual({
      label: 'Failed',
      tone: 'bad',
      detail: 'after 8 attempts: connect ECONNREFUSED',
    });
    expect(deliveryStatus(row('queued', 2, 'the webhook answered 500'))).toMatchObject({
      label: 'Retrying',
      detail: expect.stringMatching(/^attempt 2 failed: the webhook answered 500; next try 16 Nov 2026/),
    });
    expect(deliveryStatus(row('queued', 0)).label).toBe('Queued');
  });
});
