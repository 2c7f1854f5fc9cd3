import {
  FILE_PERMISSIONS,
  INTERCHANGE_FILE_BY_NAME,
  INTERCHANGE_FILE_NAMES,
  type InterchangeFileName,
  isInterchangeFileName,
} from '@portfolio/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useReducer, useRef, useState } from 'react';
import { Card } from '../../components/card.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { useRole } from '../../lib/use-role.ts';
import { PreviewTable } from './components/preview-table.tsx';
import { UploadProgress } from './components/upload-progress.tsx';
import { guessFileKind } from './lib/file-kind.ts';
import { IDLE, isBusy, nextImportStep, previewOf } from './lib/import-steps.ts';
import { describeError, previewRows } from './lib/preview-rows.ts';
import { postWithProgress } from './lib/upload.ts';
import './import.css';
import { FormError } from '../../components/form-messages.tsx';

type Preview = RouterOutputs['imports']['preview'];
type Outcome = RouterOutputs['imports']['run'];

const OWNER = { operations: 'operations (admin, ops)', finance: 'finance (admin, finance)' } as const;

/** Reads a chosen file as text, reporting progress (a large file takes a moment). */
function readFile(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.total);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(new Error(`Could not read ${file.name}`));
    reader.readAsText(file);
  });
}

/**
 * Uploading a file of the interchange format: it is checked on the server with the import's own code and shown
 * row by row with every bad row marked (line, column, reason); a good file is then imported all or nothing, as the
 * CLI does. Both steps send the file in one request and show the upload's progress.
 */
