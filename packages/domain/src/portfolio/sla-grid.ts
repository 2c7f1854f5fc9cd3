import type { SlaDirection, SlaKind, SlaUnit } from '../enums.ts';
import { engagementRanIn, type Period } from '../periods.ts';
import type { SlaPeriodStatus, SlaStatus } from '../sla-status.ts';

export type SlaGridSla = {
  slaId: number;
  engagement: string;
  engagementName: string;
  startDate: string;
  endDate: string | null;
  code: string;
  name: string;
  unit: SlaUnit;
  direction: SlaDirection;
  kind: SlaKind;
  expected: string;
  minimum: string | null;
};

/** A measurement as the grid shows it, with the vendor's note (the reason they gave: "storm week"), if any. */
export type SlaGridMeasurement = {
  slaId: number;
  period: Period;
  actual: string;
  status: SlaStatus;
  note: string | null;
};

/**
 * A cell: the month's status, or null when the engagement did not run that month (nothing was due), and the
 * vendor's note of its measurement.
 */
export type SlaGridCell = {
  period: Period;
  status: SlaPeriodStatus | null;
  actual: string | null;
  note: string | null;
};

/**
 * The SLA status grid (engagement × SLA × month) for the months of a scope: a measured month has its status,
 * a month the engagement ran without a measurement is `unreported`, and a month it did not run has none.
 */
export function buildSlaGrid(
  slas: readonly SlaGridSla[],
  measurements: readonly SlaGridMeasurement[],
  months: readonly Period[],
) {
  const byKey = new Map(measurements.map((m) => [`${m.slaId}|${m.period}`, m]));
  return slas.map((sla) => ({
    ...sla,
    cells: months.map((period): SlaGridCell => {
      const measured = byKey.get(`${sla.slaId}|${period}`);
      if (measured) return { period, status: measured.status, actual: measured.actual, note: measured.note };
      return {
        period,
        status: engagementRanIn(sla.startDate, sla.endDate, period) ? 'unreported' : null,
        actual: null,
        note: null,
      };
    }),
  }));
}

export type SlaGridRow = ReturnType<typeof buildSlaGrid>[number];
