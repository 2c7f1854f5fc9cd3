import { QueryState } from '../../components/query-state.tsx';
import { DeliveriesTable, type Delivery } from './deliveries-table.tsx';

/** A card listing digest deliveries under the query's states: a user's own, or (for admins) everyone's. */
export function DeliveriesCard({
  id,
  title,
  label,
  query,
  rows,
  emptyText,
  showRecipient,
  onOpen,
}: {
  /** The id of the card's title, which names the card and its table. */
  id: string;
  title: string;
  /** The table's name for assistive technologies, when not the title. */
  label?: string;
  query: { isPending: boolean; error: { message: string } | null };
  /** Undefined until the query has loaded. */
  rows: readonly Delivery[] | undefined;
  emptyText: string;
  showRecipient?: boolean;
  onOpen: (delivery: Delivery) => void;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={rows?.length === 0}
        emptyText={emptyText}
      >
        <DeliveriesTable
          label={label ?? title}
          rows={rows ?? []}
          showRecipient={showRecipient}
          onOpen={onOpen}
        />
      </QueryState>
    </section>
  );
}
