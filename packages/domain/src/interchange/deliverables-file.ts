import { z } from 'zod';
import { DELIVERABLE_STATUSES, type DeliverableStatus } from '../enums.ts';
import {
  amount,
  boolean,
  date,
  INT4_MAX,
  integer,
  name,
  oneOf,
  optional,
  required,
  withDefault,
} from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

export const deliverableCsvRowSchema = z
  .object({
    engagement: required(name),
    code: required(name),
    title: required(name),
    kind: optional(name),
    requested_date: required(date),
    due_date: required(date),
    delivered_date: optional(date),
    status: optional(oneOf('a deliverable status', DELIVERABLE_STATUSES)),
    quality: optional(integer(1, 5)),
    revisions: withDefault(integer(0, INT4_MAX), 0),
    actioned: withDefault(boolean, false),
    estimated_value: optional(amount),
  })
  .superRefine((row, ctx) => {
    if (row.due_date < row.requested_date) {
      ctx.addIssue({
        code: 'custom',
        path: ['due_date'],
        message: `${row.due_date} is before requested_date ${row.requested_date}`,
      });
    }
    if (row.delivered_date !== null && row.delivered_date < row.requested_date) {
      ctx.addIssue({
        code: 'custom',
        path: ['delivered_date'],
        message: `${row.delivered_date} is before requested_date ${row.requested_date}`,
      });
    }
  })
  // Without a status a deliverable is `delivered` once it has a delivered date, else `requested`.
  .transform((row) => ({
    ...row,
    status: row.status ?? ((row.delivered_date === null ? 'requested' : 'delivered') as DeliverableStatus),
  }));
export type DeliverableCsvRow = z.output<typeof deliverableCsvRowSchema>;

/** deliverables.csv (KPO), keyed by engagement code and deliverable code. */
export const deliverablesFile: InterchangeFile<'deliverables.csv', DeliverableCsvRow> = {
  name: 'deliverables.csv',
  columns: [
    'engagement',
    'code',
    'title',
    'kind',
    'requested_date',
    'due_date',
    'delivered_date',
    'status',
    'quality',
    'revisions',
    'actioned',
    'estimated_value',
  ],
  required: ['engagement', 'code', 'title', 'requested_date', 'due_date'],
  key: ['engagement', 'code'],
  schema: deliverableCsvRowSchema,
};
