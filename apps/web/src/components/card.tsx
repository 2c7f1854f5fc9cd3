import { type ReactNode, useId } from 'react';

/** A titled panel of a page; `actions` sit at the right of the title (an export button). */
export function Card({
  title,
  subtitle,
  actions,
  wide,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={wide ? 'card card--wide' : 'card'} aria-labelledby={id}>
      <header className="card__header">
        <div>
          <h2 className="card__title" id={id}>
            {title}
          </h2>
          {subtitle ? <p className="card__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="card__actions">{actions}</div> : null}
      </header>
      <div className="card__body">{children}</div>
    </section>
  );
}
