import { describe, expect, it } from 'vitest';
import { chargesFile } from './charges-file.ts';
import { deliverablesFile } from './deliverables-file.ts';
import { engagementsFile } from './engagements-file.ts';
import { fxRatesFile } from './fx-rates-file.ts';
import { measurementsFile } from './measurements-file.ts';
import { slasFile } from './slas-file.ts';
import { ENGAGEMENT_HEADER, messages, validate } from './validate-file.test-helpers.ts';

// One worked case per rule of each interchange file (DESIGN's CSV section); the rules every file shares (columns,
// rows, keys, text) are in validate-file.test.ts.
describe("validateInterchangeFile: each file's own rules", () => {
  it('names every bad row of an engagements file with line, column and reason', () => {
    const result = validate(
      engagementsFile,
      [
        ENGAGEMENT_HEADER,
        'ENG-001,Support,Acme,BPO,customer_support,offshore,2025-01-01,,,USD,10,3,1200.50',
        ',Support,Acme,BPX,customer_support,moon,2025-02-30,,,usd,25,30,-5',
        'ENG-003,Research,Acme,BPO,market_research,onshore,2025-03-01,2025-02-28,paused,EUR,0,0,12.345',
        'ENG-004,Ok,Acme,KPO,legal_process,nearshore,2025-01-01,2025-12-31,ended,GBP,20.00,24,99999999999999.99',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 3, column code: is required but empty',
      'line 3, column type: "BPX" is not an engagement type: expected BPO or KPO',
      'line 3, column location: "moon" is not a location: expected onshore, nearshore or offshore',
      'line 3, column start_date: "2025-02-30" is not a date (YYYY-MM-DD)',
      'line 3, column currency: "usd" is not a currency code (3 capital letters, like USD)',
      'line 3, column annual_budget: "-5" is negative: this amount must be 0 or more (only a charge may be negative, as a credit note)',
      'line 3, column at_risk_pct: "25" is not a percentage from 0 to 20',
      'line 3, column earn_back_months: "30" is not a whole number from 0 to 24',
      'line 4, column status: "paused" is not an engagement status: expected planned, active, ended or archived',
      'line 4, column annual_budget: "12.345" has more than 2 decimals',
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 5]);
  });

  it('checks rules across cells once the cells themselves are good', () => {
    const result = validate(
      engagementsFile,
      [
        ENGAGEMENT_HEADER,
        'ENG-003,Research,Acme,BPO,market_research,onshore,2025-03-01,2025-02-28,,EUR,0,0,',
        'ENG-004,Ops,Acme,KPO,customer_support,onshore,2025-03-01,2025-03-01,,EUR,0,0,',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 2, column service_line: "market_research" is not a BPO service line: expected customer_support, data_entry, hr_payroll, finance_accounting, it_help_desk, procurement or marketing_services',
      'line 2, column end_date: 2025-02-28 is before start_date 2025-03-01',
      'line 3, column service_line: "customer_support" is not a KPO service line: expected market_research, legal_process, financial_analysis, healthcare, rnd_engineering or data_analytics',
    ]);
  });

  it('checks SLA levels: the minimum may not be better than the target, allocations only for critical SLAs', () => {
    const result = validate(
      slasFile,
      [
        'engagement,code,name,unit,direction,expected,minimum,kind,allocation_pct',
        'ENG-001,ASA,Speed of answer,seconds,lower_is_better,30,60,critical,50',
        'ENG-001,ABN,Abandon rate,%,lower_is_better,5,4,critical,',
        'ENG-001,FCR,First contact resolution,%,higher_is_better,80,85,key,10',
        'ENG-001,CSAT,Satisfaction,score,higher_is_better,4.5,4.5,critical,120',
        'ENG-001,QA,Quality,points,sideways,high,,urgent,',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 3, column minimum: 4 is better than expected 5: for lower_is_better the minimum must be at least the expected level',
      'line 4, column minimum: 85 is better than expected 80: for higher_is_better the minimum must be at most the expected level',
      'line 4, column allocation_pct: must be empty for a key SLA: only critical SLAs have an allocation',
      'line 5, column allocation_pct: "120" is not a percentage from 0 to 100',
      'line 6, column unit: "points" is not a unit: expected %, seconds, minutes, hours, days, count or score',
      'line 6, column direction: "sideways" is not a direction: expected higher_is_better or lower_is_better',
      'line 6, column expected: "high" is not a number (a number like 1234.50)',
      'line 6, column kind: "urgent" is not an SLA kind: expected critical or key',
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
  });

  it('checks SLA levels against the unit: no negative durations or counts, percentages from 0 to 100', () => {
    const result = validate(
      slasFile,
      [
        'engagement,code,name,unit,direction,expected,minimum,kind,allocation_pct',
        'ENG-001,ASA,Speed of answer,seconds,lower_is_better,-30,-10,key,',
        'ENG-001,ABN,Abandon rate,%,lower_is_better,5,120,key,',
        'ENG-001,BKL,Backlog,count,lower_is_better,2.5,,key,',
        'ENG-001,CSAT,Satisfaction,score,higher_is_better,-1,-2,key,',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 2, column expected: -30 is negative: a duration in seconds cannot be below 0',
      'line 2, column minimum: -10 is negative: a duration in seconds cannot be below 0',
      'line 3, column minimum: 120 is not a percentage from 0 to 100',
      'line 4, column expected: 2.5 is not a count: counts are whole numbers, 0 or more',
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([5]);
  });

  it('checks measurements: months, numbers and a positive denominator', () => {
    const result = validate(
      measurementsFile,
      [
        'engagement,sla,period,actual,numerator,denominator,source,note',
        'ENG-001,ASA,2025-01,28.5,,,vendor report,',
        'ENG-001,ASA,2025-13,1e3,x,0,,',
        'ENG-001,ASA,25-01,,,-2,,',
        'ENG-001,ASA,2025-02,28,-5,100,,',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 3, column period: "2025-13" is not a month (YYYY-MM)',
      'line 3, column actual: "1e3" is not a number (a number like 1234.50)',
      'line 3, column numerator: "x" is not a number (a number like 1234.50)',
      'line 3, column denominator: "0" is not above 0',
      'line 4, column period: "25-01" is not a month (YYYY-MM)',
      'line 4, column actual: is required but empty',
      'line 4, column denominator: "-2" is not above 0',
      'line 5, column numerator: "-5" is negative: it must be 0 or more',
    ]);
    expect(result.rows[0]?.row).toEqual({
      engagement: 'ENG-001',
      sla: 'ASA',
      period: '2025-01',
      actual: '28.5',
      numerator: null,
      denominator: null,
      source: 'vendor report',
      note: null,
    });
  });

  it('checks charges: category and an amount of at most 2 decimals, negative for a credit note', () => {
    const result = validate(
      chargesFile,
      [
        'engagement,invoice,period,category,amount',
        'ENG-001,INV-1,2025-01,base,10000',
        'ENG-001,INV-1,2025-01,bonus,-1.00',
        'ENG-001,INV-1,2025-02,volume,1.005',
        'ENG-001,CN-1,2025-02,base,-1200.50',
        'ENG-001,INV-1,2025-02,one_off,"1,000"',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 3, column category: "bonus" is not a charge category: expected base, volume, one_off or pass_through',
      'line 4, column amount: "1.005" has more than 2 decimals',
      'line 6: has 6 cells where the header has 5 columns',
    ]);
  });

  it('checks deliverables: dates in order, quality 1–5, booleans, and derives a missing status', () => {
    const result = validate(
      deliverablesFile,
      [
        'engagement,code,title,requested_date,due_date,delivered_date,status,quality,revisions,actioned',
        'ENG-010,D-1,Market scan,2025-01-10,2025-02-10,2025-02-01,,5,0,true',
        'ENG-010,D-2,Patent search,2025-01-10,2025-01-31,,,,,',
        'ENG-010,D-3,Model,2025-03-01,2025-02-01,2025-02-15,delivered,6,-1,yes',
      ].join('\n'),
    );
    expect(messages(result.errors)).toEqual([
      'line 4, column quality: "6" is not a whole number from 1 to 5',
      'line 4, column revisions: "-1" is not a whole number 0 or more',
      'line 4, column actioned: "yes" is not true or false',
    ]);
    expect(result.rows.map(({ row }) => [row.code, row.status, row.revisions, row.actioned])).toEqual([
      ['D-1', 'delivered', 0, true],
      ['D-2', 'requested', 0, false],
    ]);

    const dates = validate(
      deliverablesFile,
      [
        'engagement,code,title,requested_date,due_date,delivered_date',
        'ENG-010,D-3,Model,2025-03-01,2025-02-01,2025-02-15',
      ].join('\n'),
    );
    expect(messages(dates.errors)).toEqual([
      'line 2, column due_date: 2025-02-01 is before requested_date 2025-03-01',
      'line 2, column delivered_date: 2025-02-15 is before requested_date 2025-03-01',
    ]);
  });

  it('checks FX rates: a positive rate of at most 10 decimals', () => {
    const result = validate(
      fxRatesFile,
      ['currency,period,rate', 'EUR,2025-01,1.0834500000', 'EUR,2025-02,0', 'eu,2025-03,1.12345678901'].join(
        '\n',
      ),
    );
    expect(messages(result.errors)).toEqual([
      'line 3, column rate: "0" is not above 0',
      'line 4, column currency: "eu" is not a currency code (3 capital letters, like USD)',
      'line 4, column rate: "1.12345678901" has more than 10 decimals',
    ]);
  });
});
