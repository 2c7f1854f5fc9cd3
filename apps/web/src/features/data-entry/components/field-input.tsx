import { useId } from 'react';
import { dateLabel, monthLabel } from '../../../lib/format.ts';
import type { FieldSpec } from '../lib/fields.ts';

/** A field's value as it reads: an option's label, Yes or No, a date in words, "—" for nothing. */
export function fieldDisplay(field: FieldSpec, value: string): string {
  if (value.trim() === '') return field.type === 'boolean' ? 'No' : '—';
  switch (field.type) {
    case 'select':
      return field.options?.find((option) => option.value === value)?.label ?? value;
    case 'boolean':
      return value === 'true' ? 'Yes' : 'No';
    case 'date':
      return dateLabel(value);
    case 'month':
      return monthLabel(value);
    default:
      return value;
  }
}

/** A field the user may not change, shown as the text it holds (not an input that refuses typing). */
function FieldValue({ field, value }: { field: FieldSpec; value: string }) {
  return (
    <div className={`field field--read${field.wide ? ' field--wide' : ''}`}>
      <span className="field__label">{field.label}</span>
      <span className="field__value" data-column={field.column}>
        {fieldDisplay(field, value)}
      </span>
      {field.hint ? <span className="field-hint">{field.hint}</span> : null}
    </div>
  );
}

/** One labelled input of an entity form, its hint, and its error beside it; read-only, the value as text. */
export function FieldInput({
  field,
  value,
  error,
  disabled,
  readOnly = false,
  onChange,
}: {
  field: FieldSpec;
  value: string;
  error: string | undefined;
  disabled: boolean;
  readOnly?: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  if (readOnly) return <FieldValue field={field} value={value} />;
  const described = error ? `${id}-error` : field.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: field.column,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  } as const;
  let input: React.ReactNode;
  switch (field.type) {
    case 'textarea':
      input = <textarea {...common} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'select':
      input = (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{field.required ? 'Choose…' : '— not set —'}</option>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {value !== '' && !field.options?.some((option) => option.value === value) ? (
            <option value={value}>{value}</option>
          ) : null}
        </select>
      );
      break;
    case 'boolean':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => onChange(e.target.checked ? 'true' : 'false')}
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : field.type === 'month' ? 'month' : 'text'}
          inputMode={field.type === 'decimal' ? 'decimal' : field.type === 'integer' ? 'numeric' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
  return (
    <div
      className={`field${field.wide ? ' field--wide' : ''}${field.type === 'boolean' ? ' field--check' : ''}`}
    >
      <label htmlFor={id}>
        {field.label}
        {field.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {input}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : field.hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {field.hint}
        </span>
      ) : null}
    </div>
  );
}
