import type { PortfolioReport, ReportFigures } from '@portfolio/domain';

const pct = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)} %`);
const money = (value: string | null) =>
  value === null ? '—' : Number(value).toLocaleString('en-US', { minimumFractionDigits: 2 });

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function figures(f: ReportFigures): string[] {
  return [
    money(f.charges),
    money(f.creditsOwed),
    money(f.creditsPending),
    money(f.creditsEarnedBack),
    money(f.netCost),
    money(f.baseline),
    money(f.savings),
    pct(f.savingsPct),
    pct(f.sla.attainmentPct),
    String(f.sla.breached),
    String(f.sla.unreported),
  ];
}

/** The report as a readable table for a terminal: one line per engagement, then the totals and KPO insight. */
export function renderReportTable(report: PortfolioReport): string {
  const headers = [
    'code',
    'type',
    'vendor',
    'charges',
    'owed',
    'pending',
    'earned back',
    'net cost',
    'baseline',
    'savings',
    'savings %',
    'attainment',
    'breached',
    'unreported',
  ];
  const rows = report.engagements.map((e) => [e.code, e.type, e.vendor, ...figures(e)]);
  rows.push(['TOTAL', '', '', ...figures(report.totals)]);
  const i = report.insight;
  return [
    `Portfolio ${report.range.from} to ${report.range.to}, in ${report.currency}`,
    '',
    table(headers, rows),
    '',
    `KPO insight: ${i.delivered} delivered, on time ${pct(i.onTimePct)}, median cycle ${i.medianCycleDays ?? '—'} days, ` +
      `mean quality ${i.meanQuality?.toFixed(2) ?? '—'}, rework ${pct(i.reworkPct)}, adoption ${pct(i.adoptionPct)}, ` +
      `value realized ${money(i.valueRealized)}, cost per deliverable ${money(i.costPerDeliverable)}, overdue ${i.overdue}`,
  ].join('\n');
}
