import type { ReactNode } from 'react';

/** A figure with its label, and optionally how it changed against the comparison period. */
export interface TileChange {
  /** "+$12,300.00 (+4.1 %)" or "+2.3 pts". */
  text: string;
  /** Whether the change is good news, bad news or neither. */
  tone: 'good' | 'bad' | 'neutral';
}

export function Tile({
  label,
  value,
  detail,
  change,
}: {
  label: string;
  value: string;
  detail?: ReactNode;
  change?: TileChange | null;
}) {
  return (
    <div className="tile">
      <div className="tile__label">{label}</div>
      <div className="tile__value" data-testid="tile-value">
        {value}
      </div>
      {detail ? <div className="tile__detail">{detail}</div> : null}
      {change ? (
        <div className={`tile__change tile__change--${change.tone}`}>
          <span aria-hidden="true">
            {change.tone === 'good' ? '▲ ' : change.tone === 'bad' ? '▼ ' : '■ '}
          </span>
          {change.text}
        </div>
      ) : null}
    </div>
  );
}

export function TileGrid({ children, label }: { children: ReactNode; label: string }) {
  return (
    <section className="tiles" aria-label={label}>
      {children}
    </section>
  );
}
