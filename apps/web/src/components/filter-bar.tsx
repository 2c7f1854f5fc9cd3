import {
  BPO_SERVICE_LINES,
  ENGAGEMENT_TYPES,
  KPO_SERVICE_LINES,
  LOCATIONS,
  SERVICE_LINE_LABELS,
  type ServiceLine,
} from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filterProblems } from '../lib/filter-problems.ts';
import {
  DEFAULT_FILTERS,
  type Filters,
  filterWords,
  RANGE_PRESET_LABELS,
  RANGE_PRESETS,
  type RangePreset,
} from '../lib/filters.ts';
import { humanize, monthLabel } from '../lib/format.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useFilters } from '../lib/use-filters.ts';
import { useNarrow } from '../lib/use-media-query.ts';
import { CommitMonth, CommitSelect } from './commit-field.tsx';
import { Sheet } from './sheet.tsx';
import './filter-bar.css';

const ALL = '';
const orNull = <T extends string>(value: string) => (value === ALL ? null : (value as T));

function lineOptions(type: Filters['type']): readonly ServiceLine[] {
  if (type === 'BPO') return BPO_SERVICE_LINES;
  if (type === 'KPO') return KPO_SERVICE_LINES;
  return [...BPO_SERVICE_LINES, ...KPO_SERVICE_LINES];
}

/** The names a select offers, with the one the address holds when it is not among them (said, not hidden). */
function withCurrent(names: readonly string[] | undefined, current: string | null): string[] {
  const list = [...(names ?? [])];
  return current !== null && !list.includes(current) ? [...list, current] : list;
}

/** The filters' controls; each applies when it is committed (see CommitSelect). */
function FilterFields() {
  const trpc = useTRPC();
  const { filters, range, update } = useFilters();
  const options = useQuery(trpc.meta.filterOptions.queryOptions());
  const setRange = (preset: RangePreset) => {
    if (preset === 'custom' && range) update({ range: preset, from: range.from, to: range.to });
    else update({ range: preset, from: null, to: null });
  };
  const unknown = (names: readonly string[] | undefined, value: string) =>
    names && !names.includes(value) ? `${value} (not on record)` : value;
  const id = useId();
  const idOf = (name: string) => `${id}-${name}`;

  return (
    <>
      <label htmlFor={idOf('range')}>
        Range
        <CommitSelect
          id={idOf('range')}
          value={filters.range}
          onCommit={(value) => setRange(value as RangePreset)}
        >
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {RANGE_PRESET_LABELS[preset]}
            </option>
          ))}
        </CommitSelect>
      </label>
      {filters.range !== 'custom' && filters.range !== 'lastfy' ? (
        // The presets end with the last closed month; this runs them to the month in progress (`open=1`).
        <label htmlFor={idOf('open')} className="filter-bar__check">
          <input
            id={idOf('open')}
            type="checkbox"
            checked={filters.open}
            onChange={(event) => update({ open: event.target.checked })}
          />
          Include this month (in progress)
        </label>
      ) : null}
      {filters.range === 'custom' ? (
        <>
          <label htmlFor={idOf('from')}>
            From
            <CommitMonth
              id={idOf('from')}
              value={filters.from ?? ''}
              max={filters.to ?? undefined}
              onCommit={(from) => update({ from })}
            />
          </label>
          <label htmlFor={idOf('to')}>
            To
            <CommitMonth
              id={idOf('to')}
              value={filters.to ?? ''}
              min={filters.from ?? undefined}
              onCommit={(to) => update({ to })}
            />
          </label>
        </>
      ) : null}
      <label htmlFor={idOf('type')}>
        Type
        <CommitSelect
          id={idOf('type')}
          value={filters.type ?? ALL}
          onCommit={(value) => {
            const type = orNull<'BPO' | 'KPO'>(value);
            const keepLine = filters.serviceLine && lineOptions(type).includes(filters.serviceLine);
            update({ type, serviceLine: keepLine ? filters.serviceLine : null });
          }}
        >
          <option value={ALL}>BPO and KPO</option>
          {ENGAGEMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </CommitSelect>
      </label>
      <label htmlFor={idOf('vendor')}>
        Vendor
        <CommitSelect
          id={idOf('vendor')}
          value={filters.vendor ?? ALL}
          onCommit={(value) => update({ vendor: orNull(value) })}
        >
          <option value={ALL}>All vendors</option>
          {withCurrent(options.data?.vendors, filters.vendor).map((vendor) => (
            <option key={vendor} value={vendor}>
              {unknown(options.data?.vendors, vendor)}
            </option>
          ))}
        </CommitSelect>
      </label>
      <label htmlFor={idOf('line')}>
        Service line
        <CommitSelect
          id={idOf('line')}
          value={filters.serviceLine ?? ALL}
          onCommit={(value) => update({ serviceLine: orNull<ServiceLine>(value) })}
        >
          <option value={ALL}>All service lines</option>
          {withCurrent(lineOptions(filters.type), filters.serviceLine).map((line) => (
            <option key={line} value={line}>
              {SERVICE_LINE_LABELS[line as ServiceLine]}
            </option>
          ))}
        </CommitSelect>
      </label>
      <label htmlFor={idOf('location')}>
        Location
        <CommitSelect
          id={idOf('location')}
          value={filters.location ?? ALL}
          onCommit={(value) => update({ location: orNull<Filters['location'] & string>(value) })}
        >
          <option value={ALL}>All locations</option>
          {LOCATIONS.map((location) => (
            <option key={location} value={location}>
              {humanize(location)}
            </option>
          ))}
        </CommitSelect>
      </label>
      <label htmlFor={idOf('bu')}>
        Business unit
        <CommitSelect
          id={idOf('bu')}
          value={filters.businessUnit ?? ALL}
          onCommit={(value) => update({ businessUnit: orNull(value) })}
        >
          <option value={ALL}>All business units</option>
          {withCurrent(options.data?.businessUnits, filters.businessUnit).map((unit) => (
            <option key={unit} value={unit}>
              {unknown(options.data?.businessUnits, unit)}
            </option>
          ))}
        </CommitSelect>
      </label>
    </>
  );
}

