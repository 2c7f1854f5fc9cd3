import type { ReactNode } from 'react';

/** A figure with its label, and optionally how it changed against the comparison period. */
export interface TileChange {
  /** "+$12,300.00 (+4.1 %)" or "+2.3 pts". */
  text: string;
  /** Which way the figure moved: the arrow shows it. */
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is good news, bad news or neither: the colour shows it, and words for screen readers. */
  tone: 'good' | 'bad' | 'neutral';
}

const ARROW = { up: '▲', down: '▼', flat: '■' } as const;
const TONE_WORDS = { good: ' (better)', bad: ' (worse)', neutral: '' } as const;

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
          <span aria-hidden="true">{ARROW[change.direction]} </span>
          {change.text}
          <span className="sr-only">{TONE_WORDS[change.tone]}</span>
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
