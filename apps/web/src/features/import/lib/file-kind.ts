import { type InterchangeFileName, isInterchangeFileName } from '@portfolio/domain';

const HINTS: [pattern: RegExp, file: InterchangeFileName][] = [
  [/measure|sla[-_ ]?report|actuals?/i, 'measurements.csv'],
  [/deliverable/i, 'deliverables.csv'],
  [/fx|rate|currenc/i, 'fx_rates.csv'],
  [/charge|invoice|spend/i, 'charges.csv'],
  [/engagement|contract/i, 'engagements.csv'],
  [/vendor|supplier/i, 'vendors.csv'],
  [/sla/i, 'slas.csv'],
];

/**
 * Which interchange file a chosen file is, from its name: the exact name (`charges.csv`), else a telling word
 * (`acme-measurements-2025-03.csv`); null when nothing tells.
 */
export function guessFileKind(fileName: string): InterchangeFileName | null {
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (isInterchangeFileName(base)) return base;
  for (const [pattern, file] of HINTS) if (pattern.test(base)) return file;
  return null;
}
