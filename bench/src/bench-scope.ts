/** The day the bench's portfolio is seen from, and the ranges its requests ask for. */
export const TODAY = '2026-11-15';
export const CURRENCY = 'USD';
export const FULL = { from: '2024-12', to: '2026-11' };
const LAST_12 = { from: '2025-12', to: '2026-11' };
const PREVIOUS_12 = { from: '2024-12', to: '2025-11' };

/** The overview page's queries for its default range (the last 12 months, compared with the 12 before), as it asks. */
export const OVERVIEW: { path: string; input: object }[] = [
  { path: 'report.summary', input: LAST_12 },
  { path: 'report.summary', input: PREVIOUS_12 },
  { path: 'report.series', input: { ...LAST_12, by: 'type', perMonth: true } },
  { path: 'report.series', input: { ...LAST_12, by: 'total', perMonth: true } },
  { path: 'report.series', input: { ...LAST_12, by: 'engagement', perMonth: false, top: 10 } },
  { path: 'savings.trend', input: { ...LAST_12, types: ['BPO'] } },
  { path: 'slas.topBreaches', input: { ...LAST_12, limit: 8 } },
  { path: 'insight.overdue', input: { ...LAST_12, limit: 8 } },
];