/** What the address asks for that is not shown as asked (an unknown vendor, a reversed range), and the way out. */
function FilterProblems() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const { update } = useFilters();
  const options = useQuery(trpc.meta.filterOptions.queryOptions());
  const problems = filterProblems(params, options.data ?? null);
  if (problems.length === 0) return null;
  return (
    <div className="filter-problems" role="status">
      {problems.map((problem) => (
        <p key={problem.message}>
          {problem.message}{' '}
          {problem.fix ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => problem.fix && update(problem.fix.patch)}
            >
              {problem.fix.label}
            </button>
          ) : null}{' '}
          <button type="button" className="button button--small" onClick={() => update(problem.clear)}>
            Clear
          </button>
        </p>
      ))}
    </div>
  );
}

/**
 * The filters every page shares, written to the URL. On a wide screen they stand in a bar above the page; on a
 * narrow one the bar says the range and how many filters are set, and the filters open in a sheet.
 */
export function FilterBar() {
  const { filters, range, update } = useFilters();
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const months = range ? `${monthLabel(range.from)} – ${monthLabel(range.to)}` : '';
  const set = filterWords(filters).length;
  const reset = (
    <button type="button" className="button button--small" onClick={() => update(DEFAULT_FILTERS)}>
      Reset
    </button>
  );
  const rangeOutput = (
    <output className="filter-bar__range" aria-live="polite" data-testid="range">
      {months}
    </output>
  );

  if (narrow) {
    return (
      <>
        <search className="filter-bar filter-bar--folded" aria-label="Filters">
          <button
            type="button"
            className="button button--small filter-bar__open"
            aria-expanded={open}
            aria-controls={sheetId}
            onClick={() => setOpen(true)}
          >
            Filters{set > 0 ? ` (${set})` : ''}
          </button>
          {rangeOutput}
        </search>
        <Sheet id={sheetId} title="Filters" open={open} onClose={() => setOpen(false)}>
          <div className="filter-sheet__fields">
            <FilterFields />
          </div>
          <div className="filter-sheet__end">
            {reset}
            <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
              Show results
            </button>
          </div>
        </Sheet>
        <FilterProblems />
      </>
    );
  }
  return (
    <>
      <search className="filter-bar" aria-label="Filters">
        <FilterFields />
        <div className="filter-bar__end">
          {rangeOutput}
          {reset}
        </div>
      </search>
      <FilterProblems />
    </>
  );
}
