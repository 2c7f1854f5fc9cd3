import type { ReactNode } from 'react';

/**
 * What a form or an action says back, the same way on every page: a notice is read out politely (a save went
 * through), an error at once (role="alert"). Nothing is shown while there is nothing to say.
 */
function Message({ className, role, children }: { className: string; role: string; children: ReactNode }) {
  return children ? (
    <p className={className} role={role}>
      {children}
    </p>
  ) : null;
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <Message className="notice" role="status">
      {children}
    </Message>
  );
}

export function FormError({ children }: { children: ReactNode }) {
  return (
    <Message className="form-error" role="alert">
      {children}
    </Message>
  );
}
