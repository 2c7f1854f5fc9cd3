import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters } from '../../lib/use-filters.ts';
import { alertFilter, worstSeverity } from './alert-view.ts';
import './alerts.css';

/** The navigation's count of alerts showing (open or worsened) for the shared filters, coloured by the worst. */
export function AlertsBadge() {
  const trpc = useTRPC();
  const { filters } = useFilters();
  const count = useQuery({ ...trpc.alerts.count.queryOptions(alertFilter(filters)), staleTime: 60_000 });
  if (!count.data || count.data.shown === 0) return null;
  const severity = worstSeverity(count.data);
  return (
    <span
      className={`alert-badge alert-badge--${severity ?? 'info'}`}
      data-testid="alerts-badge"
      title={`${count.data.critical} critical, ${count.data.warning} warning, ${count.data.info} info`}
    >
      {count.data.shown}
      <span className="sr-only"> alerts</span>
    </span>
  );
}
