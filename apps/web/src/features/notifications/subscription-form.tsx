import {
  ALERT_KIND_LABELS,
  ALERT_KINDS,
  ALERT_SEVERITIES,
  ENGAGEMENT_TYPES,
  LOCATIONS,
  SERVICE_LINE_LABELS,
  SERVICE_LINES,
  type Subscription,
  type SubscriptionFilter,
  WEEKDAY_LABELS,
} from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FormError } from '../../components/form-messages.tsx';
import { apiFieldIssues, useTRPC } from '../../lib/trpc.ts';
import { toggled } from './lib/toggle.ts';

type ListKey = 'vendors' | 'types' | 'serviceLines' | 'locations' | 'businessUnits';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Checkboxes for a few choices in the domain's order. */
function Checks<T extends string>(props: {
  legend: string;
  all: readonly T[];
  chosen: readonly T[];
  label: (item: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset className="checks">
      <legend>{props.legend}</legend>
      {props.all.map((item) => (
        <label key={item} className="check-label">
          <input
            type="checkbox"
            checked={props.chosen.includes(item)}
            onChange={(event) => props.onChange(toggled(props.all, props.chosen, item, event.target.checked))}
          />
          {props.label(item)}
        </label>
      ))}
    </fieldset>
  );
}

/** A list to pick several from (none: all). */
function Many(props: {
  label: string;
  options: readonly string[];
  chosen: readonly string[];
  text?: (v: string) => string;
  onChange: (chosen: string[]) => void;
}) {
  return (
    <label className="many">
      {props.label}
      <select
        multiple
        size={Math.min(5, Math.max(2, props.options.length))}
        value={[...props.chosen]}
        onChange={(event) => props.onChange([...event.target.selectedOptions].map((option) => option.value))}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.text ? props.text(option) : option}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A digest's settings: when (in the organisation's time zone), which kinds and severities, for which engagements. */
export function SubscriptionForm(props: {
  value: Subscription;
  timeZone: string;
  saving: boolean;
  error: unknown;
  label: string;
  onSave: (subscription: Subscription) => void;
}) {
  const trpc = useTRPC();
  const options = useQuery(trpc.meta.filterOptions.queryOptions());
  const [draft, setDraft] = useState(props.value);
  const set = (change: Partial<Subscription>) => setDraft({ ...draft, ...change });
  const setFilter = (key: ListKey, chosen: readonly string[]) => {
    const filter: SubscriptionFilter = { ...draft.filter, [key]: chosen.length > 0 ? chosen : undefined };
    set({ filter });
  };
  const issues = apiFieldIssues(props.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(draft);
  };

  return (
    <form className="subscription-form" onSubmit={submit} aria-label={props.label}>
      <label className="check-label">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => set({ enabled: event.target.checked })}
        />
        Send this digest
      </label>
      <div className="inline-form">
        <label>
          How often
          <select
            value={draft.cadence}
            onChange={(event) => set({ cadence: event.target.value as Subscription['cadence'] })}
          >
            <option value="daily">Daily</option>
            <option value="weekly">Weekly</option>
          </select>
        </label>
        {draft.cadence === 'weekly' ? (
          <label>
            On
            <select value={draft.weekday} onChange={(event) => set({ weekday: Number(event.target.value) })}>
              {WEEKDAY_LABELS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          At ({props.timeZone})
          <select value={draft.hour} onChange={(event) => set({ hour: Number(event.target.value) })}>
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {String(hour).padStart(2, '0')}:00
              </option>
            ))}
          </select>
        </label>
      </div>
      <Checks
        legend="Alerts"
        all={ALERT_KINDS}
        chosen={draft.kinds}
        label={(kind) => ALERT_KIND_LABELS[kind]}
        onChange={(kinds) => set({ kinds })}
      />
      {issues.kinds ? <p className="field-error">{issues.kinds}</p> : null}
      <Checks
        legend="Severities"
        all={ALERT_SEVERITIES}
        chosen={draft.severities}
        label={(s) => s}
        onChange={(severities) => set({ severities })}
      />
      {issues.severities ? <p className="field-error">{issues.severities}</p> : null}
      <fieldset className="checks">
        <legend>Engagements (nothing chosen: all)</legend>
        <Checks
          legend="Type"
          all={ENGAGEMENT_TYPES}
          chosen={draft.filter.types ?? []}
          label={(t) => t}
          onChange={(c) => setFilter('types', c)}
        />
        <Checks
          legend="Location"
          all={LOCATIONS}
          chosen={draft.filter.locations ?? []}
          label={(l) => l}
          onChange={(c) => setFilter('locations', c)}
        />
        <div className="inline-form">
          <Many
            label="Vendors"
            options={options.data?.vendors ?? []}
            chosen={draft.filter.vendors ?? []}
            onChange={(c) => setFilter('vendors', c)}
          />
          <Many
            label="Service lines"
            options={SERVICE_LINES}
            chosen={draft.filter.serviceLines ?? []}
            text={(line) => SERVICE_LINE_LABELS[line as keyof typeof SERVICE_LINE_LABELS]}
            onChange={(c) => setFilter('serviceLines', c)}
          />
          <Many
            label="Business units"
            options={options.data?.businessUnits ?? []}
            chosen={draft.filter.businessUnits ?? []}
            onChange={(c) => setFilter('businessUnits', c)}
          />
        </div>
      </fieldset>
      <label className="check-label">
        <input
          type="checkbox"
          checked={draft.sendWhenEmpty}
          onChange={(event) => set({ sendWhenEmpty: event.target.checked })}
        />
        Send it even when nothing is new
      </label>
      <div className="toolbar">
        <button type="submit" className="button button--primary" disabled={props.saving}>
          Save
        </button>
        {props.error && Object.keys(issues).length === 0 ? (
          <FormError>{(props.error as Error).message}</FormError>
        ) : null}
      </div>
    </form>
  );
}
