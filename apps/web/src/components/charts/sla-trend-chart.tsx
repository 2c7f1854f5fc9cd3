import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { type ChartRow, pointLabel } from '../../lib/chart-rows.ts';
import { withUnit } from '../../lib/format.ts';
import { openIndex, openMonthNote, withProgress } from '../../lib/open-month.ts';
import { useCurrentMonth } from '../../lib/use-current-month.ts';
import { ChartDataTable, ChartFrame } from './chart-frame.tsx';
import { SLA_STATUS_LABEL, SLA_STATUS_SYMBOL, type SlaCellStatus } from './sla-trend-points.ts';

const STATUS_COLOR: Record<SlaCellStatus, string> = {
  met: '#1e7b46',
  missed: '#a86200',
  breached: '#b3261e',
  unreported: '#8a94a3',
};

/** A point in its status colour and symbol; the month in progress with a dashed ring around it. */
function StatusDot(props: { cx?: number; cy?: number; payload?: ChartRow; openKey?: string | null }) {
  const { cx, cy, payload } = props;
  const status = payload?.status as SlaCellStatus | null | undefined;
  if (cx === undefined || cy === undefined || !status || payload?.actual === null) return <g />;
  return (
    <g>
      {payload?.key === props.openKey ? (
        <circle cx={cx} cy={cy} r={10} fill="none" stroke="#1f2933" strokeWidth={1.5} strokeDasharray="3 2" />
      ) : null}
      <circle cx={cx} cy={cy} r={7} fill={STATUS_COLOR[status]} />
      <text x={cx} y={cy + 3.5} textAnchor="middle" fontSize={9} fill="#fff" fontWeight={700}>
        {SLA_STATUS_SYMBOL[status]}
      </text>
    </g>
  );
}

/** An SLA's actual month by month, each point marked with its status, against its expected and minimum levels. */
export function SlaTrendChart({
  label,
  rows,
  expected,
  minimum,
  unit,
  height = 240,
}: {
  label: string;
  rows: readonly ChartRow[];
  expected: number;
  minimum: number | null;
  unit: string;
  height?: number;
}) {
  const reading = (row: ChartRow) => {
    const status = row.status as SlaCellStatus | null;
    if (status === null) return 'not running';
    return row.actual === null
      ? SLA_STATUS_LABEL[status]
      : `${withUnit(row.actual as number, unit)} (${SLA_STATUS_LABEL[status]})`;
  };
  const currentMonth = useCurrentMonth();
  const open = openIndex(rows, currentMonth);
  const openKey = open >= 0 ? (rows[open]?.key ?? null) : null;
  const name = (row: ChartRow) => withProgress(pointLabel(row), row.key, openKey);
  return (
    <ChartFrame
      label={label}
      height={height}
      points={rows.length}
      noun="months"
      describe={(index) => {
        const row = rows[index];
        return row ? `${name(row)}: ${reading(row)}` : '';
      }}
      table={
        <ChartDataTable
          label={label}
          headers={['Month', 'Actual', 'Status']}
          rows={rows.map((row) => {
            const status = row.status as SlaCellStatus | null;
            return {
              key: row.key,
              cells: [
                name(row),
                withUnit(row.actual as number | null, unit),
                status ? SLA_STATUS_LABEL[status] : 'Not running',
              ],
            };
          })}
        />
      }
      caption={openKey !== null ? openMonthNote(openKey, 'outlined') : null}
    >
      {(active) => (
        <LineChart
          data={rows as ChartRow[]}
          responsive
          accessibilityLayer={false}
          style={{ width: '100%', height }}
          margin={{ top: 12, right: 24, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
          <YAxis
            width={56}
            tick={{ fontSize: 11 }}
            domain={['auto', 'auto']}
            allowDecimals={unit !== 'count'}
          />
          <Tooltip
            defaultIndex={active}
            active={active === undefined ? undefined : true}
            formatter={(_value, _name, item) => [reading(item.payload as ChartRow), 'Actual']}
            labelFormatter={(label, payload) => {
              const row = payload?.[0]?.payload as ChartRow | undefined;
              return row ? withProgress(String(label), row.key, openKey) : label;
            }}
          />
          <ReferenceLine
            y={expected}
            stroke="#1e7b46"
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{
              value: `Expected ${withUnit(expected, unit)}`,
              position: 'insideTopLeft',
              fontSize: 11,
              fill: '#1e7b46',
            }}
          />
          {minimum !== null ? (
            <ReferenceLine
              y={minimum}
              stroke="#b3261e"
              strokeDasharray="2 3"
              ifOverflow="extendDomain"
              label={{
                value: `Minimum ${withUnit(minimum, unit)}`,
                position: 'insideBottomLeft',
                fontSize: 11,
                fill: '#b3261e',
              }}
            />
          ) : null}
          <Line
            dataKey="actual"
            name="Actual"
            stroke="#1f4e79"
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls={false}
            dot={<StatusDot openKey={openKey} />}
            activeDot={false}
          />
        </LineChart>
      )}
    </ChartFrame>
  );
}
