import type { Difference } from '../lib/conflict.ts';

/**
 * A refused save over a newer version: who changed the row, and field by field what was there when the form
 * opened, what they saved and what the user typed. Nothing is overwritten unless the user says so.
 */
export function ConflictNotice({
  message,
  rows,
  labelOf,
  onTakeTheirs,
  onKeepMine,
}: {
  message: string;
  rows: readonly Difference[];
  labelOf: (column: string) => string;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  return (
    <div className="conflict" role="alert">
      <p className="conflict__message">{message}</p>
      {rows.length > 0 ? (
        <table className="data-table conflict__table" aria-label="What changed">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened it</th>
              <th scope="col">Saved now</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.column}>
                <th scope="row">{labelOf(row.column)}</th>
                <td>{row.opened || '—'}</td>
                <td className={row.theirsChanged ? 'conflict__changed' : undefined}>{row.theirs || '—'}</td>
                <td className={row.mineChanged ? 'conflict__mine' : undefined}>{row.mine || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The values are the same as yours; only the version moved on.</p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--small" onClick={onTakeTheirs}>
          Discard mine, use the saved values
        </button>
        <button type="button" className="button button--small" onClick={onKeepMine}>
          Apply my changes to the saved version (then save)
        </button>
      </div>
    </div>
  );
}
