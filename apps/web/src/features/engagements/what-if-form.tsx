import type { SlaKind } from '@portfolio/domain';
import type { FormEvent } from 'react';
import type { RouterOutputs } from '../../lib/trpc.ts';
import type { SlaTermsForm, TermsForm } from './what-if-rows.ts';

type Sla = RouterOutputs['engagements']['detail']['slas'][number];

/** A labelled text input of the form, marked invalid with the server's message beside it. */
function NumberField({
  label,
  value,
  error,
  disabled,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  error: string | undefined;
  disabled?: boolean;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        inputMode="decimal"
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}

/**
 * The terms a what-if replays: the engagement's at-risk % and earn-back months, each SLA's kind, allocation and
 * levels. It starts with the terms on record; `issues` are the server's reasons by change (`allocation.ASA`).
 */
export function WhatIfForm({
  form,
  slas,
  issues,
  onChange,
  onSubmit,
  onReset,
}: {
  form: TermsForm;
  slas: readonly Sla[];
  issues: Record<string, string>;
  onChange: (form: TermsForm) => void;
  onSubmit: () => void;
  onReset: () => void;
}) {
  const setSla = (code: string, change: Partial<SlaTermsForm>) =>
    onChange({ ...form, slas: form.slas.map((s) => (s.code === code ? { ...s, ...change } : s)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="what-if-form" onSubmit={submit} aria-label="Terms to replay">
      <fieldset>
        <legend>Credit terms</legend>
        <div className="inline-form">
          <NumberField
            label="At risk %"
            value={form.atRiskPct}
            error={issues.atRiskPct}
            onChange={(atRiskPct) => onChange({ ...form, atRiskPct })}
          />
          <NumberField
            label="Earn-back months"
            value={form.earnBackMonths}
            error={issues.earnBackMonths}
            onChange={(earnBackMonths) => onChange({ ...form, earnBackMonths })}
          />
        </div>
      </fieldset>
      {form.slas.map((sla) => {
        const recorded = slas.find((s) => s.code === sla.code);
        const better = recorded?.direction === 'higher_is_better' ? '≥' : '≤';
        return (
          <fieldset key={sla.code}>
            <legend>
              <span className="mono">{sla.code}</span> · {recorded?.name} ({better} is met, in{' '}
              {recorded?.unit})
            </legend>
            <div className="inline-form">
              <label>
                Kind
                <select
                  value={sla.kind}
                  aria-invalid={issues[`kind.${sla.code}`] ? true : undefined}
                  onChange={(event) => setSla(sla.code, { kind: event.target.value as SlaKind })}
                >
                  <option value="critical">Critical (earns credits)</option>
                  <option value="key">Key</option>
                </select>
              </label>
              <NumberField
                label="Allocation %"
                value={sla.kind === 'key' ? '' : sla.allocation}
                disabled={sla.kind === 'key'}
                error={issues[`allocation.${sla.code}`]}
                onChange={(allocation) => setSla(sla.code, { allocation })}
              />
              <NumberField
                label="Expected"
                value={sla.expected}
                error={issues[`expected.${sla.code}`]}
                onChange={(expected) => setSla(sla.code, { expected })}
              />
              <NumberField
                label="Minimum"
                value={sla.minimum}
                placeholder="none"
                error={issues[`minimum.${sla.code}`]}
                onChange={(minimum) => setSla(sla.code, { minimum })}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="what-if-form__actions">
        <button type="submit" className="button button--primary">
          Replay the history under these terms
        </button>
        <button type="button" className="button button--ghost" onClick={onReset}>
          Back to the terms on record
        </button>
      </div>
    </form>
  );
}
