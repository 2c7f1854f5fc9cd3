import { type KeyboardEvent, type ReactNode, type SelectHTMLAttributes, useRef, useState } from 'react';

/**
 * A value chosen by stepping (arrow keys through a closed select, typing a month) is a draft until it is
 * committed: Enter or leaving the field commits it, Escape drops it. A value picked at once (a click in the open
 * list, a choice confirmed in it) commits on the spot. So arrowing from one vendor to the next does not reload the
 * page's data at every step.
 */
function useCommit(
  value: string,
  onCommit: (value: string) => void,
  isStep: (event: KeyboardEvent) => boolean,
) {
  const [draft, setDraft] = useState<string | null>(null);
  const stepping = useRef(false);
  const commit = (next: string) => {
    setDraft(null);
    stepping.current = false;
    if (next !== value) onCommit(next);
  };
  return {
    value: draft ?? value,
    onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Enter' && draft !== null) {
        event.preventDefault();
        commit(draft);
      } else if (event.key === 'Escape' && draft !== null) {
        setDraft(null);
        stepping.current = false;
      } else {
        stepping.current = isStep(event);
      }
    },
    onPointerDown() {
      stepping.current = false;
    },
    onChange(next: string) {
      if (stepping.current) setDraft(next);
      else commit(next);
    },
    onBlur() {
      if (draft !== null) commit(draft);
    },
  };
}

/** Keys that step a closed select from option to option (Alt+Down opens the list instead). */
const SELECT_STEPS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);
const isSelectStep = (event: KeyboardEvent) =>
  !event.altKey && (SELECT_STEPS.has(event.key) || (event.key.length === 1 && event.key !== ' '));

/** A select that applies its value on commit (see useCommit). */
export function CommitSelect({
  value,
  onCommit,
  children,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'onKeyDown' | 'onBlur'> & {
  value: string;
  onCommit: (value: string) => void;
  children: ReactNode;
}) {
  const field = useCommit(value, onCommit, isSelectStep);
  return (
    <select
      {...rest}
      value={field.value}
      onKeyDown={field.onKeyDown}
      onPointerDown={field.onPointerDown}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
    >
      {children}
    </select>
  );
}

const isTyping = (event: KeyboardEvent) => event.key !== 'Tab' && event.key !== 'Shift';

/** A month input that applies its value on commit; an incomplete month is never applied. */
export function CommitMonth({
  value,
  onCommit,
  ...rest
}: {
  value: string;
  onCommit: (value: string) => void;
  id?: string;
  min?: string | undefined;
  max?: string | undefined;
  'aria-describedby'?: string | undefined;
}) {
  const field = useCommit(value, (next) => next && onCommit(next), isTyping);
  return (
    <input
      {...rest}
      type="month"
      value={field.value}
      onKeyDown={field.onKeyDown}
      onPointerDown={field.onPointerDown}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
    />
  );
}
