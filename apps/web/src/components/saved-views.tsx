import { savedViewHref } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { apiFieldIssues, useTRPC } from '../lib/trpc.ts';
import './saved-views.css';

type View = { id: number; name: string; path: string; search: string };

/** Copies a view's address; where the clipboard is refused, the address is shown to copy by hand. */
function CopyLink({ view }: { view: View }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const url = new URL(savedViewHref(view), window.location.origin).toString();
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setState('copied'),
      () => setState('manual'),
    );
  return (
    <>
      <button type="button" className="button button--small" onClick={copy}>
        Copy link<span className="sr-only"> to {view.name}</span>
      </button>
      {state === 'manual' ? (
        <input
          className="saved-views__url"
          readOnly
          value={url}
          aria-label={`Link to ${view.name}`}
          onFocus={(event) => event.target.select()}
        />
      ) : null}
      {state === 'copied' ? <span className="note">Copied</span> : null}
    </>
  );
}

/** The signed-in user's views, and a form naming the page as it is now (its path and filters) to keep it. */
function SavedViewsPanel({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const views = useQuery(trpc.savedViews.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.savedViews.pathKey() });
  const save = useMutation(trpc.savedViews.save.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.savedViews.delete.mutationOptions({ onSuccess: refresh }));
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  const nameId = useId();
  const issue = save.error ? (apiFieldIssues(save.error).name ?? save.error.message) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name, path: location.pathname, search: location.search },
      {
        onSuccess: (view) => {
          setSaid(`Saved "${view.name}"`);
          setName('');
        },
      },
    );
  };
  return (
    <section id={id} className="saved-views__panel" aria-label="Saved views">
      <form className="saved-views__save" onSubmit={submit}>
        <label htmlFor={nameId}>Name this page and its filters</label>
        <div className="saved-views__row">
          <input
            id={nameId}
            value={name}
            placeholder="Offshore BPO, this FY"
            aria-invalid={issue ? true : undefined}
            aria-describedby={issue ? `${nameId}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--primary button--small" disabled={save.isPending}>
            Save view
          </button>
        </div>
        {issue ? (
          <span id={`${nameId}-error`} className="field-error" role="alert">
            {issue}
          </span>
        ) : null}
        <span className="note" role="status">
          {said}
        </span>
      </form>
      {views.data && views.data.length > 0 ? (
        <ul className="saved-views__list">
          {views.data.map((view) => (
            <li key={view.id}>
              <Link to={savedViewHref(view)}>{view.name}</Link>
              <span className="saved-views__actions">
                <CopyLink view={view} />
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() =>
                    remove.mutate({ id: view.id }, { onSuccess: () => setSaid(`Deleted "${view.name}"`) })
                  }
                >
                  Delete<span className="sr-only"> {view.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : views.data ? (
        <p className="note">No saved views yet: set the filters, name the page, save it.</p>
      ) : null}
    </section>
  );
}

/**
 * The user's saved views under the filter bar: a button opens them (each a link to its page with its filters, with
 * its shareable address to copy) and the form that keeps the page as it is now under a name.
 */
export function SavedViews() {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const panelId = useId();
  // Opening a view (or any page) closes the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page's address is the trigger.
  useEffect(() => setOpen(false), [location.pathname, location.search]);
  return (
    <div className="saved-views">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        Saved views <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open ? <SavedViewsPanel id={panelId} /> : null}
    </div>
  );
}
