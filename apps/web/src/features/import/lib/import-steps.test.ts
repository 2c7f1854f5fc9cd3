import { describe, expect, it } from 'vitest';
import { IDLE, type ImportStep, isBusy, nextImportStep, previewOf } from './import-steps.ts';

type Preview = Extract<ImportStep, { kind: 'checked' }>['preview'];
type Outcome = Extract<ImportStep, { kind: 'done' }>['outcome'];

const preview = { file: 'charges.csv', rows: [] } as unknown as Preview;
const outcome = { status: 'imported' } as unknown as Outcome;
const uploading = { phase: 'uploading' as const, loaded: 0, total: 10 };

describe('the import steps', () => {
  it('reads, checks, imports and ends with the preview it started from', () => {
    const steps = [
      { type: 'read', loaded: 5, total: 10 },
      { type: 'check', progress: uploading },
      { type: 'checked', preview },
      { type: 'import', progress: uploading },
      { type: 'imported', outcome },
    ] as const;
    const kinds: string[] = [];
    let step: ImportStep = IDLE;
    for (const event of steps) {
      step = nextImportStep(step, event);
      kinds.push(step.kind);
    }
    expect(kinds).toEqual(['reading', 'checking', 'checked', 'importing', 'done']);
    expect(step).toEqual({ kind: 'done', preview, outcome });
    expect(isBusy(step)).toBe(false);
  });

  it('cannot import a file that was not checked, nor finish an import that did not start', () => {
    expect(nextImportStep(IDLE, { type: 'import', progress: uploading })).toBe(IDLE);
    const checked = nextImportStep(IDLE, { type: 'checked', preview });
    expect(nextImportStep(checked, { type: 'imported', outcome })).toBe(checked);
  });

  it('keeps the checked rows beside a failure, and has none when the check itself failed', () => {
    const importing = nextImportStep(nextImportStep(IDLE, { type: 'checked', preview }), {
      type: 'import',
      progress: uploading,
    });
    expect(isBusy(importing)).toBe(true);
    const failed = nextImportStep(importing, { type: 'failed', message: 'The server is unavailable' });
    expect(previewOf(failed)).toBe(preview);
    const checking = nextImportStep(IDLE, { type: 'check', progress: uploading });
    expect(nextImportStep(checking, { type: 'failed', message: 'too large' })).toEqual({
      kind: 'failed',
      message: 'too large',
      preview: null,
    });
  });
});
