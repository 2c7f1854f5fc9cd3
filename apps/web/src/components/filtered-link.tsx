import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { filterSearch } from '../lib/filters.ts';

/** A link that keeps the shared filters (range, type, vendor, …) on the page it opens. */
export function FilteredLink({
  to,
  children,
  className,
}: {
  to: string;
  children: ReactNode;
  className?: string;
}) {
  const location = useLocation();
  return (
    <Link to={{ pathname: to, search: filterSearch(location.search) }} className={className}>
      {children}
    </Link>
  );
}

/** Navigation that keeps the shared filters: the drill-down of a bar, a cell or a row. */
export function useDrillDown() {
  const navigate = useNavigate();
  const location = useLocation();
  return (pathname: string) => navigate({ pathname, search: filterSearch(location.search) });
}

/** Where an engagement, an SLA and a vendor open. */
export const paths = {
  engagement: (code: string) => `/engagements/${encodeURIComponent(code)}`,
  sla: (engagement: string, sla: string) =>
    `/slas/${encodeURIComponent(engagement)}/${encodeURIComponent(sla)}`,
  vendor: (name: string) => `/vendors/${encodeURIComponent(name)}`,
};
