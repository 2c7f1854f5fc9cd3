import type { CsvRecord, InterchangeError } from '@portfolio/domain';

/** Bad lines named before the reader stops: a file of nothing but broken quotes is not read to its end. */
const MAX_PROBLEMS = 1_000;

const QUOTE_HELP = 'a cell holding quotes is quoted whole, each quote inside it doubled ("")';

type Problem = { line: number; cell: number; reason: string };

/**
 * Reads CSV text whose quoting is broken, naming each bad line and reading every line around it. A record with a
 * quote inside an unquoted cell (`4,x"y,6`) or text after a closing quote (`"a"b`) is skipped to its line's end;
 * a quote that is never closed would swallow the rest of the file, so the reading goes on from the next line.
 * Cells are counted from 1, and named by the header's column where there is one.
 */
export function readAroundBadQuotes(content: string): {
  header: string[] | null;
  records: CsvRecord[];
  errors: InterchangeError[];
} {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const rows: { line: number; cells: string[] }[] = [];
  const problems: Problem[] = [];
  const end = text.length;
  let at = 0;
  let line = 1;

  const isBreak = (index: number) => text[index] === '\n' || text[index] === '\r';
  const passBreak = () => {
    at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
    line += 1;
  };
  const passLine = () => {
    while (at < end && !isBreak(at)) at += 1;
    if (at < end) passBreak();
  };

  // One record from `at`: its cells, or null when it breaks the quoting (the problem is noted, the line passed).
  const readRecord = (): string[] | null => {
    const cells: string[] = [];
    for (;;) {
      const cell = cells.length + 1;
      if (text[at] === '"') {
        const openedAt = at;
        const openedOn = line;
        let value = '';
        let closed = false;
        at += 1;
        while (at < end) {
          const char = text[at];
          if (char === '"') {
            if (text[at + 1] === '"') {
              value += '"';
              at += 2;
              continue;
            }
            at += 1;
            closed = true;
            break;
          }
          if (char === '\r' || char === '\n') {
            const lineEnd = char === '\r' && text[at + 1] === '\n' ? '\r\n' : char;
            value += lineEnd;
            at += lineEnd.length;
            line += 1;
            continue;
          }
          value += char;
          at += 1;
        }
        if (!closed) {
          problems.push({
            line: openedOn,
            cell,
            reason: `the quote opening cell ${cell} is never closed, so it would hold the rest of the file; the lines after it are read on their own`,
          });
          at = openedAt;
          line = openedOn;
          passLine();
          return null;
        }
        if (at < end && text[at] !== ',' && !isBreak(at)) {
          problems.push({
            line,
            cell,
            reason: `text follows the closing quote of cell ${cell}: ${QUOTE_HELP}`,
          });
          passLine();
          return null;
        }
        cells.push(value);
      } else {
        let stop = at;
        while (stop < end && text[stop] !== ',' && text[stop] !== '"' && !isBreak(stop)) stop += 1;
        if (text[stop] === '"') {
          problems.push({
            line,
            cell,
            reason: `a quote inside cell ${cell}, which does not start with one: ${QUOTE_HELP}`,
          });
          passLine();
          return null;
        }
        cells.push(text.slice(at, stop));
        at = stop;
      }
      if (at >= end) return cells;
      if (text[at] === ',') {
        at += 1;
        if (at >= end) return [...cells, ''];
        continue;
      }
      passBreak();
      return cells;
    }
  };

  // The first record is the header; when its line breaks the quoting, no row can be checked.
  let headerProblem: Problem | null = null;
  while (at < end && problems.length < MAX_PROBLEMS) {
    if (isBreak(at)) {
      passBreak();
      continue;
    }
    const startsOn = line;
    const cells = readRecord();
    if (cells) rows.push({ line: startsOn, cells });
    else if (rows.length === 0) {
      headerProblem = problems[0] ?? null;
      break;
    }
  }

  const header = headerProblem === null ? (rows[0]?.cells ?? null) : null;
  const columnOf = (problem: Problem) => (header ? (header[problem.cell - 1]?.trim() ?? null) : null);
  const errors: InterchangeError[] = problems.map((problem) => ({
    line: problem.line,
    column: columnOf(problem),
    reason: problem === headerProblem ? `the header: ${problem.reason}` : problem.reason,
  }));
  if (headerProblem === null && at < end) {
    errors.push({
      line,
      column: null,
      reason: `not read: ${MAX_PROBLEMS} lines before it break the quoting`,
    });
  }
  // Without its header the rows cannot be checked: the header's own problem is the whole answer.
  if (headerProblem !== null) return { header: null, records: [], errors: errors.slice(0, 1) };
  return { header, records: rows.slice(1), errors };
}
