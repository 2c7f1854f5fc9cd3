import { parseArgs } from 'node:util';
import type { ContractChangesInput, ContractWhatIf, ReportFigures, WhatIfInput } from '@portfolio/domain';
import { type Command, UsageError, withApi } from '../cli-support.ts';

/** The per-SLA options, each `SLA=VALUE` and repeatable, and the input field each fills. */
const PER_SLA = {
  allocation: 'allocation',
  expected: 'expected',
  minimum: 'minimum',
  kind: 'kind',
} as const satisfies Record<string, keyof ContractChangesInput>;

/** `--allocation ABN=70 --allocation ASA=30` → `{ ABN: '70', ASA: '30' }`; a value never holds `=`, a code may. */
function pairs(option: string, given: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of given) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--${option} takes SLA=VALUE, got "${pair}"`);
    const code = pair.slice(0, at);
    if (code in result) throw new UsageError(`--${option} names ${code} twice`);
    result[code] = pair.slice(at + 1);
  }
  return result;
}

const LINES: [label: string, pick: (f: ReportFigures) => string | number | null][] = [
  ['charges', (f) => f.charges],
  ['credits owed', (f) => f.creditsOwed],
  ['credits pending', (f) => f.creditsPending],
  ['credits earned back', (f) => f.creditsEarnedBack],
  ['net cost', (f) => f.netCost],
  ['savings', (f) => f.savings],
  ['attainment %', (f) => (f.sla.attainmentPct === null ? null : Number(f.sla.attainmentPct.toFixed(2)))],
  ['missed', (f) => f.sla.missed],
  ['breached', (f) => f.sla.breached],
];

/** The two reports' totals side by side, for a terminal. */
function renderWhatIf(answer: ContractWhatIf): string {
  const { actual, whatIf } = answer;
  const rows = LINES.map(([label, pick]) => [
    label,
    String(pick(actual.totals) ?? '—'),
    String(pick(whatIf.totals) ?? '—'),
  ]);
  const widths = [0, 1, 2].map((i) =>
    Math.max(...[['', 'actual', 'what-if'], ...rows].map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [
    `${answer.engagement} ${actual.range.from} to ${actual.range.to} (${actual.currency}), changes: ${JSON.stringify(answer.changes)}`,
    line(['', 'actual', 'what-if']),
    ...rows.map(line),
  ].join('\n');
}

export const whatIf: Command = {
  summary:
    "an engagement's report replayed under other contract terms; writes nothing (--json: actual and whatIf)",
  usage:
    'what-if --engagement CODE --from YYYY-MM --to YYYY-MM [--at-risk-pct N] [--earn-back-months N] [--allocation SLA=PCT]… [--expected SLA=V]… [--minimum SLA=V|none]… [--kind SLA=critical|key]… [--json]',
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        engagement: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'at-risk-pct': { type: 'string' },
        'earn-back-months': { type: 'string' },
        json: { type: 'boolean' },
        ...Object.fromEntries(Object.keys(PER_SLA).map((name) => [name, { type: 'string', multiple: true }])),
      },
    });
    if (
      typeof values.engagement !== 'string' ||
      typeof values.from !== 'string' ||
      typeof values.to !== 'string'
    ) {
      throw new UsageError('what-if needs --engagement CODE, --from YYYY-MM and --to YYYY-MM');
    }
    const input: Record<string, unknown> = {
      engagement: values.engagement,
      from: values.from,
      to: values.to,
    };
    if (typeof values['at-risk-pct'] === 'string') input.atRiskPct = values['at-risk-pct'];
    if (typeof values['earn-back-months'] === 'string') input.earnBackMonths = values['earn-back-months'];
    for (const [option, field] of Object.entries(PER_SLA)) {
      const given = values[option as keyof typeof values];
      if (Array.isArray(given)) input[field] = pairs(option, given);
    }
    const answer: ContractWhatIf = await withApi(config, 'portfolio what-if', ({ api }) =>
      api.whatIf.contract(input as WhatIfInput),
    );
    console.log(values.json ? JSON.stringify(answer, null, 2) : renderWhatIf(answer));
  },
};
