import { parseArgs } from 'node:util';
import type { PortfolioReport, ReportInput } from '@portfolio/domain';
import { type Command, UsageError, withApi } from '../cli-support.ts';
import { renderReportTable } from '../render-report.ts';

const LIST_OPTIONS = {
  vendor: 'vendors',
  type: 'types',
  'service-line': 'serviceLines',
  location: 'locations',
  'business-unit': 'businessUnits',
  engagement: 'engagements',
} as const;

export const report: Command = {
  summary: 'the portfolio report of a range of months (--json: the report contract)',
  usage:
    'report --from YYYY-MM --to YYYY-MM [--json] [--vendor V] [--type BPO|KPO] [--service-line S] [--location L] [--business-unit B] [--engagement CODE]',
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
        ...Object.fromEntries(
          Object.keys(LIST_OPTIONS).map((name) => [name, { type: 'string', multiple: true }]),
        ),
      },
    });
    if (typeof values.from !== 'string' || typeof values.to !== 'string') {
      throw new UsageError('report needs --from YYYY-MM and --to YYYY-MM');
    }
    const input: Record<string, unknown> = { from: values.from, to: values.to };
    for (const [option, field] of Object.entries(LIST_OPTIONS)) {
      const given = values[option as keyof typeof values];
      if (Array.isArray(given)) input[field] = given;
    }
    const result: PortfolioReport = await withApi(config, 'portfolio report', ({ api }) =>
      api.report.portfolio(input as ReportInput),
    );
    console.log(values.json ? JSON.stringify(result, null, 2) : renderReportTable(result));
  },
};
