import { parseArgs } from 'node:util';
import type { AlertsInput } from '@portfolio/domain';
import { type Command, withApi } from '../cli-support.ts';
import { FILTER_USAGE, filterFrom, filterOptions } from '../filter-options.ts';
import { renderAlerts } from '../render-alerts.ts';

export const alerts: Command = {
  summary: 'the early warnings as of today (PORTFOLIO_TODAY or the real date); --all adds acknowledged ones',
  usage: `alerts [--json] [--all] ${FILTER_USAGE}`,
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        ...filterOptions,
      },
    });
    const input: AlertsInput = { includeAcknowledged: values.all === true, ...filterFrom(values) };
    const { canAcknowledge: _, ...list } = await withApi(config, 'portfolio alerts', ({ api }) =>
      api.alerts.list(input),
    );
    console.log(values.json ? JSON.stringify(list, null, 2) : renderAlerts(list));
  },
};
