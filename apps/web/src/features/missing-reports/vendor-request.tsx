import type { VendorMissingReports } from '@portfolio/domain';
import { useId, useState } from 'react';
import { mailtoHref, requestText } from './request-link.ts';

/**
 * The request to one vendor, ready to send: the text as it will read, a `mailto:` link opening it in the mail
 * program (no recipient: vendors' addresses are not on record) and a button copying it to the clipboard; where the
 * clipboard is refused, the text is selected to copy by hand.
 */
export function VendorRequest({ vendor }: { vendor: VendorMissingReports }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const textId = useId();
  const text = requestText(vendor.request);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => {
        setState('manual');
        document.getElementById(textId)?.focus();
      },
    );
  return (
    <section className="vendor-request" aria-label={`Request to ${vendor.vendor}`}>
      <h3>
        {vendor.vendor}{' '}
        <span className="note">
          {vendor.slaMonths} SLA-{vendor.slaMonths === 1 ? 'month' : 'months'}, oldest closed{' '}
          {vendor.oldestDays} days ago
        </span>
      </h3>
      <textarea
        id={textId}
        className="vendor-request__text"
        readOnly
        rows={Math.min(12, text.split('\n').length)}
        value={text}
        aria-label={`Request text to ${vendor.vendor}`}
        onFocus={(event) => event.target.select()}
      />
      <div className="vendor-request__actions">
        <a className="button button--small" href={mailtoHref(vendor.request)}>
          Email request<span className="sr-only"> to {vendor.vendor}</span>
        </a>
        <button type="button" className="button button--small" onClick={copy}>
          Copy request<span className="sr-only"> to {vendor.vendor}</span>
        </button>
        <span className="note" role="status">
          {state === 'copied'
            ? 'Copied'
            : state === 'manual'
              ? 'Copying was refused: the text is selected, copy it by hand.'
              : ''}
        </span>
      </div>
    </section>
  );
}
