import { type Kysely, sql } from 'kysely';

// Credit notes (DESIGN: a charge line with a negative amount, in the category it corrects):
// - charges.amount may be negative: the check of 0001 goes (every other amount keeps its check);
// - engagement_month_facts also keeps the credit notes of each month: all categories (the spend page's figure)
//   and those of base + volume (what reduced the credit base, for the credit ledger's "why");
// - engagement_credits keeps the credit notes in its month's base beside the base itself.
// The charges triggers of 0009 are replaced by the same ones with the two sums. Their `having` now also lets through
// a change that moves an amount from one category to another and leaves every total as it was.

const EVENTS = ['insert', 'update', 'delete'] as const;
type Event = (typeof EVENTS)[number];

function changed(event: Event, select: (rows: string, sign: '' | '-') => string): string {
  const parts: string[] = [];
  if (event !== 'delete') parts.push(select('new_rows', ''));
  if (event !== 'insert') parts.push(select('old_rows', '-'));
  return parts.join(' union all ');
}

const CATEGORIES = ['base', 'volume', 'one_off', 'pass_through'] as const;
const SUMS = ['amount', 'credit_base', ...CATEGORIES, 'credit_notes', 'credit_base_notes'] as const;

function chargesTrigger(event: Event, withNotes: boolean): string {
  const sums = withNotes ? SUMS : SUMS.filter((s) => s !== 'credit_notes' && s !== 'credit_base_notes');
  const columns = sums.map((s) => (s === 'amount' ? 'charges' : s));
  return `create or replace function engagement_month_facts_charges_${event}() returns trigger
    language plpgsql as $$
    begin
      insert into engagement_month_facts as f (engagement_id, period, charge_lines, ${columns.join(', ')})
      select d.engagement_id, d.period, sum(d.lines), ${sums.map((s) => `sum(d.${s})`).join(', ')}
      from (${changed(
        event,
        (rows, sign) => `select ${rows}.engagement_id, ${rows}.period, ${sign}1 as lines,
          ${sign}${rows}.amount as amount,
          case when ${rows}.category in ('base', 'volume') then ${sign}${rows}.amount else 0 end as credit_base,
          ${CATEGORIES.map((c) => `case when ${rows}.category = '${c}' then ${sign}${rows}.amount else 0 end as ${c}`).join(', ')}
          ${
            withNotes
              ? `, case when ${rows}.amount < 0 then ${sign}${rows}.amount else 0 end as credit_notes,
          case when ${rows}.amount < 0 and ${rows}.category in ('base', 'volume') then ${sign}${rows}.amount else 0 end
            as credit_base_notes`
              : ''
          }
          from ${rows}`,
      )}) d
      group by d.engagement_id, d.period
      having sum(d.lines) <> 0 or ${sums.map((s) => `sum(d.${s}) <> 0`).join(' or ')}
      order by d.engagement_id, d.period
      on conflict (engagement_id, period) do update
        set charge_lines = f.charge_lines + excluded.charge_lines,
          ${columns.map((c) => `${c} = f.${c} + excluded.${c}`).join(', ')};
      return null;
    end $$`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table charges drop constraint if exists charges_amount_check`.execute(db);
  await sql`alter table engagement_month_facts add column credit_notes numeric not null default 0`.execute(
    db,
  );
  await sql`alter table engagement_month_facts add column credit_base_notes numeric not null default 0`.execute(
    db,
  );
  await sql`alter table engagement_credits add column credit_notes_cents bigint not null default 0`.execute(
    db,
  );
  for (const event of EVENTS) await sql.raw(chargesTrigger(event, true)).execute(db);
  // No charge could be negative before this migration; filled all the same, for a database written around the app.
  await sql`
    update engagement_month_facts f set credit_notes = s.credit_notes, credit_base_notes = s.credit_base_notes
    from (
      select engagement_id, period, coalesce(sum(amount) filter (where amount < 0), 0) as credit_notes,
        coalesce(sum(amount) filter (where amount < 0 and category in ('base', 'volume')), 0) as credit_base_notes
      from charges group by engagement_id, period
    ) s
    where s.engagement_id = f.engagement_id and s.period = f.period and s.credit_notes <> 0
  `.execute(db);
  await sql`insert into figures_dirty (engagement_id)
    select distinct engagement_id from charges where amount < 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of EVENTS) await sql.raw(chargesTrigger(event, false)).execute(db);
  await sql`alter table engagement_credits drop column credit_notes_cents`.execute(db);
  await sql`alter table engagement_month_facts drop column credit_base_notes`.execute(db);
  await sql`alter table engagement_month_facts drop column credit_notes`.execute(db);
  await sql`alter table charges add constraint charges_amount_check check (amount >= 0)`.execute(db);
}
