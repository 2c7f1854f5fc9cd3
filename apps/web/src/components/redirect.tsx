import { Navigate, useLocation } from 'react-router';
import { filterSearch } from '../lib/filters.ts';

/** Sends the visitor on to another page, keeping the shared filters of the address. */
export function RedirectKeepingFilters({ to }: { to: string }) {
  const location = useLocation();
  return <Navigate to={{ pathname: to, search: filterSearch(location.search) }} replace />;
}
