import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { loadMissingReportFacts } from './missing-reports.ts';

// The worked example (testing/worked-example.ts): ENG-001 from January 2025 without CSAT in April, ENG-002 from
// 10 March to 20 May 2025 reported in full, ENG-003 from October 2024 reported in January, February and (OTD
// only) May 2025.
describe.each(testDatabases())('missing report facts on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  const missing = async (
    ...args: Parameters<typeof loadMissingReportFacts> extends [unknown, ...infer R] ? R : never
  ) =>
    (await loadMissingReportFacts(handle.db, ...args)).map((f) => [f.vendor, f.engagement, f.sla, f.missing]);

  it('lists each SLA with the given months it has no measurement for', async () => {
    expect(await missing({}, ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'])).toEqual([
      ['Acme Services', 'ENG-001', 'CSAT', ['2025-04']],
      ['Insight Partners', 'ENG-003', 'OTD', ['2025-03', '2025-04']],
      ['Insight Partners', 'ENG-003', 'QS', ['2025-03', '2025-04', '2025-05']],
    ]);
  });

  it('counts only months the engagement ran: ENG-001 starts in January 2025, ENG-003 ran in December 2024', async () => {
    expect(await missing({}, ['2024-12'])).toEqual([
      ['Insight Partners', 'ENG-003', 'OTD', ['2024-12']],
      ['Insight Partners', 'ENG-003', 'QS', ['2024-12']],
    ]);
  });

  it('applies the shared filter, and `runningIn` keeps the engagements running in that month', async () => {
    expect(await missing({ vendors: ['Acme Services'] }, ['2025-04'])).toEqual([
      ['Acme Services', 'ENG-001', 'CSAT', ['2025-04']],
    ]);
    expect(await missing({ types: ['KPO'] }, ['2025-04'], { runningIn: '2024-09' })).toEqual([]);
    expect(await missing({}, [])).toEqual([]);
  });

  it('leaves archived SLAs out', async () => {
    await handle.db.updateTable('slas').set({ archived_at: new Date() }).where('code', '=', 'QS').execute();
    expect(await missing({}, ['2025-03'])).toEqual([['Insight Partners', 'ENG-003', 'OTD', ['2025-03']]]);
  });
});
