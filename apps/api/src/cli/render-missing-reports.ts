import { formatMonth, plural, type VendorMissingReports } from '@portfolio/domain';

/**
 * The missing reports as readable text for a terminal: a line on the months looked at, then per vendor its
 * engagements and each SLA with the months missing and the days since each closed.
 */
export function renderMissingReports(answer: {
  today: string;
  months: { from: string | null; to: string | null };
  vendors: readonly VendorMissingReports[];
}): string {
  const { from, to } = answer.months;
  if (from === null || to === null) {
    return `Missing reports on ${answer.today}: the range has no closed month yet.`;
  }
  const total = answer.vendors.reduce((sum, v) => sum + v.slaMonths, 0);
  const lines = [
    `Missing reports on ${answer.today}, closed months ${from} to ${to}: ${plural(total, 'SLA-month')}` +
      ` of ${plural(answer.vendors.length, 'vendor')}`,
  ];
  if (answer.vendors.length === 0) lines.push('', 'Every SLA reported every closed month.');
  for (const vendor of answer.vendors) {
    lines.push(
      '',
      `${vendor.vendor} (${plural(vendor.slaMonths, 'SLA-month')}, oldest closed ${vendor.oldestDays} days ago)`,
    );
    for (const engagement of vendor.engagements) {
      lines.push(`  ${engagement.engagement} · ${engagement.engagementName}`);
      for (const sla of engagement.slas) {
        const months = sla.months.map((m) => `${formatMonth(m.period)} (${m.daysSinceClosed} d)`).join(', ');
        lines.push(`    ${sla.sla} ${sla.slaName}: ${months}`);
      }
    }
  }
  return lines.join('\n');
}
