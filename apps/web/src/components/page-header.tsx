import type { ReactNode } from 'react';

/** A page's title, what it is for, and who reads it. */
export function PageHeader({
  title,
  meta,
  children,
}: {
  title: string;
  meta?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {meta ? <p className="page-header__meta">{meta}</p> : null}
      </div>
      {children}
    </header>
  );
}
