import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { ImportRejectedError } from '../interchange/import-errors.ts';

// The interchange files and the checks the import tests share (import-files.test.ts, import-omitted-columns.test.ts,
// import-new-rows.test.ts).

export const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

export const FILES = {
  'vendors.csv': csv(
    'name,country,certifications,notes',
    'Acme Services,IN,ISO 27001,',
    '"Beta, Inc.",PH,,"Two sites; ""night shift"" only"',
  ),
  'engagements.csv': csv(
    'code,name,vendor,type,service_line,location,start_date,end_date,currency,at_risk_pct,earn_back_months,baseline_monthly_cost',
    'ENG-001,Customer support,Acme Services,BPO,customer_support,offshore,2025-01-01,,USD,10,0,50000',
    'ENG-002,Market research,"Beta, Inc.",KPO,market_research,nearshore,2025-01-01,2025-12-31,EUR,0,0,',
  ),
  'slas.csv': csv(
    'engagement,code,name,unit,direction,expected,minimum,kind,allocation_pct',
    'ENG-001,ASA,Average speed of answer,seconds,lower_is_better,30,60,critical,60',
    'ENG-001,CSAT,Customer satisfaction,%,higher_is_better,90,80,key,',
  ),
  'measurements.csv': csv(
    'engagement,sla,period,actual,numerator,denominator,source,note',
    'ENG-001,ASA,2025-01,25,,,vendor report,',
    'ENG-001,ASA,2025-02,45,,,vendor report,',
    'ENG-001,ASA,2025-03,75.5,,,vendor report,"late, see ticket"',
    'ENG-001,CSAT,2025-01,92.5,925,1000,survey,',
    'ENG-001,CSAT,2025-02,85,850,1000,survey,',
  ),
  'charges.csv': csv(
    'engagement,invoice,period,category,amount',
    'ENG-001,INV-1,2025-01,base,40000',
    'ENG-001,INV-1,2025-01,volume,2500.5',
    'ENG-002,R-7,2025-02,one_off,12000.00',
  ),
  'deliverables.csv': csv(
    'engagement,code,title,kind,requested_date,due_date,delivered_date,status,quality,revisions,actioned,estimated_value',
    'ENG-002,D-1,Competitor scan,report,2025-01-10,2025-02-10,2025-02-05,delivered,4,1,true,250000',
    'ENG-002,D-2,Pricing study,report,2025-02-01,2025-03-15,,in_progress,,0,false,',
  ),
  'fx_rates.csv': csv('currency,period,rate', 'EUR,2025-01,1.0834500000', 'EUR,2025-02,1.05'),
};

export const files = () => Object.entries(FILES).map(([name, content]) => ({ name, content }));

export type Versions = Record<string, { version: number; updated_at: string }[]>;

/** The stored months of the SLA with this code, in order: each one's actual, status and version. */
export async function slaMonths(db: Db, code: string) {
  return db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .where('s.code', '=', code)
    .select(['m.period', 'm.actual', 'm.status', 'm.version'])
    .orderBy('m.period')
    .execute();
}

/** Every data row's version and updated_at, table by table, in a stable order. */
export async function versions(db: Db): Promise<Versions> {
  const result: Versions = {};
  for (const table of ['vendors', 'engagements', 'slas', 'measurements', 'charges', 'deliverables']) {
    const { rows } = await sql<{ version: number; updated_at: Date }>`
      select version, updated_at from ${sql.table(table)} order by id`.execute(db);
    result[table] = rows.map((row) => ({ version: row.version, updated_at: row.updated_at.toISOString() }));
  }
  const { rows } = await sql<{ version: number; updated_at: Date }>`
    select version, updated_at from fx_rates order by currency, period`.execute(db);
  result.fx_rates = rows.map((row) => ({ version: row.version, updated_at: row.updated_at.toISOString() }));
  return result;
}

export async function statuses(db: Db): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .select(['s.code', 'm.period', 'm.status'])
    .execute();
  return Object.fromEntries(rows.map((row) => [`${row.code} ${row.period}`, row.status]));
}

export async function rejection(promise: Promise<unknown>): Promise<ImportRejectedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ImportRejectedError)) throw new Error(`expected a rejection, got ${String(error)}`);
  return error;
}
