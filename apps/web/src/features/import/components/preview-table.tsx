import type { PreviewRow } from '../lib/preview-rows.ts';

/** The parsed rows of a file by line: bad rows and cells marked, each reason beside its cell. */
export function PreviewTable({ header, rows }: { header: readonly string[]; rows: readonly PreviewRow[] }) {
  return (
    <div className="table-wrap preview-table">
      <table className="data-table" aria-label="Rows of the file">
        <thead>
          <tr>
            <th scope="col">Line</th>
            {header.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.bad ? 'preview-row--bad' : undefined} data-line={row.line}>
              <th scope="row">
                {row.line}
                {row.rowErrors.map((reason) => (
                  <span className="field-error" key={reason}>
                    {reason}
                  </span>
                ))}
              </th>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional; a bad header may repeat a name.
                <td key={index} className={cell.error ? 'preview-cell--bad' : undefined}>
                  {cell.text}
                  {cell.error ? <span className="field-error">{cell.error}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
