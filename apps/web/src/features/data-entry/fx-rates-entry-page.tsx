import { addMonths, blankValues, fxRateValuesSchema } from '@portfolio/domain';
import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useRole } from '../../lib/use-role.ts';
import { DataEntryNav } from './components/data-entry-nav.tsx';
import { RecordEditor } from './components/record-editor.tsx';
import { FX_RATE_FIELDS } from './lib/fields.ts';
import { useRefreshAll } from './lib/use-refresh.ts';
import './data-entry.css';

type Rate = RouterOutputs['records']['fxRates']['list'][number];

/** FX rates by month (finance): a missing rate stops the reports that need it, never taken as 1. */
export function FxRatesEntryPage() {
  const trpc = useTRPC();
  const { can } = useRole();
  const refresh = useRefreshAll();
  const info = useQuery(trpc.meta.info.queryOptions());
  const month = info.data?.today.slice(0, 7);
  const [currency, setCurrency] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const to = month ?? null;
  const since = from ?? (month ? addMonths(month, -11) : null);
  const rates = useQuery(
    trpc.records.fxRates.list.queryOptions(
      since && to ? { from: since, to, ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}) } : skipToken,
    ),
  );
  const create = useMutation(trpc.records.fxRates.create.mutationOptions());
  const update = useMutation(trpc.records.fxRates.update.mutationOptions());
  const remove = useMutation(trpc.records.fxRates.delete.mutationOptions());

  return (
    <section>
      <PageHeader
        title="FX rates"
        meta={`Units of ${info.data?.currency ?? 'the reporting currency'} per unit of each currency, by month`}
      />
      <DataEntryNav />
      <div className="toolbar">
        <label>
          Currency
          <input
            value={currency}
            placeholder="All"
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          />
        </label>
        <label>
          From month
          <input type="month" value={since ?? ''} onChange={(e) => setFrom(e.target.value || null)} />
        </label>
      </div>
      <RecordEditor<Rate>
        title="Rates"
        noun="rate"
        query={rates}
        columns={[
          { header: 'Month', cell: (r) => r.values.period },
          { header: 'Currency', cell: (r) => r.values.currency },
          { header: 'Rate', cell: (r) => r.values.rate, numeric: true },
        ]}
        rowKey={(r) => `${r.values.currency}/${r.values.period}`}
        rowName={(r) => `${r.values.currency} ${r.values.period}`}
        fields={FX_RATE_FIELDS}
        schema={fxRateValuesSchema}
        blank={{ ...blankValues('fx_rates.csv'), period: month ?? '' }}
        fixed={['currency', 'period']}
        canEdit={can('finance')}
        create={(values) => create.mutateAsync({ values })}
        update={(values, rate) => update.mutateAsync({ version: rate.version, values })}
        remove={{
          label: 'Delete',
          run: (r) =>
            remove.mutateAsync({ currency: r.values.currency, period: r.values.period, version: r.version }),
        }}
        emptyText="No rates in these months."
        onChanged={refresh}
      />
    </section>
  );
}
