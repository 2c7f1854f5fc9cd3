import { parseArgs } from 'node:util';
import type { PortfolioReport, ReportInput } from '@portfolio/domain';
import { type Command, UsageError, withApi } from '../cli-support.ts';
import { FILTER_USAGE, filterFrom, filterOptions } from '../filter-options.ts';
import { renderReportTable } from '../render-report.ts';

export const report: Command = {
  summary: 'the portfolio report of a range of months (--json: the report contract)',
  usage: `report --from YYYY-MM --to YYYY-MM [--json] ${FILTER_USAGE}`,
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
        ...filterOptions,
      },
    });
    if (typeof values.from !== 'string' || typeof values.to !== 'string') {
      throw new UsageError('report needs --from YYYY-MM and --to YYYY-MM');
    }
    const input: ReportInput = { from: values.from, to: values.to, ...filterFrom(values) };
    const result: PortfolioReport = await withApi(config, 'portfolio report', ({ api }) =>
      api.report.portfolio(input),
    );
    console.log(values.json ? JSON.stringify(result, null, 2) : renderReportTable(result));
  },
};
