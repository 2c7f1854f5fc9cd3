// The thread a big measurements file is read, checked and resolved in (measurements-in-worker.ts starts it): it
// posts the header, then each part of the import as COPY text, at most AHEAD parts before the import takes them.
import { parentPort, workerData } from 'node:worker_threads';
import type { InterchangeError, InterchangeRows, ValidatedRow } from '@portfolio/domain';
import { copyTextOf } from '../copy-text.ts';
import { checkPieces, UnreadPiece } from './check-pieces.ts';
import { readCsvPieces } from './csv.ts';
import { engagementCodes, Parts } from './import-parts.ts';
import { MEASUREMENTS_TARGET, type MeasurementKeys, measurementResolver } from './measurement-rows.ts';
import { AHEAD, type WorkerMessage } from './measurements-in-worker.ts';

type Row = InterchangeRows['measurements.csv'];

const port = parentPort;
if (!port) throw new Error('measurements-worker.ts runs as a worker thread');
const { content, keys } = workerData as { content: string; keys: MeasurementKeys };

let credits = AHEAD;
let resume: (() => void) | null = null;
// The import took a part: one more may be posted.
port.on('message', () => {
  credits += 1;
  resume?.();
  resume = null;
});
const post = (message: WorkerMessage) => port.postMessage(message);

const resolve = measurementResolver(keys);
const parts = new Parts<Row>();
// Errors of lines the reader could not read, reported with the next part; once any row is bad, nothing is written.
let pending: InterchangeError[] = [];
let bad = false;
const postPart = async (rows: Parameters<typeof resolve>[0]) => {
  const { records, errors } = resolve(rows);
  const partErrors = [...pending, ...errors];
  pending = [];
  bad ||= partErrors.length > 0;
  const copy = bad ? null : copyTextOf(MEASUREMENTS_TARGET.columns, records);
  if (credits === 0) await new Promise<void>((wake) => (resume = wake));
  credits -= 1;
  post({
    part: {
      rows: rows.length,
      engagements: engagementCodes('measurements.csv', rows),
      errors: partErrors,
      copy,
    },
  });
};

try {
  for (const piece of checkPieces('measurements.csv', readCsvPieces(content))) {
    if ('header' in piece) {
      post(piece);
      continue;
    }
    pending.push(...piece.errors);
    for (const part of parts.add(piece.rows as ValidatedRow<Row>[])) await postPart(part);
  }
  await postPart(parts.rest());
  post({ done: true });
} catch (error) {
  post(
    error instanceof UnreadPiece
      ? { unread: true }
      : { failed: error instanceof Error ? error.message : String(error) },
  );
}
port.close();
