import {
  BPO_SERVICE_LINES,
  ENGAGEMENT_TYPES,
  formatMonth,
  isPeriod,
  LOCATIONS,
  SERVICE_LINE_LABELS,
  SERVICE_LINES,
} from '@portfolio/domain';
import { type Filters, PARAM, RANGE_PRESETS, readFilters } from './filters.ts';

/** What the address asks for that the filters cannot show as asked, and how to set it right. */
export interface FilterProblem {
  message: string;
  /** The change that clears it (the filter back to all), and another that fixes it where there is one. */
  clear: Partial<Filters>;
  fix?: { label: string; patch: Partial<Filters> };
}

/** The names the filters can match: the vendors and business units on record. */
export interface KnownNames {
  vendors: readonly string[];
  businessUnits: readonly string[];
}

/**
 * Every filter of the address that is not applied as written, or matches nothing: an unknown word for a list
 * (`type=XPO`), a vendor or business unit not on record (`vendor=Nonexistent`, which would show zeros), a custom
 * range that ends before it starts or lacks a month (shown as the last 12 months), a service line of the other
 * type. The page says each one and offers to clear it; nothing is changed silently.
 */
export function filterProblems(params: URLSearchParams, known: KnownNames | null): FilterProblem[] {
  const problems: FilterProblem[] = [];
  const filters = readFilters(params);
  const range = params.get(PARAM.range);
  const from = params.get(PARAM.from);
  const to = params.get(PARAM.to);
  const whole = { range: 'last12', from: null, to: null } as const;
  if (range !== null && !(RANGE_PRESETS as readonly string[]).includes(range)) {
    problems.push({ message: `There is no range “${range}”: showing the last 12 months.`, clear: whole });
  } else if (range === 'custom' && filters.range !== 'custom') {
    if (isPeriod(from) && isPeriod(to)) {
      problems.push({
        message: `The range ${formatMonth(from)} – ${formatMonth(to)} ends before it starts: showing the last 12 months.`,
        clear: whole,
        fix: {
          label: `Show ${formatMonth(to)} – ${formatMonth(from)}`,
          patch: { range: 'custom', from: to, to: from },
        },
      });
    } else {
      problems.push({
        message: 'A custom range needs a first and a last month (YYYY-MM): showing the last 12 months.',
        clear: whole,
      });
    }
  }
  const listed: [keyof typeof PARAM, string, readonly string[]][] = [
    ['type', 'type', ENGAGEMENT_TYPES],
    ['serviceLine', 'service line', SERVICE_LINES],
    ['location', 'location', LOCATIONS],
  ];
  for (const [key, what, values] of listed) {
    const value = params.get(PARAM[key]);
    if (value !== null && value.trim() !== '' && !values.includes(value)) {
      problems.push({
        message: `There is no ${what} “${value}”: it is not applied.`,
        clear: { [key]: null },
      });
    }
  }
  if (filters.type && filters.serviceLine) {
    const lineType = (BPO_SERVICE_LINES as readonly string[]).includes(filters.serviceLine) ? 'BPO' : 'KPO';
    if (lineType !== filters.type) {
      problems.push({
        message: `${SERVICE_LINE_LABELS[filters.serviceLine]} is ${lineType} work: with the type ${filters.type}, nothing matches.`,
        clear: { serviceLine: null },
      });
    }
  }
  if (known) {
    if (filters.vendor !== null && !known.vendors.includes(filters.vendor)) {
      problems.push({
        message: `No vendor is named “${filters.vendor}”: nothing matches, so every figure is zero.`,
        clear: { vendor: null },
      });
    }
    if (filters.businessUnit !== null && !known.businessUnits.includes(filters.businessUnit)) {
      problems.push({
        message: `There is no business unit “${filters.businessUnit}”: nothing matches, so every figure is zero.`,
        clear: { businessUnit: null },
      });
    }
  }
  return problems;
}
