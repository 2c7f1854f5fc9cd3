import { describe, expect, it } from 'vitest';
import type { PortfolioReport, ReportEngagement } from './portfolio-report.ts';
import { summarizeReport, topByNetCost } from './report-digest.ts';
import type { SeriesPoint } from './series.ts';

const point = (key: string, netCost: string) => ({ key, netCost }) as SeriesPoint;
const engagement = (code: string, type: 'BPO' | 'KPO') => ({ code, type }) as ReportEngagement;

describe('the report summary', () => {
  it('keeps range, totals and insight, and counts the engagements by type', () => {
    const report = {
      range: { from: '2025-01', to: '2025-06' },
      currency: 'USD',
      totals: { charges: '100.00' },
      insight: { delivered: 3 },
      engagements: [engagement('E1', 'BPO'), engagement('E2', 'KPO'), engagement('E3', 'BPO')],
    } as unknown as PortfolioReport;
    expect(summarizeReport(report)).toEqual({
      range: { from: '2025-01', to: '2025-06' },
      currency: 'USD',
      totals: { charges: '100.00' },
      insight: { delivered: 3 },
      engagementCount: { all: 3, BPO: 2, KPO: 1 },
    });
  });

  it('counts nothing in an empty range', () => {
    const report = { engagements: [] } as unknown as PortfolioReport;
    expect(summarizeReport(report).engagementCount).toEqual({ all: 0, BPO: 0, KPO: 0 });
  });
});

describe('the top points by net cost', () => {
  it('orders exactly, past what a double tells apart, and breaks ties by key', () => {
    const points = [
      point('A', '10.00'),
      point('B', '90071992547409.93'),
      point('C', '90071992547409.92'),
      point('D', '-5.00'),
      point('E', '10.00'),
    ];
    expect(topByNetCost(points, 4).map((p) => p.key)).toEqual(['B', 'C', 'A', 'E']);
    expect(topByNetCost(points, 10)).toHaveLength(5);
    expect(topByNetCost([], 3)).toEqual([]);
  });
});
