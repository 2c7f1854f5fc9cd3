import {
  formatMoney,
  type MonthEntryColumn,
  monthEntrySchema,
  parseMoney,
  previewSlaMonth,
  type SlaPeriodStatus,
} from '@portfolio/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { FilteredLink, paths } from '../../../components/filtered-link.tsx';
import { FormError } from '../../../components/form-messages.tsx';
import { humanize, monthLabel, withUnit } from '../../../lib/format.ts';
import { apiFieldIssues, type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';
import { apiConflict } from '../lib/conflict.ts';
import { clientIssues } from '../lib/form-issues.ts';
import {
  changedRows,
  EMPTY_ROW,
  type MonthRowValues,
  rowChanged,
  rowIssues,
  rowValuesOf,
} from '../lib/month-rows.ts';
import { MonthConflict } from './month-conflict.tsx';
import { MonthSummary } from './month-summary.tsx';

type Month = RouterOutputs['records']['measurements']['month'];
type MonthSla = Month['slas'][number];

const STATUS_LABEL: Record<SlaPeriodStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  breached: 'Breached',
  unreported: 'Unreported',
};

const EXTRA_COLUMNS: { column: Exclude<MonthEntryColumn, 'actual'>; label: string; width: string }[] = [
  { column: 'numerator', label: 'Numerator', width: '5em' },
  { column: 'denominator', label: 'Denominator', width: '5em' },
  { column: 'source', label: 'Source', width: '6.5em' },
  { column: 'note', label: 'Note', width: '7em' },
];

function Target({ sla }: { sla: MonthSla }) {
  const sign = sla.direction === 'higher_is_better' ? '≥' : '≤';
  return (
    <>
      {sign} {withUnit(sla.expected, sla.unit)}
      <span className="month-grid__target">
        {sla.minimum === null ? 'no minimum' : `minimum ${withUnit(sla.minimum, sla.unit)}`}
      </span>
    </>
  );
}

function byCode<T>(slas: readonly MonthSla[], value: (sla: MonthSla) => T): Record<string, T> {
  return Object.fromEntries(slas.map((sla) => [sla.code, value(sla)]));
}

/**
 * A month of one engagement's SLA report: a row per SLA in force with its levels, where typing an actual shows
 * its status and the credit it causes (the domain's rules, as the report computes them) before anything is saved.
 * Saving sends the rows the user changed, all or nothing.
 */
