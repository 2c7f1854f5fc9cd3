import { z } from 'zod';
import { compareDecimals, parseDecimal } from '../decimal.ts';
import { SLA_DIRECTIONS, SLA_KINDS, SLA_UNITS } from '../enums.ts';
import { slaValueIssue } from '../sla-unit-values.ts';
import { measure, name, oneOf, optional, percent, required } from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

export const slaCsvRowSchema = z
  .object({
    engagement: required(name),
    code: required(name),
    name: required(name),
    unit: required(oneOf('a unit', SLA_UNITS)),
    direction: required(oneOf('a direction', SLA_DIRECTIONS)),
    expected: required(measure),
    minimum: optional(measure),
    kind: required(oneOf('an SLA kind', SLA_KINDS)),
    allocation_pct: optional(percent(0, 100)),
  })
  .superRefine((row, ctx) => {
    for (const level of ['expected', 'minimum'] as const) {
      const value = row[level];
      const issue = value === null ? null : slaValueIssue(row.unit, value);
      if (issue !== null) {
        ctx.addIssue({ code: 'custom', path: [level], message: `${value} ${issue}` });
      }
    }
    if (row.minimum !== null) {
      const comparison = compareDecimals(parseDecimal(row.minimum), parseDecimal(row.expected));
      const higher = row.direction === 'higher_is_better';
      if (higher ? comparison > 0 : comparison < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['minimum'],
          message: `${row.minimum} is better than expected ${row.expected}: for ${row.direction} the minimum must be ${higher ? 'at most' : 'at least'} the expected level`,
        });
      }
    }
    if (row.allocation_pct !== null && row.kind !== 'critical') {
      ctx.addIssue({
        code: 'custom',
        path: ['allocation_pct'],
        message: `must be empty for a ${row.kind} SLA: only critical SLAs have an allocation`,
      });
    }
  });
export type SlaCsvRow = z.output<typeof slaCsvRowSchema>;

/** slas.csv, keyed by engagement code and SLA code. */
export const slasFile: InterchangeFile<'slas.csv', SlaCsvRow> = {
  name: 'slas.csv',
  columns: [
    'engagement',
    'code',
    'name',
    'unit',
    'direction',
    'expected',
    'minimum',
    'kind',
    'allocation_pct',
  ],
  required: ['engagement', 'code', 'name', 'unit', 'direction', 'expected', 'kind'],
  key: ['engagement', 'code'],
  schema: slaCsvRowSchema,
};
