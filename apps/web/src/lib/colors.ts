/** The chart colours, matching styles.css. */
export const COLORS = {
  bpo: '#2f6fb0',
  kpo: '#8a4fb8',
  brand: '#1f4e79',
  ok: '#1e7b46',
  warn: '#d98e04',
  bad: '#b3261e',
  grey: '#8a94a3',
  teal: '#13827a',
  sand: '#c9a227',
} as const;

/** Colours for categories in turn (vendors, service lines, categories). */
export const PALETTE = [
  '#2f6fb0',
  '#8a4fb8',
  '#13827a',
  '#d98e04',
  '#b3261e',
  '#1f4e79',
  '#6b8e23',
  '#c2185b',
];
