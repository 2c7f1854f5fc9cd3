/** A line of the printed table: what was measured, its value, the baseline of the same run and their ratio. */
export type Row = { db: string; measure: string; value: string; baseline: string; ratio: string };

/** A goal judged at the end of the run: `goal NAME VALUE TARGET ok|short`. */
export type Goal = { name: string; value: number; target: string; ok: boolean };

/** What one section of the bench adds to the table and to the goals. */
export type SectionResult = { rows: Row[]; goals: Goal[] };

export const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export function printTable(rows: readonly Row[]): void {
  const header: Row = {
    db: 'db',
    measure: 'measure',
    value: 'value',
    baseline: 'baseline (same run)',
    ratio: 'ratio',
  };
  const columns = Object.keys(header) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row) =>
    `| ${columns.map((column, i) => row[column].padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export function printGoals(goals: readonly Goal[]): void {
  for (const goal of goals) {
    const value = Number.isInteger(goal.value) ? String(goal.value) : goal.value.toFixed(2);
    console.log(`goal ${goal.name} ${value} ${goal.target} ${goal.ok ? 'ok' : 'short'}`);
  }
}
