import type { SlaDirection, SlaUnit } from '@portfolio/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Trx = Transaction<Database>;

/** An SLA as measurements refer to it: its id, its unit and the levels its measurements are judged by. */
export type SlaRef = {
  id: number;
  unit: SlaUnit;
  direction: SlaDirection;
  expected: string;
  minimum: string | null;
};

/** Vendor ids by name. */
export async function vendorIdsByName(trx: Trx): Promise<Map<string, number>> {
  const rows = await trx.selectFrom('vendors').select(['id', 'name']).execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** Engagements' annual budgets by code (null: none). */
export async function budgetsByCode(trx: Trx): Promise<Map<string, string | null>> {
  const rows = await trx.selectFrom('engagements').select(['code', 'annual_budget']).execute();
  return new Map(rows.map((row) => [row.code, row.annual_budget]));
}

/** Engagement ids by code. */
export async function engagementIdsByCode(trx: Trx): Promise<Map<string, number>> {
  const rows = await trx.selectFrom('engagements').select(['id', 'code']).execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * The key of an SLA within the whole portfolio: its engagement (code or id) and its own code, joined by NUL, which
 * no stored text holds (textSchema refuses it), so no two pairs share a key.
 */
export function slaKey(engagement: string | number, code: string): string {
  return `${engagement}\u0000${code}`;
}

/** An SLA's reference from a row that selected (at least) its id and terms. */
const slaRef = ({ id, unit, direction, expected, minimum }: SlaRef): SlaRef => ({
  id,
  unit,
  direction,
  expected,
  minimum,
});

/** Every SLA by `slaKey(engagement code, SLA code)`. */
export async function slasByCode(trx: Trx): Promise<Map<string, SlaRef>> {
  const rows = await trx
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select(['s.id', 'e.code as engagement', 's.code', 's.unit', 's.direction', 's.expected', 's.minimum'])
    .execute();
  return new Map(rows.map((row) => [slaKey(row.engagement, row.code), slaRef(row)]));
}

/** Every SLA by `slaKey(engagement id, SLA code)`. */
export async function slasByEngagementId(trx: Trx): Promise<Map<string, SlaRef>> {
  const rows = await trx
    .selectFrom('slas')
    .select(['id', 'engagement_id', 'code', 'unit', 'direction', 'expected', 'minimum'])
    .execute();
  return new Map(rows.map((row) => [slaKey(row.engagement_id, row.code), slaRef(row)]));
}
