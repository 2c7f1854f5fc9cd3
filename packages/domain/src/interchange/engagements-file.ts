import { z } from 'zod';
import {
  BPO_SERVICE_LINES,
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  type EngagementType,
  KPO_SERVICE_LINES,
  LOCATIONS,
  PRICING_MODELS,
  SERVICE_LINES,
  type ServiceLine,
} from '../enums.ts';
import {
  amount,
  currency,
  date,
  integer,
  list,
  name,
  oneOf,
  optional,
  percent,
  required,
  withDefault,
} from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

const SERVICE_LINES_OF: Record<EngagementType, readonly ServiceLine[]> = {
  BPO: BPO_SERVICE_LINES,
  KPO: KPO_SERVICE_LINES,
};

export const engagementCsvRowSchema = z
  .object({
    code: required(name),
    name: required(name),
    vendor: required(name),
    type: required(oneOf('an engagement type', ENGAGEMENT_TYPES)),
    service_line: required(oneOf('a service line', SERVICE_LINES)),
    location: required(oneOf('a location', LOCATIONS)),
    business_unit: optional(name),
    owner: optional(name),
    start_date: required(date),
    end_date: optional(date),
    status: withDefault(oneOf('an engagement status', ENGAGEMENT_STATUSES), 'active'),
    pricing_model: optional(oneOf('a pricing model', PRICING_MODELS)),
    currency: required(currency),
    annual_budget: optional(amount),
    at_risk_pct: withDefault(percent(0, 20), '0'),
    earn_back_months: withDefault(integer(0, 24), 0),
    baseline_monthly_cost: optional(amount),
    planned_monthly_savings: optional(amount),
  })
  .superRefine((row, ctx) => {
    const lines = SERVICE_LINES_OF[row.type];
    if (!lines.includes(row.service_line)) {
      ctx.addIssue({
        code: 'custom',
        path: ['service_line'],
        message: `"${row.service_line}" is not a ${row.type} service line: expected ${list(lines)}`,
      });
    }
    if (row.end_date !== null && row.end_date < row.start_date) {
      ctx.addIssue({
        code: 'custom',
        path: ['end_date'],
        message: `${row.end_date} is before start_date ${row.start_date}`,
      });
    }
  });
export type EngagementCsvRow = z.output<typeof engagementCsvRowSchema>;

/** engagements.csv, keyed by code; `vendor` names a vendor. */
export const engagementsFile: InterchangeFile<'engagements.csv', EngagementCsvRow> = {
  name: 'engagements.csv',
  columns: [
    'code',
    'name',
    'vendor',
    'type',
    'service_line',
    'location',
    'business_unit',
    'owner',
    'start_date',
    'end_date',
    'status',
    'pricing_model',
    'currency',
    'annual_budget',
    'at_risk_pct',
    'earn_back_months',
    'baseline_monthly_cost',
    'planned_monthly_savings',
  ],
  required: ['code', 'name', 'vendor', 'type', 'service_line', 'location', 'start_date', 'currency'],
  key: ['code'],
  schema: engagementCsvRowSchema,
};
