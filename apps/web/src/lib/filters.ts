import {
  addMonths,
  ENGAGEMENT_TYPES,
  type EngagementType,
  fiscalYearOf,
  isPeriod,
  LOCATIONS,
  type Location,
  monthsBetweenInclusive,
  type ReportInput,
  SERVICE_LINE_LABELS,
  SERVICE_LINES,
  type ServiceLine,
} from '@portfolio/domain';

/** The range presets every page offers; `custom` takes the months from the URL. */
export const RANGE_PRESETS = ['last12', 'ytd', 'fy', 'lastfy', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  last12: 'Last 12 months',
  ytd: 'Year to date',
  fy: 'This fiscal year',
  lastfy: 'Last fiscal year',
  custom: 'Custom months',
};

/** The filters shared by every page, as they live in the URL. */
export interface Filters {
  range: RangePreset;
  /** Months of a custom range. */
  from: string | null;
  to: string | null;
  type: EngagementType | null;
  vendor: string | null;
  serviceLine: ServiceLine | null;
  location: Location | null;
  businessUnit: string | null;
  /**
   * Whether a preset runs up to the month in progress (`open=1`). By default presets end with the last closed
   * month, so a month just begun (its reports not in, its credits and costs partial) does not pass for a whole one.
   */
  open: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  range: 'last12',
  from: null,
  to: null,
  type: null,
  vendor: null,
  serviceLine: null,
  location: null,
  businessUnit: null,
  open: false,
};

/** The URL parameter of each filter. */
/** The address's parameter of each filter. */
export const PARAM = {
  range: 'range',
  from: 'from',
  to: 'to',
  type: 'type',
  vendor: 'vendor',
  serviceLine: 'line',
  location: 'location',
  businessUnit: 'bu',
  open: 'open',
} as const satisfies Record<keyof Filters, string>;

export const FILTER_PARAMS: readonly string[] = Object.values(PARAM);

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
const text = (value: string | null) => (value === null || value.trim() === '' ? null : value);

/** The filters in URL search parameters; anything unknown or malformed falls back to the default. */
export function readFilters(params: URLSearchParams): Filters {
  const from = params.get(PARAM.from);
  const to = params.get(PARAM.to);
  const range = oneOf(RANGE_PRESETS, params.get(PARAM.range)) ?? 'last12';
  const customOk = isPeriod(from) && isPeriod(to) && from <= to;
  return {
    range: range === 'custom' && !customOk ? 'last12' : range,
    from: range === 'custom' && customOk ? from : null,
    to: range === 'custom' && customOk ? to : null,
    type: oneOf(ENGAGEMENT_TYPES, params.get(PARAM.type)),
    vendor: text(params.get(PARAM.vendor)),
    serviceLine: oneOf(SERVICE_LINES, params.get(PARAM.serviceLine)),
    location: oneOf(LOCATIONS, params.get(PARAM.location)),
    businessUnit: text(params.get(PARAM.businessUnit)),
    open: params.get(PARAM.open) === '1',
  };
}

/**
 * Writes the filters into search parameters, leaving other parameters (a page's own, like a sort order) alone;
 * defaults are left out so a plain address stays plain.
 */
export function writeFilters(filters: Filters, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const [key, param] of Object.entries(PARAM) as [keyof Filters, string][]) {
    const value = filters[key];
    const isDefault = value === DEFAULT_FILTERS[key];
    if (value === null || isDefault || ((key === 'from' || key === 'to') && filters.range !== 'custom'))
      params.delete(param);
    else params.set(param, value === true ? '1' : String(value));
  }
  return params;
}

