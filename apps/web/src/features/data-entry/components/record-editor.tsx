import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Card } from '../../../components/card.tsx';
import { FormError, Notice } from '../../../components/form-messages.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { apiConflict } from '../lib/conflict.ts';
import type { FieldSpec } from '../lib/fields.ts';
import type { Validator } from '../lib/form-issues.ts';
import { type EditableRecord, RecordForm, type SaveResult } from './record-form.tsx';

/** What the engagement page gives each editor of the engagement's rows (its SLAs, charges, deliverables). */
export type EngagementRecordsProps = { code: string; canEdit: boolean; onChanged: () => Promise<unknown> };

/** A column of an editor's table. */
export type EditorColumn<R> = { header: string; cell: (record: R) => ReactNode; numeric?: boolean };

/** Archive (restorable) or delete (entered by mistake) a row. */
export type RemoveAction<R> = {
  label: string;
  /** The row is archived: it offers `restore` instead. */
  isRemoved?: (record: R) => boolean;
  run: (record: R) => Promise<unknown>;
  restore?: (record: R) => Promise<unknown>;
};

/**
 * The rows of one entity with their edit forms: a table, an "Add" form and, per row, "Edit" and archive or
 * delete. Whoever may not edit sees the table alone.
 */
export function RecordEditor<R extends EditableRecord>({
  title,
  subtitle,
  noun,
  query,
  columns,
  rowKey,
  rowName,
  fields,
  schema,
  blank,
  fixed = [],
  canEdit,
  create,
  update,
  remove,
  emptyText,
  onChanged,
}: {
  title: string;
  subtitle?: ReactNode;
  noun: string;
  query: { data: readonly R[] | undefined; isPending: boolean; error: { message: string } | null };
  columns: readonly EditorColumn<R>[];
  rowKey: (record: R) => string;
  rowName: (record: R) => string;
  fields: readonly FieldSpec[] | ((values: Record<string, string>) => readonly FieldSpec[]);
  schema: Validator;
  blank: Readonly<Record<string, string>>;
  /** Columns that cannot change once the row exists (its natural key's parent). */
  fixed?: readonly string[];
  canEdit: boolean;
  create: (values: Record<string, string>) => Promise<SaveResult<R>>;
  update: (values: Record<string, string>, record: R) => Promise<SaveResult<R>>;
  remove?: RemoveAction<R>;
  emptyText: string;
  onChanged: () => Promise<unknown>;
}) {
  const [editing, setEditing] = useState<{ key: string | null; record: R | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const removal = useMutation({
    mutationFn: async ({ record, restore }: { record: R; restore: boolean }) => {
      if (restore && remove?.restore) await remove.restore(record);
      else await remove?.run(record);
      return { record, restore };
    },
    onSuccess: async ({ record, restore }) => {
      setConfirming(null);
      setNotice(`${rowName(record)}: ${restore ? 'restored' : `${remove?.label.toLowerCase()}d`}.`);
      await onChanged();
    },
  });
  const removalConflict = apiConflict(removal.error);

  const saved = async (result: SaveResult<R>, isNew: boolean) => {
    setNotice(
      result.changed
        ? `${rowName(result.record)}: ${isNew ? 'added' : 'saved'}.`
        : `${rowName(result.record)}: nothing changed.`,
    );
    setEditing(null);
    await onChanged();
  };

  return (
    <Card
      title={title}
      subtitle={subtitle}
      wide
      actions={
        canEdit && editing?.record !== null ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setNotice(null);
              setEditing({ key: null, record: null });
            }}
          >
            Add {noun}
          </button>
        ) : null
      }
    >
      <Notice>{notice}</Notice>
      {removal.error ? (
        <FormError>
          {removalConflict
            ? `${removalConflict.message} Reload to see the saved values.`
            : removal.error.message}
        </FormError>
      ) : null}
      {editing && editing.record === null ? (
        <div className="editor-panel">
          <h3>New {noun}</h3>
          <RecordForm<R>
            label={`New ${noun}`}
            fields={fields}
            schema={schema}
            record={null}
            initial={blank}
            canEdit={canEdit}
            submitLabel={`Add ${noun}`}
            save={(values) => create(values)}
            onSaved={(result) => saved(result, true)}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={query.data?.length === 0}
        emptyText={emptyText}
      >
        <div className="table-wrap">
          <table className="data-table" aria-label={title}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
                    {column.header}
                  </th>
                ))}
                {canEdit ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {query.data?.map((record) => {
                const key = rowKey(record);
                const removed = remove?.isRemoved?.(record) ?? false;
                return (
                  <RowWithForm
                    key={key}
                    open={editing?.key === key}
                    span={columns.length + (canEdit ? 1 : 0)}
                    form={
                      <RecordForm<R>
                        key={`${key}@${record.version}`}
                        label={`Edit ${rowName(record)}`}
                        fields={fields}
                        schema={schema}
                        record={record}
                        initial={record.values}
                        fixed={fixed}
                        canEdit={canEdit}
                        submitLabel="Save"
                        save={(values, base) => update(values, base ?? record)}
                        onSaved={(result) => saved(result, false)}
                        onCancel={() => setEditing(null)}
                      />
                    }
                  >
                    <tr className={removed ? 'row--archived' : undefined}>
                      {columns.map((column) => (
                        <td key={column.header} className={column.numeric ? 'num' : undefined}>
                          {column.cell(record)}
                        </td>
                      ))}
                      {canEdit ? (
                        <td>
                          <div className="row-actions">
                            <button
                              type="button"
                              className="button button--small"
                              aria-label={`Edit ${rowName(record)}`}
                              onClick={() => {
                                setNotice(null);
                                setEditing(editing?.key === key ? null : { key, record });
                              }}
                            >
                              {editing?.key === key ? 'Close' : 'Edit'}
                            </button>
                            {remove && removed && remove.restore ? (
                              <button
                                type="button"
                                className="button button--small"
                                disabled={removal.isPending}
                                onClick={() => removal.mutate({ record, restore: true })}
                              >
                                Restore
                              </button>
                            ) : null}
                            {remove && !removed ? (
                              confirming === key ? (
                                <button
                                  type="button"
                                  className="button button--small button--danger"
                                  disabled={removal.isPending}
                                  onClick={() => removal.mutate({ record, restore: false })}
                                >
                                  Confirm {remove.label.toLowerCase()}
                                </button>
                              ) : (
                                <button
                                  type="button"
                                  className="button button--small"
                                  aria-label={`${remove.label} ${rowName(record)}`}
                                  onClick={() => setConfirming(key)}
                                >
                                  {remove.label}
                                </button>
                              )
                            ) : null}
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  </RowWithForm>
                );
              })}
            </tbody>
          </table>
        </div>
      </QueryState>
    </Card>
  );
}

/** A table row and, when open, its edit form in a full-width row beneath it. */
function RowWithForm({
  open,
  span,
  form,
  children,
}: {
  open: boolean;
  span: number;
  form: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {children}
      {open ? (
        <tr className="row-form">
          <td colSpan={span}>{form}</td>
        </tr>
      ) : null}
    </>
  );
}
