import { useId } from 'react';
import type { FieldSpec } from '../lib/fields.ts';

/** One labelled input of an entity form, its hint, and its error beside it. */
export function FieldInput({
  field,
  value,
  error,
  disabled,
  onChange,
}: {
  field: FieldSpec;
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
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
