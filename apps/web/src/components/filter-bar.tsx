import {
  BPO_SERVICE_LINES,
  ENGAGEMENT_TYPES,
  KPO_SERVICE_LINES,
  LOCATIONS,
  SERVICE_LINE_LABELS,
  type ServiceLine,
} from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import {
  DEFAULT_FILTERS,
  type Filters,
  RANGE_PRESET_LABELS,
  RANGE_PRESETS,
  type RangePreset,
} from '../lib/filters.ts';
import { humanize, monthLabel } from '../lib/format.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useFilters } from '../lib/use-filters.ts';

const ALL = '';
const orNull = <T extends string>(value: string) => (value === ALL ? null : (value as T));

function lineOptions(type: Filters['type']): readonly ServiceLine[] {
  if (type === 'BPO') return BPO_SERVICE_LINES;
  if (type === 'KPO') return KPO_SERVICE_LINES;
  return [...BPO_SERVICE_LINES, ...KPO_SERVICE_LINES];
}

/** The filters every page shares; each change is written to the URL. */
export function FilterBar() {
  const trpc = useTRPC();
  const { filters, range, update } = useFilters();
  const options = useQuery(trpc.meta.filterOptions.queryOptions());
  const setRange = (preset: RangePreset) => {
    if (preset === 'custom' && range) update({ range: preset, from: range.from, to: range.to });
    else update({ range: preset, from: null, to: null });
  };

  return (
    <search className="filter-bar" aria-label="Filters">
      <label>
        Range
        <select value={filters.range} onChange={(event) => setRange(event.target.value as RangePreset)}>
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {RANGE_PRESET_LABELS[preset]}
            </option>
          ))}
        </select>
      </label>
      {filters.range === 'custom' ? (
        <>
          <label>
            From
            <input
              type="month"
              value={filters.from ?? ''}
              max={filters.to ?? undefined}
              onChange={(event) => event.target.value && update({ from: event.target.value })}
            />
          </label>
          <label>
            To
            <input
              type="month"
              value={filters.to ?? ''}
              min={filters.from ?? undefined}
              onChange={(event) => event.target.value && update({ to: event.target.value })}
            />
          </label>
        </>
      ) : null}
      <label>
        Type
        <select
          value={filters.type ?? ALL}
          onChange={(event) => {
            const type = orNull<'BPO' | 'KPO'>(event.target.value);
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
        </select>
      </label>
      <label>
        Vendor
        <select
          value={filters.vendor ?? ALL}
          onChange={(event) => update({ vendor: orNull(event.target.value) })}
        >
          <option value={ALL}>All vendors</option>
          {(options.data?.vendors ?? (filters.vendor ? [filters.vendor] : [])).map((vendor) => (
            <option key={vendor} value={vendor}>
              {vendor}
            </option>
          ))}
        </select>
      </label>
      <label>
        Service line
        <select
          value={filters.serviceLine ?? ALL}
          onChange={(event) => update({ serviceLine: orNull<ServiceLine>(event.target.value) })}
        >
          <option value={ALL}>All service lines</option>
          {lineOptions(filters.type).map((line) => (
            <option key={line} value={line}>
              {SERVICE_LINE_LABELS[line]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Location
        <select
          value={filters.location ?? ALL}
          onChange={(event) => update({ location: orNull<Filters['location'] & string>(event.target.value) })}
        >
          <option value={ALL}>All locations</option>
          {LOCATIONS.map((location) => (
            <option key={location} value={location}>
              {humanize(location)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Business unit
        <select
          value={filters.businessUnit ?? ALL}
          onChange={(event) => update({ businessUnit: orNull(event.target.value) })}
        >
          <option value={ALL}>All business units</option>
          {(options.data?.businessUnits ?? (filters.businessUnit ? [filters.businessUnit] : [])).map(
            (unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ),
          )}
        </select>
      </label>
      <div className="filter-bar__end">
        <output className="filter-bar__range" aria-live="polite" data-testid="range">
          {range ? `${monthLabel(range.from)} – ${monthLabel(range.to)}` : ''}
        </output>
        <button type="button" className="button button--small" onClick={() => update(DEFAULT_FILTERS)}>
          Reset
        </button>
      </div>
    </search>
  );
}
