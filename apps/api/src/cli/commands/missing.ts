import { parseArgs } from 'node:util';
import type { MissingReportsInput } from '@portfolio/domain';
import { type Command, withApi } from '../cli-support.ts';
import { FILTER_USAGE, filterFrom, filterOptions } from '../filter-options.ts';
import { renderMissingReports } from '../render-missing-reports.ts';

export const missing: Command = {
  summary: 'SLAs without a report for a closed month, per vendor, with the days since the month closed',
  usage: `missing [--json] [--from YYYY-MM --to YYYY-MM] ${FILTER_USAGE}`,
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        ...filterOptions,
      },
    });
    // The API refuses one end of a range without the other, by name.
    const input: MissingReportsInput = { from: values.from, to: values.to, ...filterFrom(values) };
    const answer = await withApi(config, 'portfolio missing', ({ api }) => api.slas.missingReports(input));
    console.log(values.json ? JSON.stringify(answer, null, 2) : renderMissingReports(answer));
  },
};
