import type { useFilters } from '../../../lib/use-filters.ts';

/** The range the page shows, and the engagement it is narrowed to: what each card of the page asks for. */
export type ScopedRange = { code: string; range: ReturnType<typeof useFilters>['range'] };

/** The report's input for the engagement alone over the range, or null while the range is not known. */
export function scopedInput({ code, range }: ScopedRange) {
  return range ? { ...range, engagements: [code] } : null;
}
