import type { EngagementFilter } from '@portfolio/domain';

/** The shared filters as command-line options, each repeatable, and the filter field each fills. */
const FILTER_FIELDS = {
  vendor: 'vendors',
  type: 'types',
  'service-line': 'serviceLines',
  location: 'locations',
  'business-unit': 'businessUnits',
  engagement: 'engagements',
} as const satisfies Record<string, keyof EngagementFilter>;

/** How the filter options read in a command's usage line. */
export const FILTER_USAGE =
  '[--vendor V] [--type BPO|KPO] [--service-line S] [--location L] [--business-unit B] [--engagement CODE]';

/** The filter options for `parseArgs`: every one a repeatable string. */
export const filterOptions = Object.fromEntries(
  Object.keys(FILTER_FIELDS).map((name) => [name, { type: 'string' as const, multiple: true as const }]),
) as Record<keyof typeof FILTER_FIELDS, { type: 'string'; multiple: true }>;

/**
 * The filter the options give; the API's schema checks the values (an unknown type is refused there, by name).
 * The values are passed on as typed: the cast is what the schema is for.
 */
export function filterFrom(values: Partial<Record<string, unknown>>): EngagementFilter {
  const filter: Record<string, string[]> = {};
  for (const [option, field] of Object.entries(FILTER_FIELDS)) {
    const given = values[option];
    if (Array.isArray(given)) filter[field] = given as string[];
  }
  return filter as EngagementFilter;
}
