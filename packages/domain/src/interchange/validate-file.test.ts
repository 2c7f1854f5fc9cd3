import { describe, expect, it } from 'vitest';
import { engagementsFile } from './engagements-file.ts';
import { INTERCHANGE_FILE_NAMES, INTERCHANGE_FILES } from './files.ts';
import { fxRatesFile } from './fx-rates-file.ts';
import { measurementsFile } from './measurements-file.ts';
import { ENGAGEMENT_HEADER, messages, validate } from './validate-file.test-helpers.ts';
import { vendorsFile } from './vendors-file.ts';

// One worked case per rule that every interchange file shares (DESIGN's CSV section): the list of files, the columns,
// the rows, the keys and the text of the cells; each file's own rules are in validate-file-rules.test.ts.
describe('the interchange files', () => {
  it('are listed in dependency order', () => {
    expect(INTERCHANGE_FILE_NAMES).toEqual([
      'vendors.csv',
      'engagements.csv',
      'slas.csv',
      'measurements.csv',
      'charges.csv',
      'deliverables.csv',
      'fx_rates.csv',
    ]);
  });

  it.each(INTERCHANGE_FILES.map((file) => [file.name, file] as const))(
    '%s: an all-empty row fails on exactly the required columns, and the key is required',
    (_name, file) => {
      const empty = Object.fromEntries(file.columns.map((column) => [column, '']));
      const result = file.schema.safeParse(empty);
      const failing = result.success ? [] : result.error.issues.map((issue) => issue.path[0]);
      expect(failing).toEqual(file.required);
      const required: readonly string[] = file.required;
      expect(file.key.every((column) => required.includes(column))).toBe(true);
    },
  );
});

describe('validateInterchangeFile', () => {
  it('types a good file; an empty optional cell is null and a left-out optional column is not set', () => {
    const result = validate(vendorsFile, 'name,country,notes\nAcme,IN,\nBeta, ,"quoted"');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, row: { name: 'Acme', country: 'IN', certifications: null, notes: null } },
      { line: 3, row: { name: 'Beta', country: null, certifications: null, notes: '"quoted"' } },
    ]);
  });

  it('gives empty optional cells their defaults', () => {
    const result = validate(
      engagementsFile,
      `${ENGAGEMENT_HEADER}\nENG-001,Support,Acme,BPO,customer_support,offshore,2025-01-01,,,USD,,,`,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.row).toMatchObject({
      status: 'active',
      at_risk_pct: '0',
      earn_back_months: 0,
      end_date: null,
      annual_budget: null,
      pricing_model: null,
    });
  });

  it('refuses a wrong column set: missing required, unknown and repeated columns', () => {
    const result = validate(vendorsFile, 'country,nam,country,\nIN,Acme,IN,x');
    expect(messages(result.errors)).toEqual([
      'line 1, column nam: unknown column: vendors.csv has name, country, certifications or notes',
      'line 1, column country: appears more than once in the header',
      'line 1: column 4 of the header has no name',
      'line 1, column name: required column is missing',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('refuses an empty file', () => {
    expect(messages(validate(fxRatesFile, '').errors)).toEqual([
      'line 1: the file is empty: expected a header row currency,period,rate',
    ]);
  });

  it('refuses rows with too few or too many cells and skips rows of empty cells', () => {
    const result = validate(
      fxRatesFile,
      'currency,period,rate\nEUR,2025-01\n,,\n\nEUR,2025-02,1.1,x\nEUR,2025-03,1.1',
    );
    expect(messages(result.errors)).toEqual([
      'line 2: has 2 cells where the header has 3 columns',
      'line 5: has 4 cells where the header has 3 columns',
    ]);
    expect(result.rows).toEqual([{ line: 6, row: { currency: 'EUR', period: '2025-03', rate: '1.1' } }]);
  });

  it('refuses a natural key seen on an earlier line, naming both lines', () => {
    const result = validate(
      measurementsFile,
      [
        'engagement,sla,period,actual',
        'ENG-001,ASA,2025-01,28',
        'ENG-001,ASA,2025-02,29',
        'ENG-001,ASA,2025-01,30',
        'ENG-001,ASA,2025-01,31',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 4: duplicate key engagement "ENG-001", sla "ASA", period "2025-01": also on line 2',
      'line 5: duplicate key engagement "ENG-001", sla "ASA", period "2025-01": also on line 2',
    ]);
  });

  it('compares header names trimmed, and shortens long values in messages', () => {
    const long = 'x'.repeat(60);
    const result = validate(fxRatesFile, ` currency , period,rate\nEUR,${long},1`);
    expect(messages(result.errors)).toEqual([
      `line 2, column period: "${'x'.repeat(37)}..." is not a month (YYYY-MM)`,
    ]);
  });

  it('refuses text a database cannot hold (a NUL character), naming the cell', () => {
    const result = validate(vendorsFile, 'name,country,notes\nAcme\u0000,IN,\nBeta,IN,fine\u0000');
    expect(messages(result.errors)).toEqual([
      'line 2, column name: contains a NUL character, which text cannot hold',
      'line 3, column notes: contains a NUL character, which text cannot hold',
    ]);
  });

  it('trims names and refuses control and bidirectional characters, with the same limits as the forms', () => {
    const note = 'n'.repeat(10_001);
    const result = validate(
      vendorsFile,
      `name,country,notes\nVendor ,IN,\nEvil\u202Egnp.exe,IN,\nBell\u0007,IN,\nLong,IN,${note}\n${'v'.repeat(201)},IN,`,
    );
    expect(messages(result.errors)).toEqual([
      'line 3, column name: contains a bidirectional control (U+202E), which makes text display otherwise than it is stored',
      'line 4, column name: contains a control character (U+0007), which is not text',
      'line 5, column notes: is too long (at most 10,000 characters)',
      'line 6, column name: is too long (at most 200 characters)',
    ]);
    const good = validate(vendorsFile, 'name,country,notes\n  Vendor  ,IN,first line\tsecond');
    expect(good.rows[0]?.row).toMatchObject({ name: 'Vendor', notes: 'first line\tsecond' });
  });

  it("reads a cell an export protected from spreadsheets (a leading ') as the text it was", () => {
    const result = validate(vendorsFile, "name,country,notes\n'=HYPERLINK(x),IN,'+1 555\nO'Brien,IN,'plain");
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ row }) => [row.name, row.notes])).toEqual([
      ['=HYPERLINK(x)', '+1 555'],
      ["O'Brien", "'plain"],
    ]);
  });
});
