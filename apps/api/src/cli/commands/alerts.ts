import { parseArgs } from 'node:util';
import type { AlertsInput } from '@portfolio/domain';
import { type Command, withApi } from '../cli-support.ts';
import { renderAlerts } from '../render-alerts.ts';

const LIST_OPTIONS = {
  vendor: 'vendors',
  type: 'types',
  'service-line': 'serviceLines',
  location: 'locations',
  'business-unit': 'businessUnits',
  engagement: 'engagements',
} as const;

export const alerts: Command = {
  summary: 'the early warnings as of today (PORTFOLIO_TODAY or the real date); --all adds acknowledged ones',
  usage:
    'alerts [--json] [--all] [--vendor V] [--type BPO|KPO] [--service-line S] [--location L] [--business-unit B] [--engagement CODE]',
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        ...Object.fromEntries(
          Object.keys(LIST_OPTIONS).map((name) => [name, { type: 'string', multiple: true }]),
        ),
      },
    });
    const input: Record<string, unknown> = { includeAcknowledged: values.all === true };
    for (const [option, field] of Object.entries(LIST_OPTIONS)) {
      const given = values[option as keyof typeof values];
      if (Array.isArray(given)) input[field] = given;
    }
    const { canAcknowledge: _, ...list } = await withApi(config, 'portfolio alerts', ({ api }) =>
      api.alerts.list(input as AlertsInput),
    );
    console.log(values.json ? JSON.stringify(list, null, 2) : renderAlerts(list));
  },
};
