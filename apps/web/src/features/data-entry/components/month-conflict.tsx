import { MONTH_ENTRY_COLUMNS } from '@portfolio/domain';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import type { apiConflict } from '../lib/conflict.ts';
import { EMPTY_ROW, type MonthRowValues, rowValuesOf } from '../lib/month-rows.ts';

type Month = RouterOutputs['records']['measurements']['month'];

/** A row's values in words, for the table of what changed. */
function describe(values: MonthRowValues): string {
  return values.actual.trim() === ''
    ? 'no measurement'
    : MONTH_ENTRY_COLUMNS.filter((c) => values[c].trim() !== '')
        .map((c) => (c === 'actual' ? values[c] : `${c} ${values[c]}`))
        .join(', ');
}

/**
 * A save refused because another save of the month came first: for each SLA that moved on, the values as the user
 * opened them, as saved now and as typed, and the choice of whose to keep.
 */
export function MonthConflict({
  conflict,
  opened,
  draft,
  onTakeSaved,
}: {
  conflict: NonNullable<ReturnType<typeof apiConflict<Month>>>;
  opened: Record<string, MonthRowValues>;
  draft: Record<string, MonthRowValues>;
  onTakeSaved: (keepMine: boolean) => void;
}) {
  return (
    <div className="conflict" role="alert">
      <p className="conflict__message">{conflict.message}</p>
      <table className="data-table conflict__table" aria-label="What changed">
        <thead>
          <tr>
            <th scope="col">SLA</th>
            <th scope="col">When you opened the month</th>
            <th scope="col">Saved now</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {(conflict.keys ?? []).map((code) => {
            const now = conflict.current.slas.find((sla) => sla.code === code)?.measurement ?? null;
            return (
              <tr key={code}>
                <th scope="row">{code}</th>
                <td>{describe(opened[code] ?? EMPTY_ROW)}</td>
                <td className="conflict__changed">{describe(rowValuesOf(now))}</td>
                <td className="conflict__mine">{describe(draft[code] ?? EMPTY_ROW)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button button--small" onClick={() => onTakeSaved(false)}>
          Discard mine for these SLAs, use the saved values
        </button>
        <button type="button" className="button button--small" onClick={() => onTakeSaved(true)}>
          Keep my values over theirs (then save)
        </button>
      </div>
    </div>
  );
}
