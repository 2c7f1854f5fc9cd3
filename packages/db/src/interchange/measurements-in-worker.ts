import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InterchangeError } from '@portfolio/domain';
import { UnreadPiece } from './check-pieces.ts';
import type { MeasurementKeys } from './measurement-rows.ts';

/** A part of the import as the thread made it: its rows' count and engagements, its errors, its COPY text. */
export type WorkerPart = {
  rows: number;
  engagements: string[];
  errors: InterchangeError[];
  copy: string | null;
};

/** What the thread posts: the header, a part, the end, a piece it could not read, or what stopped it. */
export type WorkerMessage =
  | { header: string[] | null; errors: InterchangeError[] }
  | { part: WorkerPart }
  | { done: true }
  | { unread: true }
  | { failed: string };

/**
 * Parts the thread may make before the import takes them: while the database writes one, the next is ready, and
 * a file of a million rows is never all in memory as text at once.
 */
export const AHEAD = 2;

/**
 * The thread. In the built server (apps/api/build.mjs) it is measurements-worker.js beside the module that starts
 * it. Run from the TypeScript sources (tsx, Vitest), it is measurements-worker.ts, loaded once tsx's loader is
 * registered in the thread: Node 20 resolves a worker's entry before any `--import` of its execArgv takes effect,
 * so a line of JavaScript registers the loader, then imports the entry.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./measurements-worker.js', import.meta.url), { workerData });
  }
  const require = createRequire(import.meta.url);
  const tsx = path.dirname(require.resolve('tsx/package.json'));
  const api = pathToFileURL(
    path.join(tsx, require('tsx/package.json').exports['./esm/api'].import.default),
  ).href;
  const entry = new URL('./measurements-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/**
 * A measurements file read, checked, resolved against the keys and made into COPY text in a thread of its own: the
 * header first, then the parts in order. The server's thread keeps only the writing (on PGlite, the database's own
 * work as well). Throws UnreadPiece where a piece of the text could not be read. The thread ends when the parts are
 * all taken, or when the taking stops.
 */
export async function* measurementsInWorker(
  content: string,
  keys: MeasurementKeys,
): AsyncGenerator<Exclude<WorkerMessage, { done: true } | { unread: true } | { failed: string }>> {
  const worker = startWorker({ content, keys });
  const arrived: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  const arrive = (message: WorkerMessage) => {
    arrived.push(message);
    wake?.();
    wake = null;
  };
  worker.on('message', arrive);
  // The message alone, here and in the thread: what stopped it may reach a user (the CLI prints it), a stack must not.
  worker.on('error', (error) => arrive({ failed: error.message }));
  worker.on('exit', (code) => arrive({ failed: `the thread stopped before the end (exit code ${code})` }));
  try {
    for (;;) {
      const message = arrived.shift();
      if (!message) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if ('done' in message) return;
      if ('unread' in message) throw new UnreadPiece('a piece of the CSV could not be read');
      if ('failed' in message) throw new Error(`reading measurements.csv failed: ${message.failed}`);
      if ('part' in message) worker.postMessage('taken');
      yield message;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
