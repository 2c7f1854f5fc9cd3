import { type DbHandle, loadPortfolioFacts, seedDemo } from '@portfolio/db';
import { testDatabases, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import {
  buildCreditLedger,
  buildPortfolioReport,
  buildSavingsTrend,
  buildSeries,
  type ReportInput,
  reportScope,
  SERIES_DIMENSIONS,
  summarizeReport,
  topByNetCost,
} from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';

/**
 * The dashboard's figures are sums of the kept figures, added up by the database; the reference computes them by
 * the rules over the facts, as the report did before figures were kept. The two must give the same answers to the
 * cent, on the worked example and on the demo portfolio, for any range, filter and breakdown.
 */
const CASES: {
  name: string;
  today: string;
  seed: (handle: DbHandle) => Promise<unknown>;
  inputs: ReportInput[];
}[] = [
  {
    name: 'the worked example',
    today: WORKED_EXAMPLE_TODAY,
    seed: (handle) => writeWorkedExample(handle.db),
    inputs: [
      { from: '2025-01', to: '2025-06' },
      { from: '2024-10', to: '2025-12' },
      { from: '2025-03', to: '2025-03', types: ['BPO'] },
      { from: '2025-07', to: '2025-09' },
    ],
  },
  {
    name: 'the demo portfolio',
    today: '2026-11-15',
    seed: (handle) => seedDemo(handle.db, { today: '2026-11-15', seed: 3 }),
    inputs: [
      { from: '2024-12', to: '2026-11' },
      { from: '2026-01', to: '2026-12', types: ['KPO'] },
      { from: '2025-06', to: '2025-08', locations: ['offshore'] },
      { from: '2026-10', to: '2027-03' },
    ],
  },
];

/** An answer, or the message of the error it ends with (a missing FX rate must be named the same way). */
async function outcome(answer: () => Promise<unknown>): Promise<unknown> {
  try {
    return await answer();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe.each(testDatabases())('kept figures against the rules on $name', ({ open }) => {
  describe.each(CASES)('$name', ({ today, seed, inputs }) => {
    let handle: DbHandle;
    beforeAll(async () => {
      handle = await open();
      await seed(handle);
    });
    afterAll(() => handle?.close());

    const reference = async (input: ReportInput) => {
      const scope = reportScope(input.from, input.to, today);
      return { scope, facts: await loadPortfolioFacts(handle.db, input, scope) };
    };

    it.each(inputs)('gives the report, the ledger and the savings trend from $from to $to', async (input) => {
      const { scope, facts } = await reference(input);
      const api = testCaller(handle, today);
      expect(await outcome(() => api.report.portfolio(input))).toEqual(
        await outcome(async () => buildPortfolioReport(facts, scope, 'USD')),
      );
      expect(await outcome(() => api.report.summary(input))).toEqual(
        await outcome(async () => summarizeReport(buildPortfolioReport(facts, scope, 'USD'))),
      );
      for (const by of ['engagement', 'vendor'] as const) {
        for (const perMonth of [false, true]) {
          expect(await outcome(() => api.report.series({ ...input, by, perMonth, top: 3 }))).toEqual(
            await outcome(async () => topByNetCost(buildSeries(facts, scope, 'USD', by, perMonth), 3)),
          );
        }
      }
      // The vendor's notes are read with the ledger, not computed: the reference has none to compare.
      const withoutNotes = async () =>
        (await api.report.creditLedger(input)).map((entry) => ({ ...entry, note: null }));
      expect(await outcome(withoutNotes)).toEqual(
        await outcome(async () => buildCreditLedger(facts, scope, 'USD')),
      );
      expect(await outcome(() => api.savings.trend(input))).toEqual(
        await outcome(async () => buildSavingsTrend(facts, scope, 'USD')),
      );
    });

    it.each(inputs)(
      'gives every breakdown, per month and over the range, from $from to $to',
      async (input) => {
        const { scope, facts } = await reference(input);
        const api = testCaller(handle, today);
        for (const by of SERIES_DIMENSIONS) {
          for (const perMonth of [true, false]) {
            expect(
              await outcome(() => api.report.series({ ...input, by, perMonth })),
              `${by} ${perMonth}`,
            ).toEqual(await outcome(async () => buildSeries(facts, scope, 'USD', by, perMonth)));
          }
        }
      },
    );
  });
});
