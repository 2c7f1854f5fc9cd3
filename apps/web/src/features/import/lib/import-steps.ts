import type { RouterOutputs } from '../../../lib/trpc.ts';
import type { Progress } from './upload.ts';

type Preview = RouterOutputs['imports']['preview'];
type Outcome = RouterOutputs['imports']['run'];

/** Where an import stands: a file is read, checked on the server, then imported all or nothing. */
export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; loaded: number; total: number }
  | { kind: 'checking'; progress: Progress }
  | { kind: 'checked'; preview: Preview }
  | { kind: 'importing'; preview: Preview; progress: Progress }
  | { kind: 'done'; preview: Preview; outcome: Outcome }
  | { kind: 'failed'; message: string; preview: Preview | null };

/** What happens to it: the user's choices and the server's answers. */
export type ImportEvent =
  | { type: 'reset' }
  | { type: 'read'; loaded: number; total: number }
  | { type: 'check'; progress: Progress }
  | { type: 'checked'; preview: Preview }
  | { type: 'import'; progress: Progress }
  | { type: 'imported'; outcome: Outcome }
  | { type: 'failed'; message: string };

export const IDLE: ImportStep = { kind: 'idle' };

/** The preview the step holds, if any: the import and its outcome are shown beside the checked rows. */
export function previewOf(step: ImportStep): Preview | null {
  return 'preview' in step ? step.preview : null;
}

/** Whether a request or a read is under way (the controls wait for it). */
export function isBusy(step: ImportStep): boolean {
  return step.kind === 'reading' || step.kind === 'checking' || step.kind === 'importing';
}

/**
 * The next step. An import can only start from a checked file and ends with the preview it started from; a failure
 * keeps the preview it had, so the checked rows stay on screen beside the message.
 */
export function nextImportStep(step: ImportStep, event: ImportEvent): ImportStep {
  switch (event.type) {
    case 'reset':
      return IDLE;
    case 'read':
      return { kind: 'reading', loaded: event.loaded, total: event.total };
    case 'check':
      return { kind: 'checking', progress: event.progress };
    case 'checked':
      return { kind: 'checked', preview: event.preview };
    case 'import': {
      const preview = previewOf(step);
      return preview ? { kind: 'importing', preview, progress: event.progress } : step;
    }
    case 'imported':
      return step.kind === 'importing'
        ? { kind: 'done', preview: step.preview, outcome: event.outcome }
        : step;
    case 'failed':
      return { kind: 'failed', message: event.message, preview: previewOf(step) };
  }
}
