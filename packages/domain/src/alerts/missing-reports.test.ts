import { describe, expect, it } from 'vitest';
import type { MissingReportFact } from '../missing-reports.ts';
import { missingReportAlerts, missingReportWindow } from './missing-reports.ts';

const fact = (sla: string, missing: string[], engagement = 'ENG-101'): MissingReportFact => ({
  engagement,
  engagementName: 'Customer care',
  vendor: 'Acme Services',
  sla,
  slaName: `${sla} name`,
  missing,
});

describe('missingReportWindow', () => {
  it('is the three closed months before the month of today, across a year end', () => {
    expect(missingReportWindow('2026-11')).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(missingReportWindow('2026-02')).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('missingReportAlerts', () => {
  it('one alert per engagement, its SLAs and months named, magnitude the SLA-months missing', () => {
    const [alert, ...rest] = missingReportAlerts(
      [fact('CSAT', ['2026-09', '2026-08', '2026-10']), fact('ASA', ['2026-10'])],
      '2026-11-15',
    );
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      key: 'missing:ENG-101',
      kind: 'missing_report',
      severity: 'critical',
      magnitude: 4,
      title: 'ENG-101 · Customer care: 4 SLA reports missing',
      detail:
        'Acme Services has not reported CSAT (CSAT name): Aug, Sep and Oct 2026; ASA (ASA name): Oct 2026.',
      link: '/engagements/ENG-101?range=custom&from=2025-12&to=2026-11',
      subject: { engagement: 'ENG-101', sla: null },
      data: { slaMonths: 4, daysSinceClosed: 76 },
    });
  });

  it('one month missing: info up to 10 days after it closed, warning from the 11th', () => {
    // October closed on the 31st: 10 days later is 10 November.
    const on = (today: string) => missingReportAlerts([fact('ASA', ['2026-10'])], today)[0]?.severity;
    expect(on('2026-11-10')).toBe('info');
    expect(on('2026-11-11')).toBe('warning');
    expect(missingReportAlerts([fact('ASA', ['2026-10'])], '2026-11-11')[0]?.title).toBe(
      'ENG-101 · Customer care: 1 SLA report missing',
    );
  });

  it('two months missing of one SLA is critical, even when each SLA of two misses one month', () => {
    expect(missingReportAlerts([fact('ASA', ['2025-12', '2026-01'])], '2026-02-03')[0]).toMatchObject({
      severity: 'critical',
      detail: 'Acme Services has not reported ASA (ASA name): Dec 2025 and Jan 2026.',
    });
    expect(
      missingReportAlerts([fact('ASA', ['2026-09']), fact('ABN', ['2026-10'])], '2026-11-15')[0]?.severity,
    ).toBe('warning');
  });

  it('nothing missing, nothing raised', () => {
    expect(missingReportAlerts([fact('ASA', [])], '2026-11-15')).toEqual([]);
  });
});