export function MonthEntryGrid({
  month,
  canEdit,
  onSaved,
}: {
  month: Month;
  canEdit: boolean;
  /** Called after a save with how many SLAs it sent and whether anything changed. */
  onSaved: (saved: { count: number; changed: boolean }) => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const format = useFormat();
  const codes = useMemo(() => month.slas.map((sla) => sla.code), [month]);
  const [opened, setOpened] = useState(() => byCode(month.slas, (sla) => rowValuesOf(sla.measurement)));
  const [versions, setVersions] = useState(() =>
    byCode(month.slas, (sla) => sla.measurement?.version ?? null),
  );
  const [draft, setDraft] = useState<Record<string, MonthRowValues>>(opened);
  const [tried, setTried] = useState(false);
  const sent = useRef<{ sla: string }[]>([]);
  const save = useMutation(trpc.records.measurements.saveMonth.mutationOptions());
  const currency = month.engagement.currency;
  const money = (cents: number | null) =>
    cents === null ? '—' : format.moneyIn(currency, formatMoney(cents));

  const preview = useMemo(
    () =>
      previewSlaMonth({
        atRiskPct: month.engagement.atRiskPct,
        chargesCents: parseMoney(month.creditableCharges),
        slas: month.slas,
        actuals: Object.fromEntries(codes.map((code) => [code, draft[code]?.actual ?? ''])),
      }),
    [month, draft, codes],
  );
  const rows = changedRows(codes, opened, draft, versions);
  const input = { engagement: month.engagement.code, period: month.period, rows };
  const local = tried ? rowIssues(clientIssues(monthEntrySchema, input), rows) : {};
  const conflict = apiConflict<Month>(save.error);
  const server = save.error && !conflict ? rowIssues(apiFieldIssues(save.error), sent.current) : {};
  const unplaced = save.error && !conflict && Object.keys(server).length === 0 ? save.error.message : null;

  const change = (code: string, column: MonthEntryColumn, value: string) =>
    setDraft((current) => ({ ...current, [code]: { ...(current[code] ?? EMPTY_ROW), [column]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (rows.length === 0 || Object.keys(clientIssues(monthEntrySchema, input)).length > 0) return;
    // An actual its unit cannot have is said beside it; nothing is sent until it is fixed.
    if (preview.rows.some((row) => row.problem !== null)) return;
    sent.current = rows;
    save.mutate(input, { onSuccess: (result) => onSaved({ count: rows.length, changed: result.changed }) });
  };

  const takeSaved = (current: Month, keep: boolean) => {
    const stale = new Set(conflict?.keys ?? []);
    const fresh = byCode(current.slas, (sla) => rowValuesOf(sla.measurement));
    setVersions(byCode(current.slas, (sla) => sla.measurement?.version ?? null));
    setOpened((before) => ({
      ...before,
      ...Object.fromEntries([...stale].map((code) => [code, fresh[code] ?? EMPTY_ROW])),
    }));
    if (!keep) {
      setDraft((before) => ({
        ...before,
        ...Object.fromEntries([...stale].map((code) => [code, fresh[code] ?? EMPTY_ROW])),
      }));
    }
    save.reset();
  };

  return (
    <form
      className="month-entry"
      aria-label={`SLA report for ${monthLabel(month.period)}`}
      onSubmit={submit}
      noValidate
    >
      <div className="table-wrap">
        <table className="data-table month-grid" aria-label="SLAs of the month">
          <thead>
            <tr>
              <th scope="col">SLA</th>
              <th scope="col">Target</th>
              <th scope="col">Actual</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Credit
              </th>
              {EXTRA_COLUMNS.map((extra) => (
                <th scope="col" key={extra.column}>
                  {extra.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.slas.map((sla, index) => {
              const row = draft[sla.code] ?? EMPTY_ROW;
              const judged = preview.rows[index];
              const errors = { ...server[sla.code], ...local[sla.code] };
              const edited = rowChanged(opened[sla.code] ?? EMPTY_ROW, row);
              const stored = sla.measurement;
              const status = judged?.status ?? null;
              return (
                <tr key={sla.code} className={edited ? 'row--edited' : undefined} data-sla={sla.code}>
                  <th scope="row" className="month-grid__sla">
                    <FilteredLink to={paths.sla(month.engagement.code, sla.code)}>{sla.code}</FilteredLink>{' '}
                    {sla.name}
                    <span className="month-grid__kind">
                      {sla.kind === 'critical'
                        ? `Critical · ${format.format('number', sla.allocationPct ?? 0)} % of at risk`
                        : 'Key (no credit)'}
                    </span>
                  </th>
                  <td>
                    <Target sla={sla} />
                  </td>
                  <td>
                    {canEdit ? (
                      <input
                        className="month-grid__actual"
                        aria-label={`Actual of ${sla.code}`}
                        inputMode="decimal"
                        value={row.actual}
                        disabled={save.isPending}
                        aria-invalid={errors.actual || judged?.problem ? true : undefined}
                        onChange={(e) => change(sla.code, 'actual', e.target.value)}
                      />
                    ) : (
                      <span className="month-grid__read">
                        {row.actual === '' ? 'Not reported' : withUnit(row.actual, sla.unit)}
                      </span>
                    )}
                    {edited && stored ? (
                      <span className="month-grid__was">
                        was {stored.values.actual} ({humanize(stored.status)})
                      </span>
                    ) : null}
                    {errors.actual || judged?.problem ? (
                      <span className="field-error">{errors.actual ?? judged?.problem}</span>
                    ) : null}
                  </td>
                  <td>
                    {status === null ? (
                      <span className="pill pill--breached" data-status="refused">
                        Refused
                      </span>
                    ) : (
                      <span className={`pill pill--${status}`} data-status={status}>
                        {STATUS_LABEL[status]}
                      </span>
                    )}
                  </td>
                  <td className="num" data-credit={sla.code}>
                    {money(judged?.creditCents ?? null)}
                  </td>
                  {EXTRA_COLUMNS.map((extra) => (
                    <td key={extra.column}>
                      {canEdit ? (
                        <input
                          style={{ width: extra.width }}
                          aria-label={`${extra.label} of ${sla.code}`}
                          value={row[extra.column]}
                          disabled={save.isPending}
                          aria-invalid={errors[extra.column] ? true : undefined}
                          onChange={(e) => change(sla.code, extra.column, e.target.value)}
                        />
                      ) : (
                        <span className="month-grid__read">{row[extra.column] || '—'}</span>
                      )}
                      {errors[extra.column] ? (
                        <span className="field-error">{errors[extra.column]}</span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MonthSummary month={month} preview={preview} money={money} />
      {conflict ? (
        <MonthConflict
          conflict={conflict}
          opened={opened}
          draft={draft}
          onTakeSaved={(keep) => takeSaved(conflict.current, keep)}
        />
      ) : null}
      <FormError>{unplaced}</FormError>
      {canEdit ? (
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={save.isPending || rows.length === 0 || conflict !== null}
          >
            {save.isPending
              ? 'Saving…'
              : rows.length === 0
                ? 'No changes to save'
                : `Save ${rows.length} ${rows.length === 1 ? 'SLA' : 'SLAs'} for ${monthLabel(month.period)}`}
          </button>
          {rows.length > 0 ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setDraft(opened)}
              disabled={save.isPending}
            >
              Undo my changes
            </button>
          ) : null}
          <span className="form-actions__hint">
            A row left empty has no measurement: an SLA without one is unreported, never met.
          </span>
        </div>
      ) : null}
    </form>
  );
}
