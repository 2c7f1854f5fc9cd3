import { describe, expect, it } from 'vitest';
import {
  closedMonthsOf,
  daysSinceClosed,
  type MissingReportFact,
  missingReportRows,
  missingReportsByVendor,
  missingReportsInputSchema,
} from './missing-reports.ts';

const fact = (vendor: string, engagement: string, sla: string, missing: string[]): MissingReportFact => ({
  vendor,
  engagement,
  engagementName: `${engagement} name`,
  sla,
  slaName: `${sla} name`,
  missing,
});

describe('closedMonthsOf', () => {
  it('keeps the months of the range that ended before today: on 4 December, November is the last', () => {
    expect(closedMonthsOf({ from: '2026-09', to: '2026-12' }, '2026-12-04')).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('a range of the open month alone has no closed month', () => {
    expect(closedMonthsOf({ from: '2026-12', to: '2026-12' }, '2026-12-31')).toEqual([]);
  });

  it('without a range, the last 12 closed months, across a year end', () => {
    const months = closedMonthsOf(undefined, '2026-02-01');
    expect(months).toHaveLength(12);
    expect([months[0], months.at(-1)]).toEqual(['2025-02', '2026-01']);
  });
});

describe('daysSinceClosed', () => {
  it('counts from the last day of the month: October on 15 November is 15 days, February of a leap year ends on the 29th', () => {
    expect(daysSinceClosed('2026-10', '2026-11-15')).toBe(15);
    expect(daysSinceClosed('2024-02', '2024-03-01')).toBe(1);
    expect(daysSinceClosed('2025-03', '2025-06-15')).toBe(76);
  });
});

describe('missingReportsByVendor', () => {
  // Today 15 June 2025: April closed 46 days ago, March 76, May 15.
  const today = '2025-06-15';
  const facts = [
    fact('Insight Partners', 'ENG-003', 'QS', ['2025-05', '2025-03', '2025-04']),
    fact('Insight Partners', 'ENG-003', 'OTD', ['2025-03', '2025-04']),
    fact('Acme Services', 'ENG-001', 'CSAT', ['2025-04']),
    fact('Acme Services', 'ENG-001', 'ASA', []),
  ];

  it('groups by vendor, then engagement and SLA, months oldest first with their days; nothing missing is left out', () => {
    const vendors = missingReportsByVendor(facts, today);
    expect(vendors.map((v) => [v.vendor, v.slaMonths, v.oldestDays])).toEqual([
      ['Acme Services', 1, 46],
      ['Insight Partners', 5, 76],
    ]);
    expect(vendors[1]?.engagements[0]?.slas).toEqual([
      {
        sla: 'OTD',
        slaName: 'OTD name',
        months: [
          { period: '2025-03', daysSinceClosed: 76 },
          { period: '2025-04', daysSinceClosed: 46 },
        ],
      },
      {
        sla: 'QS',
        slaName: 'QS name',
        months: [
          { period: '2025-03', daysSinceClosed: 76 },
          { period: '2025-04', daysSinceClosed: 46 },
          { period: '2025-05', daysSinceClosed: 15 },
        ],
      },
    ]);
  });

  it('writes the request to each vendor: subject with the count, a line per SLA with its months', () => {
    const [acme] = missingReportsByVendor(facts, today);
    expect(acme?.request.subject).toBe('Missing SLA reports: 1 SLA-month');
    expect(acme?.request.body).toBe(
      [
        'Hello Acme Services,',
        '',
        'We have not received your SLA reports for these months:',
        '',
        'ENG-001 · ENG-001 name',
        '- CSAT (CSAT name): Apr 2025 (closed 46 days ago)',
        '',
        'Please send the measurements for each of them, or tell us when we can expect them.',
        '',
        'Thank you.',
      ].join('\n'),
    );
  });

  it('flattens into one row per SLA-month, in the same order', () => {
    const rows = missingReportRows(missingReportsByVendor(facts, today));
    expect(rows.map((r) => `${r.vendor}/${r.engagement}/${r.sla}/${r.period}/${r.daysSinceClosed}`)).toEqual([
      'Acme Services/ENG-001/CSAT/2025-04/46',
      'Insight Partners/ENG-003/OTD/2025-03/76',
      'Insight Partners/ENG-003/OTD/2025-04/46',
      'Insight Partners/ENG-003/QS/2025-03/76',
      'Insight Partners/ENG-003/QS/2025-04/46',
      'Insight Partners/ENG-003/QS/2025-05/15',
    ]);
  });
});

describe('missingReportsInputSchema', () => {
  it('takes both ends of a range or neither', () => {
    expect(missingReportsInputSchema.safeParse({}).success).toBe(true);
    expect(missingReportsInputSchema.safeParse({ from: '2025-01', to: '2025-06' }).success).toBe(true);
    expect(missingReportsInputSchema.safeParse({ from: '2025-01' }).success).toBe(false);
    expect(missingReportsInputSchema.safeParse({ from: '2025-07', to: '2025-06' }).success).toBe(false);
    expect(missingReportsInputSchema.safeParse({ from: '2025-13', to: '2025-14' }).success).toBe(false);
  });
});