export function ImportPage() {
  const { can, role } = useRole();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<InterchangeFileName | ''>('');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [step, dispatch] = useReducer(nextImportStep, IDLE);
  const input = useRef<HTMLInputElement>(null);
  const allowed = kind !== '' && can(FILE_PERMISSIONS[kind]);

  const check = async (name: InterchangeFileName, content: string) => {
    dispatch({ type: 'check', progress: { phase: 'uploading', loaded: 0, total: content.length } });
    try {
      const preview = await postWithProgress<Preview>(
        'imports.preview',
        { file: name, content },
        (progress) => dispatch({ type: 'check', progress }),
      );
      dispatch({ type: 'checked', preview });
    } catch (error) {
      dispatch({ type: 'failed', message: (error as Error).message });
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const guessed = guessFileKind(chosen.name);
    const name = kind !== '' && guessed === null ? kind : (guessed ?? '');
    setKind(name);
    dispatch({ type: 'read', loaded: 0, total: chosen.size });
    const content = await readFile(chosen, (loaded, total) => dispatch({ type: 'read', loaded, total }));
    setFile({ name: chosen.name, content });
    // A file chosen again (fixed) is checked again at once.
    event.target.value = '';
    if (name !== '' && can(FILE_PERMISSIONS[name])) await check(name, content);
    else dispatch({ type: 'reset' });
  };

  const run = async () => {
    if (!file || kind === '') return;
    dispatch({ type: 'import', progress: { phase: 'uploading', loaded: 0, total: file.content.length } });
    try {
      const outcome = await postWithProgress<Outcome>(
        'imports.run',
        { file: kind, content: file.content },
        (progress) => dispatch({ type: 'import', progress }),
      );
      dispatch({ type: 'imported', outcome });
      if (outcome.status === 'imported') await queryClient.invalidateQueries();
    } catch (error) {
      dispatch({ type: 'failed', message: (error as Error).message });
    }
  };

  const preview = previewOf(step);
  const busy = isBusy(step);
  const columns = kind === '' ? [] : INTERCHANGE_FILE_BY_NAME[kind].columns;
  const required = new Set<string>(kind === '' ? [] : INTERCHANGE_FILE_BY_NAME[kind].required);

  return (
    <section>
      <PageHeader
        title="Import"
        meta="Upload a vendor's monthly SLA report, an invoice export or any interchange file"
      />
      <Card
        title="1. Choose a file"
        subtitle="One CSV file of the interchange format with a header row; it is checked before anything is written"
        wide
      >
        <div className="toolbar">
          <label>
            File type
            <select
              value={kind}
              disabled={busy}
              onChange={(e) => {
                const value = e.target.value;
                setKind(isInterchangeFileName(value) ? value : '');
                dispatch({ type: 'reset' });
              }}
            >
              <option value="">Choose…</option>
              {INTERCHANGE_FILE_NAMES.map((name) => (
                <option key={name} value={name} disabled={!can(FILE_PERMISSIONS[name])}>
                  {name}
                  {can(FILE_PERMISSIONS[name]) ? '' : ` (${FILE_PERMISSIONS[name]} only)`}
                </option>
              ))}
            </select>
          </label>
          <label>
            CSV file
            <input
              ref={input}
              type="file"
              accept=".csv,text/csv"
              // Until the role is known, a chosen file could not be checked (nor told why not).
              disabled={busy || role === null || role === 'viewer'}
              onChange={choose}
            />
          </label>
          {file && step.kind !== 'reading' && kind !== '' && allowed ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => check(kind, file.content)}
            >
              Check again
            </button>
          ) : null}
        </div>
        {role === 'viewer' ? (
          <p className="note">Importing is for operations and finance; your role may only read.</p>
        ) : null}
        {kind !== '' && !allowed && role !== null && role !== 'viewer' ? (
          <FormError>
            {kind} belongs to {OWNER[FILE_PERMISSIONS[kind]]}: the {role} role may not import it.
          </FormError>
        ) : null}
        {kind !== '' ? (
          <p className="card__hint">
            Columns of {kind}:{' '}
            {columns.map((column, index) => (
              <span key={column}>
                {index > 0 ? ', ' : ''}
                {required.has(column) ? <strong>{column}</strong> : column}
              </span>
            ))}{' '}
            (required in bold). Dates YYYY-MM-DD, months YYYY-MM, percentages as numbers of percent. An empty
            cell clears a value; a column left out keeps the stored values.
          </p>
        ) : null}
        {step.kind === 'reading' ? (
          <UploadProgress
            label="Reading the file"
            progress={{ phase: 'reading', loaded: step.loaded, total: step.total }}
          />
        ) : null}
        {step.kind === 'checking' ? (
          <UploadProgress label="Checking the file" progress={step.progress} />
        ) : null}
      </Card>

      {preview ? (
        <Card
          title={`2. Check ${file?.name ?? preview.file}`}
          subtitle={`${preview.rows} ${preview.rows === 1 ? 'row' : 'rows'} read as ${preview.file}`}
          wide
        >
          {preview.errorCount > 0 ? (
            <div className="import-errors" role="alert">
              <p className="form-error">
                {preview.badRows} bad {preview.badRows === 1 ? 'row' : 'rows'} ({preview.errorCount}{' '}
                {preview.errorCount === 1 ? 'error' : 'errors'}): nothing can be imported until the file is
                fixed. Fix it and choose it again.
              </p>
              <ul aria-label="Bad rows">
                {preview.errors.map((error) => (
                  <li key={`${error.line}/${error.column}/${error.reason}`}>{describeError(error)}</li>
                ))}
                {preview.errorCount > preview.errors.length ? (
                  <li>… and {preview.errorCount - preview.errors.length} more</li>
                ) : null}
              </ul>
            </div>
          ) : preview.counts ? (
            <p className="notice" role="status">
              All {preview.rows} rows are good. Importing will add {preview.counts.inserted}, change{' '}
              {preview.counts.updated} and leave {preview.counts.unchanged} as they are
              {preview.counts.statusesChanged
                ? `; ${preview.counts.statusesChanged} measurement statuses will be judged again`
                : ''}
              .
            </p>
          ) : (
            <p className="notice" role="status">
              All {preview.rows} rows are good.
            </p>
          )}
          {/* A file whose header cannot be read has no rows to show: no empty table. */}
          {preview.sample.length > 0 ? (
            <PreviewTable
              header={preview.header}
              rows={previewRows(preview.header, preview.sample, preview.errors)}
            />
          ) : null}
          {preview.sample.length < preview.rows ? (
            <p className="card__hint">
              Showing the first rows{preview.errorCount > 0 ? ' and every bad row' : ''}:{' '}
              {preview.sample.length} of {preview.rows}.
            </p>
          ) : null}
          {preview.errorCount === 0 ? (
            <div className="import-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy || step.kind === 'done' || !allowed}
                onClick={run}
              >
                Import {preview.rows} {preview.rows === 1 ? 'row' : 'rows'}
              </button>
              <span className="import-actions__hint">
                All or nothing: one bad row and nothing is written.
              </span>
            </div>
          ) : null}
          {step.kind === 'importing' ? <UploadProgress label="Importing" progress={step.progress} /> : null}
        </Card>
      ) : null}

      {step.kind === 'done' ? (
        step.outcome.status === 'imported' ? (
          <Card title="3. Imported" wide>
            <p className="notice" role="status" data-testid="import-result">
              {step.outcome.count.file}: {step.outcome.count.rows} rows imported —{' '}
              {step.outcome.count.inserted} added, {step.outcome.count.updated} changed,{' '}
              {step.outcome.count.unchanged} unchanged
              {step.outcome.count.statusesChanged
                ? `; ${step.outcome.count.statusesChanged} measurement statuses judged again`
                : ''}
              . The import is on the audit trail; the dashboard's figures include it now.
            </p>
          </Card>
        ) : (
          <Card title="3. Not imported" wide>
            <div className="import-errors" role="alert">
              <p className="form-error">
                The file was rejected whole, nothing was written: {step.outcome.badRows} bad{' '}
                {step.outcome.badRows === 1 ? 'row' : 'rows'} (the data changed since the check).
              </p>
              <ul aria-label="Bad rows">
                {step.outcome.errors.map((error) => (
                  <li key={`${error.line}/${error.column}/${error.reason}`}>{describeError(error)}</li>
                ))}
              </ul>
            </div>
          </Card>
        )
      ) : null}
      {step.kind === 'failed' ? <FormError>{step.message}</FormError> : null}
    </section>
  );
}