/** Only the filters of a query string ("?range=ytd&type=BPO"), to carry them onto another page. */
export function filterSearch(search: string): string {
  const params = writeFilters(readFilters(new URLSearchParams(search)));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The months a preset covers, given today ('YYYY-MM-DD') and the first month of the fiscal year (1–12). By default
 * a preset ends with the last closed month (the one before today's); with `open` it runs to the month in progress
 * (the fiscal year: to its end, months to come included). A preset with no closed month yet (the year to date in
 * January, this fiscal year in its first month) keeps the month in progress rather than show nothing.
 */
export function rangeForPreset(
  preset: Exclude<RangePreset, 'custom'>,
  today: string,
  fiscalYearStart: number,
  open = false,
): { from: string; to: string } {
  const month = today.slice(0, 7);
  const lastClosed = addMonths(month, -1);
  // Months compare as text: 'YYYY-MM' sorts in time order.
  const upTo = (from: string, to: string) => ({ from, to: open || lastClosed < from ? to : lastClosed });
  switch (preset) {
    case 'last12': {
      const end = open ? month : lastClosed;
      return { from: addMonths(end, -11), to: end };
    }
    case 'ytd':
      return upTo(`${month.slice(0, 4)}-01`, month);
    case 'fy': {
      const year = fiscalYearOf(month, fiscalYearStart);
      return open ? { from: year.from, to: year.to } : upTo(year.from, month);
    }
    case 'lastfy': {
      const year = fiscalYearOf(addMonths(fiscalYearOf(month, fiscalYearStart).from, -1), fiscalYearStart);
      return { from: year.from, to: year.to };
    }
  }
}

/** Whether a range holds the month in progress (today's month), whose figures are partial. */
export function openMonthIn(range: { from: string; to: string }, today: string): string | null {
  const month = today.slice(0, 7);
  return range.from <= month && month <= range.to ? month : null;
}

/** The months the filters select. */
export function resolveRange(filters: Filters, today: string, fiscalYearStart: number) {
  if (filters.range === 'custom' && filters.from !== null && filters.to !== null) {
    return { from: filters.from, to: filters.to };
  }
  return rangeForPreset(
    filters.range === 'custom' ? 'last12' : filters.range,
    today,
    fiscalYearStart,
    filters.open,
  );
}

/**
 * The period the overview compares with: the same months a year earlier for the yearly presets (year to date,
 * fiscal years, last 12 months), and for a custom range the as many months just before it. Only months up to
 * today's month are compared, so a fiscal year under way meets the same months of the year before; a range that
 * starts after today's month has nothing to compare yet (null).
 */
export function comparisonRange(
  preset: RangePreset,
  range: { from: string; to: string },
  today: string,
): { from: string; to: string } | null {
  const month = today.slice(0, 7);
  if (range.from > month) return null;
  // Months compare as text: 'YYYY-MM' sorts in time order.
  const [to = month] = [range.to, month].sort();
  const [, last = to] = [range.from, to].sort();
  const shift = preset === 'custom' ? monthsBetweenInclusive(range.from, last) : 12;
  return { from: addMonths(range.from, -shift), to: addMonths(last, -shift) };
}

/** The API input of a range and the filters: an unset filter selects everything. */
export function toReportInput(filters: Filters, range: { from: string; to: string }): ReportInput {
  return {
    from: range.from,
    to: range.to,
    ...(filters.type ? { types: [filters.type] } : {}),
    ...(filters.vendor ? { vendors: [filters.vendor] } : {}),
    ...(filters.serviceLine ? { serviceLines: [filters.serviceLine] } : {}),
    ...(filters.location ? { locations: [filters.location] } : {}),
    ...(filters.businessUnit ? { businessUnits: [filters.businessUnit] } : {}),
  };
}

/** What the filters select, once the server's today and fiscal year are known: the ranges and the API inputs. */
export interface FilterSelection {
  range: { from: string; to: string };
  comparison: { from: string; to: string } | null;
  /** The month in progress when the range holds it (its figures are partial), else null. */
  openMonth: string | null;
  /** The report input of the filters. */
  input: ReportInput;
  comparisonInput: ReportInput | null;
}

export function selectionOf(filters: Filters, today: string, fiscalYearStart: number): FilterSelection {
  const range = resolveRange(filters, today, fiscalYearStart);
  const comparison = comparisonRange(filters.range, range, today);
  return {
    range,
    comparison,
    openMonth: openMonthIn(range, today),
    input: toReportInput(filters, range),
    comparisonInput: comparison ? toReportInput(filters, comparison) : null,
  };
}

/**
 * The input of a page about one engagement type (BPO savings, KPO insight): the filters with that type, or null
 * when the type filter selects the other one.
 */
export function forType(input: ReportInput, type: EngagementType): ReportInput | null {
  if (input.types && input.types.length > 0 && !input.types.includes(type)) return null;
  return { ...input, types: [type] };
}

/** The set filters in words, for file names: ["BPO", "Acme Services", "Offshore"]. */
export function filterWords(filters: Filters): string[] {
  return [
    filters.type,
    filters.vendor,
    filters.serviceLine && SERVICE_LINE_LABELS[filters.serviceLine],
    filters.location,
    filters.businessUnit,
  ].filter((word): word is string => word !== null);
}
