import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParsedCsv, parseCsv, readCsvPieces, toCsv } from './csv.ts';

describe('parseCsv', () => {
  it('numbers each record by the line it starts on, across CRLF, empty lines and quoted line breaks', () => {
    const parsed = parseCsv('\ufeffa,b\r\n\r\n1,2\r\n"x\r\ny",3\r\n\r\n4,"5 ""five"""\r\n,\r\n6');
    expect(parsed).toEqual({
      errors: [],
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
    expect(parseCsv('')).toEqual({ errors: [], header: null, records: [] });
  });

  it('names a stray quote by line and column, counting cells from 1, and reads on after it', () => {
    const parsed = parseCsv(
      'engagement,sla,actual\nENG-1,ASA,1\nENG-1,ABN,4"5\nENG-1,FCR,80\n"ENG-1",x"y,3\nENG-1,CSAT,4\n',
    );
    expect(parsed.header).toEqual(['engagement', 'sla', 'actual']);
    expect(parsed.records).toEqual([
      { line: 2, cells: ['ENG-1', 'ASA', '1'] },
      { line: 4, cells: ['ENG-1', 'FCR', '80'] },
      { line: 6, cells: ['ENG-1', 'CSAT', '4'] },
    ]);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        column: 'actual',
        reason:
          'a quote inside cell 3, which does not start with one: a cell holding quotes is quoted whole, each quote inside it doubled ("")',
      },
      {
        line: 5,
        column: 'sla',
        reason:
          'a quote inside cell 2, which does not start with one: a cell holding quotes is quoted whole, each quote inside it doubled ("")',
      },
    ]);
  });

  it('names text after a closing quote, and a quote never closed without losing the lines after it', () => {
    const parsed = parseCsv('a,b\n"1"x,2\r\n3,"4\n5,6\n7,8');
    expect(parsed.records).toEqual([
      { line: 4, cells: ['5', '6'] },
      { line: 5, cells: ['7', '8'] },
    ]);
    expect(parsed.errors).toEqual([
      {
        line: 2,
        column: 'a',
        reason:
          'text follows the closing quote of cell 1: a cell holding quotes is quoted whole, each quote inside it doubled ("")',
      },
      {
        line: 3,
        column: 'b',
        reason:
          'the quote opening cell 2 is never closed, so it would hold the rest of the file; the lines after it are read on their own',
      },
    ]);
  });

  it('reads no row under a header that breaks the quoting', () => {
    expect(parseCsv('\n\na,b"c\n1,2\n')).toEqual({
      header: null,
      records: [],
      errors: [
        {
          line: 3,
          column: null,
          reason:
            'the header: a quote inside cell 2, which does not start with one: a cell holding quotes is quoted whole, each quote inside it doubled ("")',
        },
      ],
    });
  });
});

/** The pieces put together as one file read (null when a piece was refused). */
function joined(pieces: readonly (ParsedCsv | null)[]): ParsedCsv | null {
  if (pieces.includes(null)) return null;
  const read = pieces as ParsedCsv[];
  return {
    header: read.find((piece) => piece.header !== null)?.header ?? null,
    records: read.flatMap((piece) => piece.records),
    errors: read.flatMap((piece) => piece.errors),
  };
}

describe('readCsvPieces', () => {
  it('gives in pieces what parseCsv gives whole: the header once, every record with its line', () => {
    const text =
      '\ufeffengagement,note\r\n\r\nENG-1,"two\r\nlines"\r\nENG-2,"say ""hi"", then go"\r\n\r\nENG-3,\rENG-4,x\n';
    const pieces = [...readCsvPieces(text, 8)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.filter((piece) => piece?.header !== null)).toHaveLength(1);
    expect(joined(pieces)).toEqual(parseCsv(text));
    expect(joined(pieces)?.records.map((record) => record.line)).toEqual([3, 5, 7, 8]);
  });

  it('ends a piece only after a whole CRLF and outside quotes', () => {
    const pieces = [...readCsvPieces('a\r\n"1\r\n2"\r\n3\r\n', 1)];
    expect(pieces).toEqual([
      { header: ['a'], records: [], errors: [] },
      { header: null, records: [{ line: 2, cells: ['1\r\n2'] }], errors: [] },
      { header: null, records: [{ line: 4, cells: ['3'] }], errors: [] },
    ]);
  });

  it('refuses a piece where parseCsv finds a bad quote, and never where it finds none (any text, any piece length)', () => {
    const token = fc.constantFrom(
      'a',
      'b',
      ' ',
      ',',
      '"',
      '""',
      '\n',
      '\r',
      '\r\n',
      '\ufeff',
      '"x,\ny"',
      ',""',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (tokens, length) => {
        const text = tokens.join('');
        const whole = parseCsv(text);
        const pieces = joined([...readCsvPieces(text, length)]);
        if (whole.errors.length > 0) expect(pieces).toBeNull();
        else expect(pieces).toEqual(whole);
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives nothing for an empty text', () => {
    expect([...readCsvPieces('')]).toEqual([]);
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
