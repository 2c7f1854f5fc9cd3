import type { ReactNode } from 'react';
import { openMonthNote } from '../lib/open-month.ts';
import './tiles.css';

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

/**
 * A figure with its label. A large amount is shown short so it fits (`value`, "$30.46M"), with the exact amount
 * (`exact`, "$30,458,461.12") in its tooltip and said to screen readers instead.
 */
export function Tile({
  label,
  value,
  exact,
  detail,
  change,
  changeNote,
}: {
  label: string;
  value: string;
  exact?: string;
  detail?: ReactNode;
  change?: TileChange | null;
  /** Said where a change cannot be: "no data to compare". */
  changeNote?: string | undefined;
}) {
  const shortened = exact !== undefined && exact !== value;
  return (
    <div className="tile">
      <div className="tile__label">{label}</div>
      <div
        className="tile__value"
        data-testid="tile-value"
        data-exact={exact ?? value}
        title={shortened ? exact : undefined}
      >
        {shortened ? (
          <>
            <span aria-hidden="true">{value}</span>
            <span className="sr-only">{exact}</span>
          </>
        ) : (
          value
        )}
      </div>
      {detail ? <div className="tile__detail">{detail}</div> : null}
      {change ? (
        <div className={`tile__change tile__change--${change.tone}`}>
          <span aria-hidden="true">{ARROW[change.direction]} </span>
          {change.text}
          <span className="sr-only">{TONE_WORDS[change.tone]}</span>
        </div>
      ) : changeNote ? (
        <div className="tile__change tile__change--neutral">{changeNote}</div>
      ) : null}
    </div>
  );
}

/**
 * Tiles of one range. When the range holds the month in progress (`inProgress`, 'YYYY-MM'), the tiles say their
 * figures are partial, and are outlined dashed like the month on the charts.
 */
export function TileGrid({
  children,
  label,
  inProgress = null,
}: {
  children: ReactNode;
  label: string;
  inProgress?: string | null;
}) {
  return (
    <section className={inProgress ? 'tiles tiles--partial' : 'tiles'} aria-label={label}>
      {inProgress ? (
        <p className="tiles__partial" data-testid="tiles-partial">
          Partial: {openMonthNote(inProgress)}
        </p>
      ) : null}
      {children}
    </section>
  );
}
