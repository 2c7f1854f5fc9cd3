import { describe, expect, it } from 'vitest';
import { fieldChanges, historyRow } from './history-rows.ts';

describe('the history in words', () => {
  it('an SLA change: the fields it touched, before → after, and the statuses judged again', () => {
    expect(
      historyRow({
        id: 7,
        at: '2025-06-15T10:42:00.000Z',
        actor: 'ops@example.com',
        action: 'sla.update',
        entity: 'sla',
        entityKey: 'ENG-001/ASA',
        before: { code: 'ASA', expected: '30', minimum: '45', allocation_pct: '60.00', version: 1 },
        after: { code: 'ASA', expected: '28', minimum: '40', allocation_pct: '60.00', version: 2 },
        detail: { statusesChanged: 1 },
      }),
    ).toEqual({
      id: 7,
      at: '2025-06-15T10:42:00.000Z',
      actor: 'ops@example.com',
      what: 'SLA changed',
      which: 'ENG-001/ASA',
      changes: [
        { field: 'Expected', before: '30', after: '28' },
        { field: 'Minimum', before: '45', after: '40' },
      ],
      summary: '1 measurement statuses judged again',
    });
  });

  it('an import: one event with its counts', () => {
    const row = historyRow({
      id: 9,
      at: '2025-06-15T11:00:00.000Z',
      actor: 'cli',
      action: 'import',
      entity: 'import',
      entityKey: 'measurements.csv',
      before: null,
      after: null,
      detail: {
        file: 'measurements.csv',
        rows: 120,
        inserted: 3,
        updated: 5,
        unchanged: 112,
        engagements: ['ENG-001'],
      },
    });
    expect(row).toMatchObject({
      what: 'Import',
      which: 'measurements.csv',
      summary: '120 rows: 3 added, 5 changed, 112 unchanged',
    });
  });

  it('a new row lists what it was given; a removed one what it had', () => {
    expect(fieldChanges(null, { actual: '29', note: '', version: 1 })).toEqual([
      { field: 'Actual', before: '—', after: '29' },
    ]);
    expect(fieldChanges({ actual: '29', version: 3 }, null)).toEqual([
      { field: 'Actual', before: '29', after: '—' },
    ]);
  });
});
