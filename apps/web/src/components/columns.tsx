import type { Column } from './data-table.tsx';

/**
 * Columns that many tables show alike, so that an engagement's code, an SLA or a long name reads the same in every
 * table (and its export) and is written once.
 */

/** An engagement's code, in monospace like every code. */
export function engagementColumn<Row extends { engagement: string }>(): Column<Row> {
  return {
    key: 'engagement',
    header: 'Engagement',
    value: (r) => r.engagement,
    render: (r) => <span className="mono">{r.engagement}</span>,
  };
}

/** An SLA by its code and name, clipped to a narrow column with the name in full in its tooltip. */
export function slaColumn<Row extends { sla: string; slaName: string }>(): Column<Row> {
  return {
    key: 'sla',
    header: 'SLA',
    value: (r) => `${r.sla} ${r.slaName}`,
    render: (r) => <span className="clip clip--narrow" title={r.slaName}>{`${r.sla} ${r.slaName}`}</span>,
  };
}

/**
 * A text that may be long (a name, a title): clipped to the column's width, in full in its tooltip. `narrow` and
 * `wide` set another width than the default one.
 */
export function clippedColumn<Row>(
  key: string,
  header: string,
  text: (row: Row) => string,
  width?: 'narrow' | 'wide',
): Column<Row> {
  return {
    key,
    header,
    value: text,
    render: (r) => (
      <span className={width ? `clip clip--${width}` : 'clip'} title={text(r)}>
        {text(r)}
      </span>
    ),
  };
}
