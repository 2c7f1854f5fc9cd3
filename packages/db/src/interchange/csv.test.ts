import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('parseCsv', () => {
  it('numbers each record by the line it starts on, across CRLF, empty lines and quoted line breaks', () => {
    const parsed = parseCsv('\ufeffa,b\r\n\r\n1,2\r\n"x\r\ny",3\r\n\r\n4,"5 ""five"""\r\n,\r\n6');
    expect(parsed).toEqual({
      ok: true,
      header: ['a', 'b'],
      records: [
        { line: 3, cells: ['1', '2'] },
        { line: 4, cells: ['x\r\ny', '3'] },
        { line: 7, cells: ['4', '5 "five"'] },
        { line: 8, cells: ['', ''] },
        { line: 9, cells: ['6'] },
      ],
    });
  });

  it('reads LF and CR line ends alike', () => {
    expect(parseCsv('a\n"p\nq"\nz\n')).toMatchObject({ records: [{ line: 2 }, { line: 4 }] });
    expect(parseCsv('a\r1\r2\r')).toMatchObject({ records: [{ line: 2 }, { line: 3 }] });
  });

  it('gives no header for an empty file', () => {
    expect(parseCsv('')).toEqual({ ok: true, header: null, records: [] });
  });

  it('reports broken quoting as one error', () => {
    expect(parseCsv('a,b\n1,"2\n3,4\n')).toEqual({
      ok: false,
      error: {
        line: 3,
        column: null,
        reason: 'not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3',
      },
    });
  });
});

describe('toCsv', () => {
  it('quotes only the cells that need it and reads back the same', () => {
    const rows = [
      ['Acme, Inc.', 'said "hi"', ''],
      ['two\nlines', 'cr\rhere', 'plain'],
    ];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text).toBe('a,b,c\n"Acme, Inc.","said ""hi""",\n"two\nlines","cr\rhere",plain\n');
    expect(parseCsv(text)).toMatchObject({
      header: ['a', 'b', 'c'],
      records: rows.map((cells) => ({ cells })),
    });
  });
});
