import { z } from 'zod';
import { SLA_KINDS } from '../enums.ts';
import { type CellParser, integer, measure, percent } from '../interchange/cells.ts';
import { checkRange, periodSchema, textSchema } from '../schemas.ts';

/**
 * The terms a contract what-if may change (DESIGN.md, "Contract what-if"): the engagement's at-risk percentage and
 * earn-back months, and per SLA (by code) its allocation, expected and minimum levels and kind. Each value is read
 * with the same cell rules as engagements.csv and slas.csv, so a what-if can only ask for terms a contract could
 * be written with; an issue's path names the change (`allocation.ABN`).
 */

/** A value given as a number or as text, read by a CSV cell's parser. */
function cellValue(parse: CellParser<string>) {
  return z.union([z.number(), textSchema]).transform((value, ctx): string => {
    const result = parse(String(value));
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
}

const earnBackMonths = integer(0, 24);
const slaCodeSchema = textSchema.trim().min(1).max(200);
const perSla = <T extends z.ZodTypeAny>(value: T) => z.record(slaCodeSchema, value).optional();

/** `none` removes a minimum level: every miss is then `missed`, never `breached`. */
const minimumSchema = z.union([z.literal('none'), cellValue(measure)]);

export const contractChangesSchema = z.object({
  /** Share of a month's base + volume charges at risk, 0–20 % (as engagements.csv). */
  atRiskPct: cellValue(percent(0, 20)).optional(),
  /** Months an SLA must be met after a credit to earn it back, 0–24 (as engagements.csv). */
  earnBackMonths: z
    .union([z.number(), textSchema])
    .transform((value, ctx): number => {
      const result = earnBackMonths(String(value));
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    })
    .optional(),
  allocation: perSla(cellValue(percent(0, 100))),
  expected: perSla(cellValue(measure)),
  minimum: perSla(minimumSchema),
  kind: perSla(z.enum(SLA_KINDS)),
});
export type ContractChanges = z.output<typeof contractChangesSchema>;
export type ContractChangesInput = z.input<typeof contractChangesSchema>;

/** The per-SLA changes, in the order the answer and messages list them. */
export const SLA_CHANGE_FIELDS = ['allocation', 'expected', 'minimum', 'kind'] as const;
export type SlaChangeField = (typeof SLA_CHANGE_FIELDS)[number];

/** A what-if's input: one engagement, a range of months (at most 120, as every report), the changed terms. */
export const whatIfInputSchema = contractChangesSchema
  .extend({ engagement: textSchema.trim().min(1).max(200), from: periodSchema, to: periodSchema })
  .superRefine(checkRange);
export type WhatIfInput = z.output<typeof whatIfInputSchema>;

/** Only the changes of an input (without the engagement and range), absent ones left out. */
export function changesOf(input: ContractChanges): ContractChanges {
  const changes: ContractChanges = {};
  if (input.atRiskPct !== undefined) changes.atRiskPct = input.atRiskPct;
  if (input.earnBackMonths !== undefined) changes.earnBackMonths = input.earnBackMonths;
  for (const field of SLA_CHANGE_FIELDS) {
    const given = input[field];
    if (given !== undefined && Object.keys(given).length > 0) Object.assign(changes, { [field]: given });
  }
  return changes;
}
