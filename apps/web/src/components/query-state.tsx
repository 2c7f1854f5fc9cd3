import type { ReactNode } from 'react';

/** The loading, error and empty states every card shows the same way. */
export function QueryState({
  isPending,
  error,
  isEmpty,
  emptyText,
  children,
}: {
  isPending: boolean;
  error: { message: string } | null;
  isEmpty: boolean;
  emptyText: string;
  children: ReactNode;
}) {
  if (isPending)
    return (
      <p className="state state--loading" role="status">
        Loading…
      </p>
    );
  if (error)
    return (
      <p className="state state--error" role="alert">
        Could not load the data: {error.message}
      </p>
    );
  if (isEmpty) return <p className="state state--empty">{emptyText}</p>;
  return <>{children}</>;
}
