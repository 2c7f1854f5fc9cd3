import { testDatabases } from '@portfolio/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCommandDatabase, writeWorkedExampleFor } from './command-database.ts';
import { portfolio } from './processes.ts';

describe.each(testDatabases())('pnpm portfolio missing as a process on $name', ({ name }) => {
  const command = useCommandDatabase(name, 'portfolio-missing-');
  beforeAll(() => writeWorkedExampleFor(command.env));

  it('prints the vendors, engagements and SLA-months as text', async () => {
    const run = await portfolio(['missing', '--from', '2025-01', '--to', '2025-06'], command.env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toEqual([
      'Missing reports on 2025-06-15, closed months 2025-01 to 2025-05: 6 SLA-months of 2 vendors',
      '',
      'Acme Services (1 SLA-month, oldest closed 46 days ago)',
      '  ENG-001 · Customer support',
      '    CSAT Customer satisfaction: Apr 2025 (46 d)',
      '',
      'Insight Partners (5 SLA-months, oldest closed 76 days ago)',
      '  ENG-003 · Market research',
      '    OTD Reports on time: Mar 2025 (76 d), Apr 2025 (46 d)',
      '    QS Quality score: Mar 2025 (76 d), Apr 2025 (46 d), May 2025 (15 d)',
    ]);
  });

  it('prints JSON with --json, filtered like the other commands', async () => {
    const run = await portfolio(['missing', '--json', '--vendor', 'Acme Services'], command.env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const answer = JSON.parse(run.stdout);
    expect(Object.keys(answer)).toEqual(['today', 'months', 'vendors', 'rows']);
    expect(answer.months).toEqual({ from: '2024-06', to: '2025-05' });
    expect(answer.rows).toEqual([
      {
        vendor: 'Acme Services',
        engagement: 'ENG-001',
        engagementName: 'Customer support',
        sla: 'CSAT',
        slaName: 'Customer satisfaction',
        period: '2025-04',
        daysSinceClosed: 46,
      },
    ]);
  });

  it('refuses half a range as invalid input (exit code 2)', async () => {
    const run = await portfolio(['missing', '--from', '2025-01'], command.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid input');
  });
});
