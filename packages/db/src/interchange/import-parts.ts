import type { InterchangeFileName, ValidatedRow } from '@portfolio/domain';

/**
 * Rows resolved and written at a time: the database writes one part while the next is checked. The first part is
 * small, so that the database starts writing at once, and each next one twice as large, up to PART. Each part's
 * statement has a cost of its own besides its rows: its triggers read the SLAs and note every engagement the part
 * touches (`figures_dirty`, the month facts), and in a big portfolio a part of one month's rows touches nearly every
 * engagement. Measured on a million rows at scale 100 (11,019 engagements) on PostgreSQL, the sizes taken in turn:
 * parts of 100,000 rows 38.8–43.9 s, of 50,000 41.1–50.0 s, of 20,000 46.8–55.2 s, the largest the fastest in each
 * turn; at scale 10 and on PGlite no difference beyond the noise. A larger last part waits longer for the database,
 * but fewer statements save more.
 */
const FIRST_PART = 2_000;
const PART = 100_000;

/** Checked rows gathered into parts: each full part as it fills, then what is left. */
export class Parts<Row> {
  private part: ValidatedRow<Row>[] = [];
  private size = FIRST_PART;

  /** The rows added; the parts they filled (of exactly their size: one COPY and one upsert each). */
  add(rows: readonly ValidatedRow<Row>[]): ValidatedRow<Row>[][] {
    const full: ValidatedRow<Row>[][] = [];
    for (const row of rows) {
      this.part.push(row);
      if (this.part.length === this.size) {
        full.push(this.part);
        this.part = [];
        this.size = Math.min(2 * this.size, PART);
      }
    }
    return full;
  }

  /** The last part, maybe empty. */
  rest(): ValidatedRow<Row>[] {
    const last = this.part;
    this.part = [];
    return last;
  }
}

/** The engagements rows name (engagements.csv by their own code), for the import's audit event. */
export function engagementCodes(name: InterchangeFileName, rows: readonly ValidatedRow<object>[]): string[] {
  const column = name === 'engagements.csv' ? 'code' : 'engagement';
  const codes = new Set<string>();
  for (const { row } of rows) {
    const code = (row as Record<string, unknown>)[column];
    if (typeof code === 'string') codes.add(code);
  }
  return [...codes];
}
