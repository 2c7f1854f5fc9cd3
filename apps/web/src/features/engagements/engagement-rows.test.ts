import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { chargeBars, chargesByMonth, searchEngagements, withFigures } from './engagement-rows.ts';

type ListItem = RouterOutputs['engagements']['list'][number];
type Report = RouterOutputs['report']['portfolio'];

const item = (code: string, name: string, vendor: string, owner: string | null = null) =>
  ({
    code,
    name,
    vendor,
    owner,
    type: 'BPO',
    serviceLine: 'customer_support',
    location: 'offshore',
    businessUnit: null,
    status: 'active',
    startDate: '2025-01-01',
    endDate: null,
    currency: 'USD',
  }) as ListItem;

describe('engagement rows', () => {
  const list = [
    item('ENG-001', 'Customer support', 'Acme Services', 'Dana'),
    item('ENG-004', 'Old data entry', 'Acme Services'),
  ];

  it('puts the report’s figures beside each engagement, none for one outside the range', () => {
    const report = { engagements: [{ code: 'ENG-001', netCost: '497284.75' }] } as unknown as Report;
    const rows = withFigures(list, report);
    expect(rows[0]?.figures?.netCost).toBe('497284.75');
    expect(rows[1]?.figures).toBeNull();
  });

  it('searches code, name, vendor and owner in any case', () => {
    expect(searchEngagements(list, 'old').map((r) => r.code)).toEqual(['ENG-004']);
    expect(searchEngagements(list, 'dana').map((r) => r.code)).toEqual(['ENG-001']);
    expect(searchEngagements(list, ' ACME ').length).toBe(2);
    expect(searchEngagements(list, 'nothing like it')).toEqual([]);
  });

  it('pivots charges into a row per month with a column per category', () => {
    const months = chargesByMonth([
      { period: '2025-02', category: 'base', amount: '100000.00', invoices: 1 },
      { period: '2025-01', category: 'volume', amount: '6202.50', invoices: 1 },
      { period: '2025-01', category: 'base', amount: '100000.00', invoices: 1 },
    ]);
    expect(months).toEqual([
      { period: '2025-01', base: '100000.00', volume: '6202.50', one_off: null, pass_through: null },
      { period: '2025-02', base: '100000.00', volume: null, one_off: null, pass_through: null },
    ]);
    expect(chargeBars(months)[0]).toMatchObject({
      label: 'Jan 25',
      base: 100000,
      volume: 6202.5,
      one_off: null,
    });
  });
});
