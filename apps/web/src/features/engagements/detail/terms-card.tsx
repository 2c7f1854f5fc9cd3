import { SERVICE_LINE_LABELS } from '@portfolio/domain';
import { Card } from '../../../components/card.tsx';
import { dateLabel, humanize, plural } from '../../../lib/format.ts';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';

type Detail = RouterOutputs['engagements']['detail'];

/** The engagement's terms as a list of labelled values. */
export function TermsCard({ detail }: { detail: Detail }) {
  return (
    <Card title="Terms" wide>
      <Terms detail={detail} />
    </Card>
  );
}

function Terms({ detail }: { detail: Detail }) {
  const format = useFormat();
  const money = (value: string | null) => (value === null ? '—' : format.moneyIn(detail.currency, value));
  const terms: [string, string][] = [
    ['Vendor', `${detail.vendor}${detail.vendorCountry ? ` (${detail.vendorCountry})` : ''}`],
    ['Type', detail.type],
    ['Service line', SERVICE_LINE_LABELS[detail.serviceLine]],
    ['Location', humanize(detail.location)],
    ['Business unit', detail.businessUnit ?? '—'],
    ['Owner', detail.owner ?? '—'],
    ['Status', humanize(detail.status)],
    ['Term', `${dateLabel(detail.startDate)} – ${detail.endDate ? dateLabel(detail.endDate) : 'open-ended'}`],
    ['Pricing model', detail.pricingModel ? humanize(detail.pricingModel) : '—'],
    ['Currency', detail.currency],
    ['Annual budget', money(detail.annualBudget)],
    ['At risk for credits', `${format.format('number', detail.atRiskPct)} % of base and volume charges`],
    ['Earn-back', detail.earnBackMonths === 0 ? 'None' : plural(detail.earnBackMonths, 'month')],
    ['Baseline (in-house) / month', money(detail.baselineMonthlyCost)],
    ['Planned savings / month', money(detail.plannedMonthlySavings)],
    ['SLAs', `${detail.slas.length} (${detail.slas.filter((s) => s.kind === 'critical').length} critical)`],
  ];
  return (
    <dl className="terms">
      {terms.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
