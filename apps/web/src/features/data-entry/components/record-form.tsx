import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormError } from '../../../components/form-messages.tsx';
import { apiFieldIssues } from '../../../lib/trpc.ts';
import { apiConflict, differences } from '../lib/conflict.ts';
import type { FieldSpec } from '../lib/fields.ts';
import { clientIssues, type Issues, issuesUnder, type Validator } from '../lib/form-issues.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import { FieldInput } from './field-input.tsx';

/** A saved row as forms edit it: its version and its values by interchange column. */
export type EditableRecord = { version: number; values: Readonly<Record<string, string>> };

export type SaveResult<R> = { record: R; changed: boolean };

/**
 * An entity's form. Values are checked as they are typed with the entity's own schema (the API's, built on the
 * CSV row rules), errors beside each field; the server's answer is shown the same way. A save over a newer
 * version is refused by the server: the form then shows what changed and lets the user choose.
 */
export function RecordForm<R extends EditableRecord>({
  label,
  fields,
  schema,
  record,
  initial,
  fixed = [],
  canEdit,
  submitLabel,
  save,
  onSaved,
  onCancel,
  onValuesChange,
  readOnlyNote,
  children,
}: {
  label: string;
  fields: readonly FieldSpec[] | ((values: Record<string, string>) => readonly FieldSpec[]);
  schema: Validator;
  record: R | null;
  initial: Readonly<Record<string, string>>;
  fixed?: readonly string[];
  canEdit: boolean;
  submitLabel: string;
  save: (values: Record<string, string>, base: R | null) => Promise<SaveResult<R>>;
  onSaved?: (result: SaveResult<R>) => void;
  onCancel?: () => void;
  onValuesChange?: (values: Record<string, string>) => void;
  /** Said above the values when the user may not change them: whose they are. */
  readOnlyNote?: string;
  children?: ReactNode;
}) {
  const [draft, setDraft] = useState<Record<string, string>>({ ...initial });
  const [base, setBase] = useState<R | null>(record);
  const [opened, setOpened] = useState<Readonly<Record<string, string>>>(record?.values ?? initial);
  const [tried, setTried] = useState(false);
  const mutation = useMutation({
    mutationFn: (values: Record<string, string>) => save(values, base),
    onSuccess: (result) => {
      setBase(result.record);
      setOpened(result.record.values);
      setDraft({ ...result.record.values });
      setTried(false);
      onSaved?.(result);
    },
  });
  const shown = typeof fields === 'function' ? fields(draft) : fields;
  const local: Issues = tried ? clientIssues(schema, draft) : {};
  const conflict = apiConflict<R>(mutation.error);
  const server = mutation.error && !conflict ? issuesUnder(apiFieldIssues(mutation.error), 'values.') : {};
  const errors: Issues = { ...server, ...local };
  const unplaced =
    mutation.error && !conflict && Object.keys(server).length === 0 ? mutation.error.message : null;
  const labelOf = (column: string) => shown.find((field) => field.column === column)?.label ?? column;

  const change = (column: string, value: string) => {
    const next = { ...draft, [column]: value };
    setDraft(next);
    onValuesChange?.(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(clientIssues(schema, draft)).length > 0) return;
    mutation.mutate(draft);
  };

  return (
    <form className="record-form" aria-label={label} onSubmit={submit} noValidate>
      {!canEdit && readOnlyNote ? <p className="read-only-note">{readOnlyNote}</p> : null}
      <div className="record-form__fields">
        {shown.map((field) => (
          <FieldInput
            key={field.column}
            field={field}
            value={draft[field.column] ?? ''}
            error={errors[field.column]}
            disabled={mutation.isPending}
            readOnly={!canEdit || fixed.includes(field.column)}
            onChange={(value) => change(field.column, value)}
          />
        ))}
      </div>
      {children}
      {conflict ? (
        <ConflictNotice
          message={conflict.message}
          rows={differences(
            shown.map((field) => field.column),
            opened,
            draft,
            (conflict.current as EditableRecord).values,
          )}
          labelOf={labelOf}
          onTakeTheirs={() => {
            setBase(conflict.current);
            setOpened(conflict.current.values);
            setDraft({ ...conflict.current.values });
            mutation.reset();
          }}
          onKeepMine={() => {
            // My changes on top of the saved version: what I changed wins, what they changed stays.
            const mine = Object.fromEntries(
              Object.entries(draft).filter(
                ([column, value]) => value.trim() !== (opened[column] ?? '').trim(),
              ),
            );
            setBase(conflict.current);
            setOpened(conflict.current.values);
            setDraft({ ...conflict.current.values, ...mine });
            mutation.reset();
          }}
        />
      ) : null}
      <FormError>{unplaced}</FormError>
      {tried && Object.keys(local).length > 0 ? (
        <FormError>
          Fix the {Object.keys(local).length === 1 ? 'field' : `${Object.keys(local).length} fields`} marked
          above.
        </FormError>
      ) : null}
      {canEdit ? (
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={mutation.isPending || conflict !== null}
          >
            {mutation.isPending ? 'Saving…' : submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="button button--small" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
