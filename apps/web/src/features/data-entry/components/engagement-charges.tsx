import { addMonths, blankValues, chargeValuesSchema, isPeriod } from '@portfolio/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { humanize, monthLabel } from '../../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';
import { CHARGE_FIELDS } from '../lib/fields.ts';
import { type EngagementRecordsProps, RecordEditor } from './record-editor.tsx';

type Charge = RouterOutputs['records']['charges']['list'][number];

/** An engagement's invoice lines (finance); service credits are computed from them, never typed in. */
export function EngagementCharges({
  code,
  currency,
  today,
  canEdit,
  onChanged,
}: EngagementRecordsProps & { currency: string; today: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const month = today.slice(0, 7);
  const [from, setFrom] = useState(addMonths(month, -11));
  const [to, setTo] = useState(month);
  const charges = useQuery(
    trpc.records.charges.list.queryOptions({ engagement: code, from, to: [from, to].sort()[1] ?? to }),
  );
  const create = useMutation(trpc.records.charges.create.mutationOptions());
  const update = useMutation(trpc.records.charges.update.mutationOptions());
  const remove = useMutation(trpc.records.charges.delete.mutationOptions());
  return (
    <>
      <div className="toolbar">
        <label>
          From month
          <input
            type="month"
            value={from}
            onChange={(e) => isPeriod(e.target.value) && setFrom(e.target.value)}
          />
        </label>
        <label>
          To month
          <input
            type="month"
            value={to}
            onChange={(e) => isPeriod(e.target.value) && setTo(e.target.value)}
          />
        </label>
      </div>
      <RecordEditor<Charge>
        title="Charges"
        subtitle={`Invoice lines in ${currency}; base and volume lines are what service credits are a share of`}
        noun="charge"
        query={charges}
        columns={[
          { header: 'Month', cell: (c) => monthLabel(c.values.period) },
          { header: 'Invoice', cell: (c) => <span className="mono">{c.values.invoice}</span> },
          { header: 'Category', cell: (c) => humanize(c.values.category) },
          { header: 'Amount', cell: (c) => format.moneyIn(c.currency, c.values.amount), numeric: true },
        ]}
        rowKey={(c) => String(c.id)}
        rowName={(c) => `Invoice ${c.values.invoice} ${c.values.category} ${c.values.period}`}
        fields={CHARGE_FIELDS}
        schema={chargeValuesSchema}
        blank={{
          ...blankValues('charges.csv'),
          engagement: code,
          period: addMonths(month, -1),
          category: 'base',
        }}
        canEdit={canEdit}
        create={(values) => create.mutateAsync({ values })}
        update={(values, charge) => update.mutateAsync({ id: charge.id, version: charge.version, values })}
        remove={{ label: 'Delete', run: (c) => remove.mutateAsync({ id: c.id, version: c.version }) }}
        emptyText="No charges in these months."
        onChanged={onChanged}
      />
    </>
  );
}
