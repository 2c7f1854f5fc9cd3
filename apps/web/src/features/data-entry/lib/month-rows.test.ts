import { describe, expect, it } from 'vitest';
import { changedRows, EMPTY_ROW, rowIssues } from './month-rows.ts';

describe('the monthly grid’s rows', () => {
  const opened = {
    ASA: { ...EMPTY_ROW, actual: '30' },
    ABN: { ...EMPTY_ROW, actual: '5' },
    CSAT: { ...EMPTY_ROW },
  };

  it('sends only the rows the user changed, each with the version it was read at', () => {
    const draft = { ...opened, ABN: { ...EMPTY_ROW, actual: '9 ' }, CSAT: { ...EMPTY_ROW, actual: '88' } };
    draft.ASA = { ...EMPTY_ROW, actual: ' 30' };
    expect(changedRows(['ASA', 'ABN', 'CSAT'], opened, draft, { ASA: 3, ABN: 1, CSAT: null })).toEqual([
      { sla: 'ABN', version: 1, values: { ...EMPTY_ROW, actual: '9 ' } },
      { sla: 'CSAT', version: null, values: { ...EMPTY_ROW, actual: '88' } },
    ]);
  });

  it('places the server’s issues on the SLA and cell they name', () => {
    const sent = [{ sla: 'ABN' }, { sla: 'CSAT' }];
    expect(
      rowIssues(
        {
          'rows.0.values.actual': '"9,5" is not a number (a number like 1234.50)',
          'rows.1.values.denominator': '"0" is not above 0',
          'rows.1.sla': 'no SLA CSAT in force',
          period: 'Expected a month',
        },
        sent,
      ),
    ).toEqual({
      ABN: { actual: '"9,5" is not a number (a number like 1234.50)' },
      CSAT: { denominator: '"0" is not above 0', actual: 'no SLA CSAT in force' },
    });
  });
});
