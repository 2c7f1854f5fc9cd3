import { testDatabases } from '@portfolio/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCommandDatabase, writeWorkedExampleFor } from './command-database.ts';
import { portfolio } from './processes.ts';

describe.each(testDatabases())('pnpm portfolio what-if as a process on $name', ({ name }) => {
  const command = useCommandDatabase(name, 'portfolio-what-if-');
  beforeAll(() => writeWorkedExampleFor(command.env));

  const range = ['--engagement', 'ENG-001', '--from', '2025-01', '--to', '2025-06'];

  it('prints { engagement, changes, actual, whatIf } with --json', async () => {
    const run = await portfolio(
      [
        'what-if',
        ...range,
        '--at-risk-pct',
        '15',
        '--allocation',
        'ASA=60',
        '--minimum',
        'CSAT=none',
        '--json',
      ],
      command.env,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const answer = JSON.parse(run.stdout);
    expect(Object.keys(answer)).toEqual(['engagement', 'changes', 'actual', 'whatIf']);
    expect(answer.changes).toEqual({ atRiskPct: '15', allocation: { ASA: '60' }, minimum: { CSAT: 'none' } });
    expect(answer.actual.totals.creditsOwed).toBe('16620.25');
    // Hand-computed in what-if.test.ts: 15,930.38 in Feb and 9,000.00 in Apr.
    expect(answer.whatIf.totals.creditsOwed).toBe('24930.38');
    expect(answer.whatIf.engagements.map((e: { code: string }) => e.code)).toEqual(['ENG-001']);
  });

  it('prints both totals side by side without --json', async () => {
    const run = await portfolio(['what-if', ...range, '--expected', 'ABN=4'], command.env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('ENG-001 2025-01 to 2025-06 (USD), changes: {"expected":{"ABN":"4"}}');
    expect(lines.find((line) => line.startsWith('credits owed'))?.split(/\s+/)).toEqual([
      'credits',
      'owed',
      '16620.25',
      '26620.25',
    ]);
  });

  it('names a change the terms cannot hold, exit code 2', async () => {
    const run = await portfolio(
      ['what-if', ...range, '--expected', 'NOPE=3', '--allocation', 'ASA=120'],
      command.env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('allocation.ASA: "120" is not a percentage from 0 to 100');
    const unknown = await portfolio(['what-if', ...range, '--expected', 'NOPE=3'], command.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('expected.NOPE: the engagement has no SLA NOPE in force');
    const usage = await portfolio(['what-if', ...range, '--kind', 'ASA'], command.env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--kind takes SLA=VALUE, got "ASA"');
  });
});
