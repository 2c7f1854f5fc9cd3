import { parseArgs } from 'node:util';
import type { MissingReportsInput } from '@portfolio/domain';
import { type Command, withApi } from '../cli-support.ts';
import { renderMissingReports } from '../render-missing-reports.ts';

const LIST_OPTIONS = {
  vendor: 'vendors',
  type: 'types',
  'service-line': 'serviceLines',
  location: 'locations',
  'business-unit': 'businessUnits',
  engagement: 'engagements',
} as const;

export const missing: Command = {
  summary: 'SLAs without a report for a closed month, per vendor, with the days since the month closed',
  usage:
    'missing [--json] [--from YYYY-MM --to YYYY-MM] [--vendor V] [--type BPO|KPO] [--service-line S] [--location L] [--business-unit B] [--engagement CODE]',
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        ...Object.fromEntries(
          Object.keys(LIST_OPTIONS).map((name) => [name, { type: 'string', multiple: true }]),
        ),
      },
    });
    const input: Record<string, unknown> = {};
    if (values.from !== undefined) input.from = values.from;
    if (values.to !== undefined) input.to = values.to;
    for (const [option, field] of Object.entries(LIST_OPTIONS)) {
      const given = values[option as keyof typeof values];
      if (Array.isArray(given)) input[field] = given;
    }
    const answer = await withApi(config, 'portfolio missing', ({ api }) =>
      api.slas.missingReports(input as MissingReportsInput),
    );
    console.log(values.json ? JSON.stringify(answer, null, 2) : renderMissingReports(answer));
  },
};
