import type { RouterOutputs } from '../../lib/trpc.ts';
import { deliveryStatus } from './lib/delivery-status.ts';

export type Delivery = RouterOutputs['notifications']['mine']['deliveries'][number];

const REASONS: Record<Delivery['reason'], string> = {
  digest: 'scheduled digest',
  on_request: 'digest on request',
  critical: 'critical alerts',
  test: 'test message',
};

/** Messages, newest first, each with how it stands; an email opens rendered. */
export function DeliveriesTable(props: {
  label: string;
  rows: readonly Delivery[];
  showRecipient?: boolean;
  onOpen?: (delivery: Delivery) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col">Queued</th>
            {props.showRecipient ? <th scope="col">To</th> : null}
            <th scope="col">What</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const status = deliveryStatus(row);
            return (
              <tr key={row.id}>
                <td>
                  {new Date(row.createdAt).toLocaleString('en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </td>
                {props.showRecipient ? <td>{row.recipient}</td> : null}
                <td>
                  {row.subject}
                  <div className="card__hint">
                    {REASONS[row.reason]}, {row.alerts} alert{row.alerts === 1 ? '' : 's'}
                  </div>
                </td>
                <td>
                  <span className={`delivery delivery--${status.tone}`}>{status.label}</span>
                  {status.detail ? <div className="card__hint">{status.detail}</div> : null}
                </td>
                <td>
                  {props.onOpen && row.channel === 'email' ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => props.onOpen?.(row)}
                    >
                      Open
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
